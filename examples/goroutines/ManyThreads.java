///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import java.lang.management.ManagementFactory;

// tag::main[]
void sleepOneSecond(LongAdder finished) {
    try {
        Thread.sleep(Duration.ofSeconds(1));
        finished.increment();
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
}

void run(String kind, ThreadFactory factory, int count) {
    var finished = new LongAdder();
    System.gc(); // a clean heap to start; the sample below does not collect: it is cheap
    var before = Memory.now();
    Memory during;
    long start = System.nanoTime();
    try (var executor = Executors.newThreadPerTaskExecutor(factory)) { // <1>
        for (int i = 0; i < count; i++) {
            executor.execute(() -> sleepOneSecond(finished));
        }
        during = Memory.now(); // <2>
    } // <3>
    var elapsed = Duration.ofNanos(System.nanoTime() - start);
    IO.println("%s threads: %d finished in %s".formatted(kind, finished.sum(), elapsed));
    IO.println("  while they slept: heap %+d MB, address space %+d MB"
            .formatted(during.heapMb() - before.heapMb(),
                    during.addressSpaceMb() - before.addressSpaceMb()));
}

void main() {
    run("virtual", Thread.ofVirtual().factory(), 100_000); // <4>
    run("platform", Thread.ofPlatform().factory(), 2_000); // <5>
}
// end::main[]

/** Heap in use and the process's committed virtual memory (its address space on Linux), in MB. */
record Memory(long heapMb, long addressSpaceMb) {
    static Memory now() {
        var runtime = Runtime.getRuntime();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Memory((runtime.totalMemory() - runtime.freeMemory()) >> 20,
                os.getCommittedVirtualMemorySize() >> 20);
    }
}

/* Output:
@# What is checked: every one of the 100,000 virtual and 2,000 platform threads finished its
@# one-second sleep, and each batch took seconds, not the 100,000 s (or 2,000 s) that one
@# thread after another would take. The memory figures depend on the JVM, the OS and the
@# machine, so they are shown, not checked (a GC can even make one slightly negative).
@timeline
@timeout 60s
virtual threads: 100000 finished in {duration 1s..20s}
  while they slept: heap {/[+-]\d+/} MB, address space {/[+-]\d+/} MB
platform threads: 2000 finished in {duration 1s..20s}
  while they slept: heap {/[+-]\d+/} MB, address space {/[+-]\d+/} MB
*/

/* Sample output:
virtual threads: 100000 finished in PT7.356753364S
  while they slept: heap +97 MB, address space +4 MB
platform threads: 2000 finished in PT1.98077143S
  while they slept: heap +1 MB, address space +2000 MB
*/
