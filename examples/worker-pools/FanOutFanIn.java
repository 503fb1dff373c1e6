///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
sealed interface Message permits Value, Done {}
record Value(int producer, int number) implements Message {}
record Done(int producer) implements Message {} // <1>

int producer(int id, int from, int to, BlockingQueue<Message> out)
        throws InterruptedException {
    try {
        for (int n = from; n <= to; n++) {
            out.put(new Value(id, n)); // <2>
        }
        return to - from + 1;
    } finally {
        out.put(new Done(id)); // <3>
    }
}

void main() throws InterruptedException {
    int producers = 3, perProducer = 100, total = producers * perProducer;
    var merged = new ArrayBlockingQueue<Message>(10); // <4>
    var seen = new BitSet(total + 1);
    int[] lastFrom = new int[producers];
    long sum = 0;
    int received = 0, duplicates = 0, outOfOrder = 0, switches = 0, previous = -1;
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int p = 0; p < producers; p++) { // fan out
            int id = p, from = p * perProducer + 1;
            executor.submit(() -> producer(id, from, from + perProducer - 1, merged));
        }
        for (int done = 0; done < producers; ) { // <5>
            switch (merged.take()) {
                case Done _ -> done++;
                case Value(int p, int n) -> {
                    received++;
                    sum += n;
                    if (seen.get(n)) duplicates++;
                    seen.set(n);
                    if (n < lastFrom[p]) outOfOrder++;
                    lastFrom[p] = n;
                    if (previous != -1 && previous != p) switches++;
                    previous = p;
                }
            }
        }
    }
    IO.println("received " + received + " numbers from " + producers + " producers");
    IO.println("sum: " + sum
            + " (expected " + (long) total * (total + 1) / 2 + ")"); // <6>
    var expected = new BitSet();
    expected.set(1, total + 1);
    IO.println("each of 1.." + total + " exactly once: "
            + (seen.equals(expected) && duplicates == 0));
    IO.println("each producer's numbers in order: " + (outOfOrder == 0)); // <7>
    IO.println("switches between producers: " + switches);
}
// end::main[]

/* Output:
received 300 numbers from 3 producers
sum: 45150 (expected 45150)
each of 1..300 exactly once: true
each producer's numbers in order: true
@# At least 2 (one producer after another), at most 299 (a switch after every number).
switches between producers: {int 2..299}
*/

/* Sample output:
received 300 numbers from 3 producers
sum: 45150 (expected 45150)
each of 1..300 exactly once: true
each producer's numbers in order: true
switches between producers: 7
*/
