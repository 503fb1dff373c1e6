///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
final AtomicInteger inFlight = new AtomicInteger();
final AtomicInteger maxInFlight = new AtomicInteger();

int worker(int job) throws InterruptedException {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max); // <1>
    try {
        IO.println(Thread.currentThread().getName() + " processing job " + job);
        Thread.sleep(300); // simulated work
        return job * 2;
    } finally {
        inFlight.decrementAndGet();
    }
}

void main() throws Exception {
    long start = System.nanoTime();
    var workers = Thread.ofPlatform().name("worker-", 0).factory(); // <2>
    var futures = new ArrayList<Future<Integer>>();
    try (var pool = Executors.newFixedThreadPool(3, workers)) { // <3>
        for (int job = 0; job < 10; job++) {
            int j = job;
            futures.add(pool.submit(() -> worker(j))); // <4>
        }
    } // <5>
    for (int job = 0; job < 10; job++) {
        IO.println("job " + job + " -> result " + futures.get(job).get()); // <6>
    }
    IO.println("max in flight: " + maxInFlight.get());
    IO.println("elapsed: "
            + Duration.ofNanos(System.nanoTime() - start).truncatedTo(ChronoUnit.MILLIS));
}
// end::main[]

/* Output:
@# Ten 300 ms jobs, at most three at a time: at least four rounds (1.2 s). One at a time would take 3 s.
@timeline
@interleave 10 by job
worker-{int 0..2} processing job {job=int 0..9}
@end
job 0 -> result 0
job 1 -> result 2
job 2 -> result 4
job 3 -> result 6
job 4 -> result 8
job 5 -> result 10
job 6 -> result 12
job 7 -> result 14
job 8 -> result 16
job 9 -> result 18
max in flight: {int 1..3}
elapsed: {duration 1.2s..2.5s}
*/

/* Sample output:
worker-1 processing job 1
worker-2 processing job 2
worker-0 processing job 0
worker-0 processing job 3
worker-1 processing job 4
worker-2 processing job 5
worker-2 processing job 6
worker-0 processing job 7
worker-1 processing job 8
worker-1 processing job 9
job 0 -> result 0
job 1 -> result 2
job 2 -> result 4
job 3 -> result 6
job 4 -> result 8
job 5 -> result 10
job 6 -> result 12
job 7 -> result 14
job 8 -> result 16
job 9 -> result 18
max in flight: 3
elapsed: PT1.328S
*/
