///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void process() {
    IO.println("Hello World!");
    try {
        Thread.sleep(Duration.ofSeconds(1));
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

void main() {
    long start = System.nanoTime();
    Thread.startVirtualThread(this::process); // <1>
    Thread.startVirtualThread(this::process);
    var duration = Duration.ofNanos(System.nanoTime() - start);
    IO.println(duration); // <2>
} // <3>
// end::main[]

/* Output:
@# Main waits for nobody: it prints how long starting two virtual threads took and returns.
@# Virtual threads are daemon threads, so the JVM exits without waiting for them. Each task
@# may print before main's line, after it (while the JVM shuts down) or not at all.
@# Acceptable: 0, 1 or 2 "Hello World!" lines anywhere around the duration.
@# Forbidden: a third "Hello World!", a duration of 1 s or more (main would have waited for a
@# sleep). Usually a few milliseconds; the bound leaves room for a very busy machine.
@# No @wall bound: JVM start-up on a busy machine varies by more than the second it would have
@# to tell apart; PlatformThreadKeepsJvmAlive checks the daemon rule with a wall-time bound.
@unordered
@repeat 0..2
Hello World!
{duration ..900ms}
@end
*/

/* Sample output:
Hello World!
PT0.017620932S
Hello World!
*/
