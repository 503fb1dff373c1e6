///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
//RUNTIME_OPTIONS -Djdk.virtualThreadScheduler.parallelism=1

/**
 * A mounted virtual thread prints as VirtualThread[#22]/runnable@ForkJoinPool-1-worker-1.
 */
String carrierName() {
    String self = Thread.currentThread().toString();                   // <1>
    return self.substring(self.indexOf('@') + 1);
}

void main() throws Exception {
    var tasks = new ArrayList<Future<List<String>>>();
    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < 10_000; i++) {
            tasks.add(executor.submit(() -> {
                String before = carrierName();                          // <2>
                Thread.sleep(Duration.ofSeconds(1));                    // <3>
                return List.of(before, carrierName());
            }));
        }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    var carriers = new TreeSet<String>();
    for (var task : tasks) carriers.addAll(task.get());                // <4>
    IO.println(tasks.size() + " tasks slept 1 s each, in " + took);
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
10000 tasks slept 1 s each, in PT1.561666214S
carrier threads they ran on: [ForkJoinPool-1-worker-1]
*/
