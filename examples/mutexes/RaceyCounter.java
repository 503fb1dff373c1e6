///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
static final int TRIALS = 200, INCREMENTS = 1000;

int counter; // <1>
final AtomicInteger ready = new AtomicInteger();

void incrementCounter() {
    ready.incrementAndGet(); // <2>
    while (ready.get() < 2) Thread.yield();
    for (int i = 0; i < INCREMENTS; i++) { // <3>
        counter++; // <4>
    }
}

void main() throws InterruptedException {
    int acceptable = 0, interesting = 0, forbidden = 0;
    int smallest = Integer.MAX_VALUE, largest = Integer.MIN_VALUE;
    for (int trial = 0; trial < TRIALS; trial++) {
        counter = 0;
        ready.set(0);
        var first = Thread.ofPlatform().start(this::incrementCounter); // <5>
        var second = Thread.ofPlatform().start(this::incrementCounter);
        first.join(); // <6>
        second.join();
        if (counter == 2 * INCREMENTS) acceptable++;
        else if (counter < 2 * INCREMENTS) interesting++;
        else forbidden++;
        smallest = Math.min(smallest, counter);
        largest = Math.max(largest, counter);
    }
    IO.println(TRIALS + " trials, two threads, " + INCREMENTS
            + " increments each; final counter:");
    IO.println("  2000        (acceptable)   trials: " + acceptable);
    IO.println("  below 2000  (interesting)  trials: " + interesting);
    IO.println("  above 2000  (forbidden)    trials: " + forbidden);
    IO.println("smallest final value: " + smallest + ", largest: " + largest);
}
// end::main[]

/* Output:
@# jcstress-style outcomes of one trial's final counter:
@#   2000        ACCEPTABLE              no increment was lost
@#   2..1999     ACCEPTABLE_INTERESTING  lost updates: the race we are showing
@#   above 2000  FORBIDDEN               an increment cannot count twice
@# How many trials lose updates varies from run to run and may be 0 on a busy machine;
@# the trial count, the forbidden count and the bounds on the values are guaranteed.
@# Runs alone so that its two threads have both cores and the race shows.
@alone
200 trials, two threads, 1000 increments each; final counter:
  2000        (acceptable)   trials: {int 0..200}
  below 2000  (interesting)  trials: {int 0..200}
  above 2000  (forbidden)    trials: 0
smallest final value: {int 2..2000}, largest: {int 2..2000}
*/

/* Sample output:
200 trials, two threads, 1000 increments each; final counter:
  2000        (acceptable)   trials: 199
  below 2000  (interesting)  trials: 1
  above 2000  (forbidden)    trials: 0
smallest final value: 1429, largest: 2000
*/
