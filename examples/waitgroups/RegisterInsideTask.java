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
@# Acceptable:  "7 of 7": every task registered before the waiter arrived (luck, not design).
@# Interesting: "0 of 7" to "6 of 7": the waiter passed before some tasks registered. That is the bug.
@# Forbidden:   more than 7, or fewer than seven "Hey!" lines (closing the executor still waits for all tasks).
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
