///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void someRoutine(String s, Phaser group, AtomicInteger finished) {
    try {
        prepare();
        IO.println("Hey! Did you know the value is %s?".formatted(s));
        finished.incrementAndGet();
    } finally {
        group.arriveAndDeregister(); // <1>
    }
}

void main() {
    int n = 7;
    var group = new Phaser(1);
    var finished = new AtomicInteger();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < n; i++) {
            group.register(); // <2>
            executor.submit(() -> someRoutine("someValue", group, finished));
        }
        group.arriveAndAwaitAdvance(); // <3>
        IO.println("Waiter passed: " + finished.get() + " of " + n
                + " routines had finished");
    }
}
// end::main[]

/** Whatever a task does before its real work (opening a connection, say): 50 ms here. */
void prepare() {
    try {
        Thread.sleep(Duration.ofMillis(50));
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

/* Output:
@repeat 7
Hey! Did you know the value is someValue?
Waiter passed: 7 of 7 routines had finished
*/

/* Sample output:
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Hey! Did you know the value is someValue?
Waiter passed: 7 of 7 routines had finished
*/
