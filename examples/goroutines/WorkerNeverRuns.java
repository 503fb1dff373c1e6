///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker() {
    try {
        Thread.sleep(Duration.ofMillis(500)); // <1>
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
    IO.println("Task Completed");
}

void main() {
    IO.println("Starting main function");
    Thread.startVirtualThread(this::worker); // <2>
    IO.println("Exiting main function");
} // <3>
// end::main[]

/* Output:
@# Broken on purpose: nothing waits for the worker. Main prints its two lines and returns;
@# the worker is a daemon virtual thread in the middle of its 500 ms "network call", and the
@# JVM exits without it. Nothing forbids a very slow shutdown, so "Task Completed" is allowed
@# after main's last line, but in practice it never appears.
@# Forbidden: "Task Completed" before "Exiting main function" (that would mean main waited).
@#
@# False failures: a shutdown slower than the worker's 500 ms was seen in 0 of 300 runs with
@# both cores busy (load 24 on 2 cores, 2026-11-29), 95% upper bound 0.01; all 3 runs so:
@# 1e-6 < 1e-4 per build. A platform worker, which the JVM waits for, prints "Task Completed"
@# in every run, and the build rejects it (src/test/fixtures/failing/WorkerNeverRunsPlatform.java).
@runs 3
@outcome interesting "the JVM exited without the worker": absent "Task Completed"
@outcome acceptable "the worker finished during a slow shutdown": seen "Task Completed"
@timeline
Starting main function
Exiting main function
@optional
Task Completed
*/

/* Sample output:
Starting main function
Exiting main function
*/
