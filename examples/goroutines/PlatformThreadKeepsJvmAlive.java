///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void sleepThenPrint(Duration pause) {
    try {
        Thread.sleep(pause);
        IO.println(Thread.currentThread().getName() + ": done after "
                + pause.toSeconds() + " s");
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

void main() {
    Thread platform = Thread.ofPlatform().name("platform")
            .start(() -> sleepThenPrint(Duration.ofSeconds(1))); // <1>
    Thread virtual = Thread.ofVirtual().name("virtual")
            .start(() -> sleepThenPrint(Duration.ofSeconds(3))); // <2>
    IO.println("platform is daemon: " + platform.isDaemon());
    IO.println("virtual is daemon: " + virtual.isDaemon());
    IO.println("main: returning");
} // <3>
// end::main[]

/* Output:
@# Go has one rule: when main returns, the program ends. Java's rule: the JVM ends when the
@# last non-daemon thread ends. Main returns at once, the platform (non-daemon) thread keeps
@# the JVM alive for its one second, and the JVM then exits without waiting for the daemon
@# virtual thread, which had two more seconds to sleep: its line never comes.
@# The wall bounds check both halves: at least 1 s (kept alive), under 3 s (not waited for).
@wall 1s..2.5s
platform is daemon: false
virtual is daemon: true
main: returning
platform: done after 1 s
*/

/* Sample output:
platform is daemon: false
virtual is daemon: true
main: returning
platform: done after 1 s
*/
