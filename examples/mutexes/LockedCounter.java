///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

static final int TRIALS = 200, INCREMENTS = 1000;

// tag::main[]
int counter;
final Lock lock = new ReentrantLock(); // <1>

void incrementCounter() {
    startTogether();
    for (int i = 0; i < INCREMENTS; i++) {
        lock.lock(); // <2>
        try {
            counter++; // <3>
        } finally {
            lock.unlock(); // <4>
        }
    }
}
// end::main[]

final AtomicInteger ready = new AtomicInteger();

void startTogether() { // the same start line as RaceyCounter: both loops overlap
    ready.incrementAndGet();
    while (ready.get() < 2) Thread.yield();
}

void main() throws InterruptedException {
    int acceptable = 0, lost = 0, forbidden = 0;
    int smallest = Integer.MAX_VALUE, largest = Integer.MIN_VALUE;
    for (int trial = 0; trial < TRIALS; trial++) {
        counter = 0;
        ready.set(0);
        var first = Thread.ofPlatform().start(this::incrementCounter);
        var second = Thread.ofPlatform().start(this::incrementCounter);
        first.join();
        second.join();
        if (counter == 2 * INCREMENTS) acceptable++;
        else if (counter < 2 * INCREMENTS) lost++;
        else forbidden++;
        smallest = Math.min(smallest, counter);
        largest = Math.max(largest, counter);
    }
    IO.println(TRIALS + " trials, two threads, " + INCREMENTS + " increments each; final counter:");
    IO.println("  2000        (acceptable)   trials: " + acceptable);
    IO.println("  below 2000  (forbidden)    trials: " + lost);
    IO.println("  above 2000  (forbidden)    trials: " + forbidden);
    IO.println("smallest final value: " + smallest + ", largest: " + largest);
}

/* Output:
@# With the lock, 2000 is the only acceptable outcome: every trial must reach it.
@timeline
200 trials, two threads, 1000 increments each; final counter:
  2000        (acceptable)   trials: 200
  below 2000  (forbidden)    trials: 0
  above 2000  (forbidden)    trials: 0
smallest final value: 2000, largest: 2000
*/

/* Sample output:
200 trials, two threads, 1000 increments each; final counter:
  2000        (acceptable)   trials: 200
  below 2000  (forbidden)    trials: 0
  above 2000  (forbidden)    trials: 0
smallest final value: 2000, largest: 2000
*/
