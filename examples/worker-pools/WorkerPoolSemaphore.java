///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
final Semaphore permits = new Semaphore(3); // <1>
final AtomicInteger inFlight = new AtomicInteger();
final AtomicInteger maxInFlight = new AtomicInteger();
final Set<Thread> threadsUsed = ConcurrentHashMap.newKeySet();

int worker(int job) throws InterruptedException {
    threadsUsed.add(Thread.currentThread());
    permits.acquire(); // <2>
    try {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        IO.println("processing job " + job);
        Thread.sleep(300); // simulated work
        return job * 2;
    } finally {
        inFlight.decrementAndGet();
        permits.release(); // <3>
    }
}

void main() throws Exception {
    long start = System.nanoTime();
    List<Callable<Integer>> jobs = IntStream.range(0, 10)
            .<Callable<Integer>>mapToObj(job -> () -> worker(job))
            .toList();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) { // <4>
        List<Future<Integer>> futures = executor.invokeAll(jobs); // <5>
        for (int job = 0; job < 10; job++) {
            IO.println("job " + job + " -> result "
                    + futures.get(job).resultNow()); // <6>
        }
    }
    IO.println("threads used: " + threadsUsed.size());
    IO.println("max in flight: " + maxInFlight.get());
    IO.println("elapsed: "
            + Duration.ofNanos(System.nanoTime() - start).truncatedTo(ChronoUnit.MILLIS));
}
// end::main[]

/* Output:
@# Ten virtual threads, three permits: at least four rounds of 300 ms (1.2 s); one at a time would take 3 s.
@interleave 10 by job
processing job {job=int 0..9}
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
threads used: 10
max in flight: {int 1..3}
elapsed: {duration 1.2s..2.5s}
*/

/* Sample output:
processing job 0
processing job 1
processing job 2
processing job 3
processing job 4
processing job 5
processing job 6
processing job 7
processing job 8
processing job 9
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
threads used: 10
max in flight: 3
elapsed: PT1.464S
*/
