///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
static final int TASKS = 4, ROUNDS = 10_000;

final Object lock = new Object();
long sum; // <1>

long addRandomNumbers() {
    long tally = 0; // <2>
    for (int i = 0; i < ROUNDS; i++) {
        int n = ThreadLocalRandom.current().nextInt(15); // 0..14, like rand.Intn(15)
        synchronized (lock) { // <3>
            sum += n;
        }
        tally += n;
    }
    return tally;
}

void main() throws Exception {
    var tallies = new ArrayList<Future<Long>>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int t = 0; t < TASKS; t++) {
            tallies.add(executor.submit(this::addRandomNumbers));
        }
    } // <4>
    long sumOfTallies = 0;
    for (int t = 0; t < TASKS; t++) {
        long tally = tallies.get(t).get(); // <5>
        IO.println("task " + t + " added " + tally);
        sumOfTallies += tally;
    }
    IO.println("shared sum:     " + sum);
    IO.println("sum of tallies: " + sumOfTallies);
    IO.println(sum == sumOfTallies ? "equal: no update was lost"
            : "NOT equal: updates were lost");
}
// end::main[]

/* Output:
@# Each task adds 10,000 numbers in 0..14, so a tally lies in 0..140,000 and the sum in 0..560,000.
@# The shared sum must equal the sum of the tallies, digit for digit.
task 0 added {int 0..140000}
task 1 added {int 0..140000}
task 2 added {int 0..140000}
task 3 added {int 0..140000}
shared sum:     {sum=int 0..560000}
sum of tallies: {sum}
equal: no update was lost
*/

/* Sample output:
task 0 added 69523
task 1 added 70651
task 2 added 70073
task 3 added 70571
shared sum:     280818
sum of tallies: 280818
equal: no update was lost
*/
