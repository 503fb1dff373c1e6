///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// Broken on purpose: each task registers itself with the phaser, so the waiter can
// arrive before some (or all) of them have registered and pass without them.

// tag::main[]
void someRoutine(String s, Phaser group, AtomicInteger finished) {
    prepare(); // <1>
    group.register(); // <2>
    try {
        IO.println("Hey! Did you know the value is %s?".formatted(s));
        finished.incrementAndGet();
    } finally {
        group.arriveAndDeregister(); // <3>
    }
}

void main() {
    int n = 7;
    var group = new Phaser(1); // <4>
    var finished = new AtomicInteger();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < n; i++) {
            executor.submit(() -> someRoutine("someValue", group, finished));
        }
        group.arriveAndAwaitAdvance(); // <5>
        IO.println("Waiter passed: " + finished.get() + " of " + n
                + " routines had finished");
    } // <6>
}
// end::main[]

/** Whatever a task does before it gets round to registering (opening a connection, say): 50 ms here. */
void prepare() {
    try {
        Thread.sleep(Duration.ofMillis(50));
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

/* Output:
@# Interesting: "0 of 7" to "6 of 7": the waiter passed before some tasks registered. That is the bug.
@# Acceptable:  "7 of 7": every task registered before the waiter arrived (luck, not design).
@# Forbidden:   more than 7, or fewer than seven "Hey!" lines (closing the executor still waits for all tasks).
@#
@# False failures: "7 of 7" needs main to stall for the 50 ms every task spends in prepare(); it was
@# seen in 0 of 300 runs with both cores busy (load 16 on 2 cores, 2026-11-29), 95% upper bound
@# 3/300 = 0.01 (rule of three). All 3 runs so: 0.01^3 = 1e-6 < 1e-4 per build. Registering
@# before the task starts makes every run "7 of 7", which the build rejects
@# (src/test/fixtures/failing/RegisterInsideTaskFixed.java).
@runs 3
@outcome interesting "the waiter passed before every task had registered": seen "Waiter passed: {int 0..6} of 7 routines had finished"
@outcome acceptable "every task registered in time": seen "Waiter passed: 7 of 7 routines had finished"
@timeline
@unordered
@repeat 7
Hey! Did you know the value is someValue?
Waiter passed: {int 0..7} of 7 routines had finished
@end
*/

/* Sample output:
Waiter passed: 0 of 7 routines had finished
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
*/
