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

// Not part of the port: a shutdown hook runs when the JVM begins to exit, and says when that was.
static final long STARTED = System.nanoTime();
static final Thread EXIT_REPORT = reportExit();

static Thread reportExit() {
    var hook = new Thread(() -> System.out.println("JVM exit began "
            + Duration.ofNanos(System.nanoTime() - STARTED).toMillis() + " ms after the program started"));
    Runtime.getRuntime().addShutdownHook(hook);
    return hook;
}

/* Output:
@# Main waits for nobody: it prints how long starting two virtual threads took and returns.
@# Virtual threads are daemon threads, so the JVM exits without waiting for them. Each task
@# may print before main's line, after it (while the JVM shuts down) or not at all.
@# Acceptable: 0, 1 or 2 "Hello World!" lines anywhere around the duration.
@# Forbidden: a third "Hello World!", a duration of 1 s or more (main would have waited for a
@# sleep), the JVM's exit beginning after 1 s or more (it would have waited for a task's sleep).
@# Both are usually a few milliseconds; the bounds leave room for a very busy machine.
@#
@# The greetings: with both cores busy (load 22 on 2 cores, 2026-11-29) 197 of 200 runs printed
@# both, 3 printed one, none printed none. Nothing here must be observed, so no count can fail
@# by chance; the bounds are the check. The exit began after 27 ms in the median of 100 runs
@# with both cores busy (load 12 on 2 cores), 179 ms at most, five times below the 900 ms bound.
@# A platform (non-daemon) worker makes the JVM wait for the sleeps, its exit begins after
@# 1000 ms or more, and the build rejects it (src/test/fixtures/failing/ProcessTimingPlatform.java).
@runs 5
@outcome forbidden "a third greeting": count "Hello World!" in 3..
@outcome acceptable "both greetings": count "Hello World!" = 2
@outcome acceptable "one greeting lost when the JVM exited": count "Hello World!" = 1
@outcome acceptable "both greetings lost": count "Hello World!" = 0
@unordered
@repeat 0..
Hello World!
{duration ..900ms}
JVM exit began {int 0..900} ms after the program started
@end
*/

/* Sample output:
Hello World!
PT0.01049529S
Hello World!
JVM exit began 20 ms after the program started
*/
