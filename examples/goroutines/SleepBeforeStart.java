///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker() {
    try {
        Thread.sleep(Duration.ofMillis(500)); // the network call
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
    IO.println("Task Completed");
}

void main() throws InterruptedException {
    IO.println("Starting main function");
    Thread.sleep(Duration.ofSeconds(1)); // <1>
    Thread.startVirtualThread(this::worker); // <2>
    IO.println("Exiting main function");
}
// end::main[]

/* Output:
@# Broken on purpose, like WorkerNeverRuns: the sleep comes before the worker exists, so it
@# waits for nothing. The run takes a second longer and the worker is still lost.
@# The @wall lower bound shows the sleep happened; the output shows it did not help.
@#
@# False failures: after the sleep this is WorkerNeverRuns, whose worker outlived the JVM in 0 of
@# 300 runs; here 0 of 40 more (both cores busy, load 20 on 2 cores, 2026-11-29): 95% upper
@# bound 3/340 = 0.0088, both runs so 7.8e-5 < 1e-4 per build. A platform worker, which the
@# JVM waits for, finishes in every run, and the build rejects it
@# (src/test/fixtures/failing/SleepBeforeStartPlatform.variant).
@# The upper bound leaves room for a crowded machine: at a load of 40 on 2 cores, JVM start-up and
@# exit alone took over a second, and the platform worker's run (2.9 s) failed on time, not on the
@# outcome this demo is about. 5 s keeps both failures apart: the twin fails on its outcome.
@wall 1s..5s
@runs 2
@outcome interesting "the JVM exited without the worker": absent "Task Completed"
@outcome acceptable "the worker finished during a slow shutdown": seen "Task Completed"
Starting main function
Exiting main function
@optional
Task Completed
*/

/* Sample output:
Starting main function
Exiting main function
*/
