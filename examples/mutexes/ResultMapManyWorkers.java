///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
static final int WORKERS = 1000, RESULTS = 200, PUTS = WORKERS * RESULTS;

final AtomicInteger inside = new AtomicInteger(), mostInside = new AtomicInteger();

void worker(int workerId, Map<Integer, Integer> resultMap, Lock lock) {
    for (int result = 0; result < RESULTS; result++) {
        lock.lock(); // <1>
        try {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max); // <2>
            resultMap.put(result * WORKERS + workerId, // <3>
                    ThreadLocalRandom.current().nextInt(100));
            inside.decrementAndGet();
        } finally {
            lock.unlock();
        }
    }
}

void main() throws InterruptedException {
    IO.println(WORKERS + " workers at once, " + RESULTS + " results each: "
            + PUTS + " puts of distinct keys");
    var lock = new ReentrantLock();
    var resultMap = new TreeMap<Integer, Integer>();
    var start = new CountDownLatch(1); // <4>
    var finished = new CountDownLatch(WORKERS);
    var failed = new AtomicInteger();
    for (int workerId = 0; workerId < WORKERS; workerId++) {
        int id = workerId;
        Thread.ofVirtual().start(() -> {
            try {
                start.await();
                worker(id, resultMap, lock);
            } catch (InterruptedException | RuntimeException _) { // <5>
                failed.incrementAndGet();
            } finally {
                finished.countDown();
            }
        });
    }
    start.countDown();
    finished.await(20, TimeUnit.SECONDS); // <6>
    var walked = new AtomicInteger();
    var walker = Thread.ofPlatform().daemon().start(() -> { // <7>
        lock.lock();
        try {
            var keys = resultMap.keySet().iterator();
            while (keys.hasNext() && walked.get() <= PUTS) {
                keys.next();
                walked.incrementAndGet();
            }
        } catch (RuntimeException _) { // a damaged tree: the count so far stands
        } finally {
            lock.unlock();
        }
    });
    walker.join(Duration.ofSeconds(5));
    IO.println("workers finished: " + (WORKERS - finished.getCount()) // <8>
            + ", failed: " + failed + ", most inside at once: " + mostInside
            + ", size(): " + resultMap.size() + ", entries walked: " + walked);
}
// end::main[]

/* Output:
@# With the lock every put lands, no two workers are ever inside at once and every worker
@# finishes, whatever the scheduler does: the output is exact text. A correct run could fail
@# only by taking longer than the waits (20 s for the puts, 5 s for the walk); it took 1.5 to
@# 2.9 s a run in the build at load 20, so it has no false failure to budget.
@# The runs are for the broken twin (src/test/fixtures/failing/ResultMapManyWorkersUnlocked.variant),
@# which must fail whatever the unguarded TreeMap does. Everything it can do lands in the one
@# counting line: a put that throws counts as failed, a put that loops for ever leaves its
@# worker unfinished at the deadline (virtual threads are daemons, so the JVM still exits), a
@# walk round a cycle stops at 200001 or is abandoned after 5 s with the count so far. So the
@# report has one shape: in 200 runs, no line on stderr and line 2 always the one that failed.
@# Measured without the lock, 2026-11-29, 2 cores shared with other builds: with two `yes` loops
@# beside it (load 23.6 to 26.5) 0 of 100 runs passed; two workers were inside at once in all
@# 100, while the map alone came out whole (size() and the walk both 200000, no worker failed)
@# in 23; one run had a worker that never finished, 6 had one that threw, 22 walked a cycle.
@# Without them (load 26 to 35): 0 of 100 passed; the map alone was whole in 27.
@# Budget: the twin passes a run with probability below 3/100 = 0.03 (rule of three), all 3
@# runs of a build: 0.03^3 = 2.7e-5 < 1e-4. Checking the map alone would take 8 runs: 50 of
@# the 200 broken runs looked whole, 95% upper bound 0.30 (Clopper-Pearson), 0.30^8 = 6.6e-5.
@runs 3
@timeout 60s
1000 workers at once, 200 results each: 200000 puts of distinct keys
workers finished: 1000, failed: 0, most inside at once: 1, size(): 200000, entries walked: 200000
*/

/* Sample output:
1000 workers at once, 200 results each: 200000 puts of distinct keys
workers finished: 1000, failed: 0, most inside at once: 1, size(): 200000, entries walked: 200000
*/
