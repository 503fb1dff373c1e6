///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import java.lang.management.ManagementFactory;

// tag::main[]
/** CPU-bound work: how many primes lie in [from, to), by trial division. */
long countPrimes(int from, int to) {
    long count = 0;
    for (int n = Math.max(from, 2); n < to; n++) {
        boolean prime = true;
        for (int d = 2; (long) d * d <= n; d++) {
            if (n % d == 0) {
                prime = false;
                break;
            }
        }
        if (prime) count++;
    }
    return count;
}

static final int LIMIT = 1_000_000, CHUNKS = 50;

/** One phase's figures: how long it took, and how many cores its threads kept busy. */
record Timing(long wallNanos, double busyCores) {}

/** Counts the primes below LIMIT in chunks, noting the threads that ran them; 78,498. */
Timing time(ExecutorService pool, List<Thread> poolThreads, Set<Thread> ran)
        throws Exception {
    long cpuBefore = cpuTime(poolThreads), start = System.nanoTime();
    var parts = new ArrayList<Future<Long>>();
    int size = LIMIT / CHUNKS;
    for (int c = 0; c < CHUNKS; c++) {
        int from = c * size;
        parts.add(pool.submit(() -> {
            ran.add(Thread.currentThread());
            return countPrimes(from, from + size);
        }));
    }
    long total = 0;
    for (var part : parts) total += part.get();                         // <1>
    long wall = System.nanoTime() - start;
    if (total != 78_498) throw new AssertionError("counted " + total + " primes");
    return new Timing(wall, (double) (cpuTime(poolThreads) - cpuBefore) / wall);
}

/** CPU time the given threads have used so far, in nanoseconds. */
long cpuTime(List<Thread> threads) {
    var mx = ManagementFactory.getThreadMXBean();
    return threads.stream().mapToLong(t -> mx.getThreadCpuTime(t.threadId())).sum();
}

void main() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    var oneThread = new CopyOnWriteArrayList<Thread>();
    var allThreads = new CopyOnWriteArrayList<Thread>();
    ThreadFactory recordOne = r -> {
        var t = new Thread(r);
        oneThread.add(t);
        return t;
    };
    ThreadFactory recordAll = r -> {
        var t = new Thread(r);
        allThreads.add(t);
        return t;
    };
    Set<Thread> ranOne = ConcurrentHashMap.newKeySet();
    Set<Thread> ranAll = ConcurrentHashMap.newKeySet();
    Timing one = null, all = null;
    try (var single = Executors.newSingleThreadExecutor(recordOne);     // <2>
         var pool = Executors.newFixedThreadPool(cores, recordAll)) {   // <3>
        for (int round = 0; round < 8; round++) {                       // <4>
            var a = time(single, oneThread, ranOne);
            var b = time(pool, allThreads, ranAll);
            if (one == null || a.wallNanos() < one.wallNanos()) one = a;
            if (all == null || b.wallNanos() < all.wallNanos()) all = b;
        }
    }
    double speedUp = (double) one.wallNanos() / all.wallNanos();        // <5>
    double coresGained = all.busyCores() / one.busyCores();             // <6>
    IO.println("primes below %d: 78498, counted on %s and on %d"
            .formatted(LIMIT, threads(ranOne), ranAll.size()));
    IO.println("on %s: %s, %.2f cores busy"
            .formatted(threads(ranOne), Duration.ofNanos(one.wallNanos()),
                    one.busyCores()));
    IO.println("on %s: %s, %.2f cores busy"
            .formatted(threads(ranAll), Duration.ofNanos(all.wallNanos()),
                    all.busyCores()));
    IO.println("speed-up: %.2f, %.2f per core, with %d available"
            .formatted(speedUp, speedUp / cores, cores));
    IO.println("cores busy: %.2f times as many; speed-up over that gain: %.2f"
            .formatted(coresGained, speedUp / coresGained));
}

String threads(Set<Thread> ran) {
    return ran.size() == 1 ? "1 thread" : ran.size() + " threads";
}
// end::main[]

/* Output:
@# Same work both ways: the prime count is exact; the thread counts are those that really ran chunks
@# (a fixed pool's first submissions each start a thread with that task, so all of them run one). One thread never keeps more than one core busy, and
@# the speed-up never much exceeds the gain in cores busy (at most 1 times it, plus 0.15 for timer noise):
@# more threads share the CPU time out, they cannot make it smaller. The speed-up per core is not bounded:
@# with two other programs keeping both cores busy, one thread got 0.18 cores and two got 0.49, a
@# speed-up of 2.69 on 2 cores (2026-11-29), because the scheduler gave more threads a larger share.
@# That the speed-up approaches the number of cores is an observation on a quiet machine, not a
@# guarantee: on a machine whose cores are all taken by other programs, more threads may get no more CPU,
@# so the lower bound only says that the threads did not make the work more than twice as slow.
@alone
@timeout 120s
primes below 1000000: 78498, counted on 1 thread and on {cores=int 1..}
on 1 thread: {duration}, {number 0..1.05} cores busy
on {cores} thread{/s?/}: {duration}, {number} cores busy
speed-up: {number 0.5..}, {number} per core, with {cores} available
cores busy: {number} times as many; speed-up over that gain: {number ..1.15}
*/

/* Sample output:
primes below 1000000: 78498, counted on 1 thread and on 2
on 1 thread: PT0.115190326S, 0.98 cores busy
on 2 threads: PT0.121444632S, 0.93 cores busy
speed-up: 0.95, 0.47 per core, with 2 available
cores busy: 0.95 times as many; speed-up over that gain: 1.00
*/
