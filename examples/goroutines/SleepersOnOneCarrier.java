///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//RUNTIME_OPTIONS -Djdk.virtualThreadScheduler.parallelism=1

// tag::main[]
/** A mounted virtual thread prints as VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1. */
String carrierName() {
    String self = Thread.currentThread().toString();                   // <1>
    return self.substring(self.indexOf('@') + 1);
}

void main() throws InterruptedException {
    var carriers = ConcurrentHashMap.<String>newKeySet();
    var finished = new LongAdder();
    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 10_000; i++) {
            executor.submit(() -> {
                carriers.add(carrierName());                            // <2>
                Thread.sleep(Duration.ofSeconds(1));                    // <3>
                carriers.add(carrierName());
                finished.increment();
                return null;
            });
        }
    }
    IO.println(finished.sum() + " tasks slept 1 s each, in " + Duration.ofNanos(System.nanoTime() - start));
    IO.println("carrier threads they ran on: " + carriers);
}
// end::main[]

/* Output:
@# 10,000 one-second sleeps one after the other would take close to three hours. With one carrier
@# thread they overlap: the sleeping tasks are unmounted, and the one carrier runs the others.
@# The carrier's name is the JDK's (ForkJoinPool-1-worker-1); the check only requires that it is one.
10000 tasks slept 1 s each, in {duration 1s..6s}
carrier threads they ran on: [{word}]
*/

/* Sample output:
10000 tasks slept 1 s each, in PT1.777541305S
carrier threads they ran on: [ForkJoinPool-1-worker-1]
*/
