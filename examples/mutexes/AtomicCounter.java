///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

static final int TRIALS = 200, INCREMENTS = 1000;

// tag::main[]
final AtomicInteger atomic = new AtomicInteger(); // <1>
final LongAdder adder = new LongAdder(); // <2>

void incrementCounters() {
    startTogether();
    for (int i = 0; i < INCREMENTS; i++) {
        atomic.incrementAndGet(); // <3>
        adder.increment();
    }
}
// end::main[]

final AtomicInteger ready = new AtomicInteger();

void startTogether() { // the same start line as RaceyCounter: both loops overlap
    ready.incrementAndGet();
    while (ready.get() < 2) Thread.yield();
}

void main() throws InterruptedException {
    int atomicReached = 0, adderReached = 0;
    for (int trial = 0; trial < TRIALS; trial++) {
        atomic.set(0);
        adder.reset();
        ready.set(0);
        var first = Thread.ofPlatform().start(this::incrementCounters);
        var second = Thread.ofPlatform().start(this::incrementCounters);
        first.join();
        second.join();
        if (atomic.get() == 2 * INCREMENTS) atomicReached++;
        if (adder.sum() == 2 * INCREMENTS) adderReached++;
    }
    IO.println(TRIALS + " trials, two threads, " + INCREMENTS + " increments each");
    IO.println("AtomicInteger reached 2000 in " + atomicReached + " trials");
    IO.println("LongAdder reached 2000 in " + adderReached + " trials");
}

/* Output:
200 trials, two threads, 1000 increments each
AtomicInteger reached 2000 in 200 trials
LongAdder reached 2000 in 200 trials
*/

/* Sample output:
200 trials, two threads, 1000 increments each
AtomicInteger reached 2000 in 200 trials
LongAdder reached 2000 in 200 trials
*/
