///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+
//RUNTIME_OPTIONS -Djdk.virtualThreadScheduler.parallelism=1 -Djdk.virtualThreadScheduler.maxPoolSize=1

// tag::main[]
Duration waitForAChild(Thread.Builder readers) throws Exception {
    long start = System.nanoTime();
    String java = ProcessHandle.current().info().command().orElseThrow();
    String self = MethodHandles.lookup().lookupClass().getName();
    String classPath = System.getProperty("java.class.path");
    Process child = new ProcessBuilder(java, "-cp", classPath, self, "child")
            .start(); // <1>
    readers.start(() -> drain(child.getInputStream())); // <2>
    readers.start(() -> drain(child.getErrorStream()));
    Thread waiter = Thread.ofVirtual().start(() -> {
        try {
            child.waitFor(500, TimeUnit.MILLISECONDS); // <3>
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    waiter.join();
    return Duration.ofNanos(System.nanoTime() - start);
}

void main(String[] args) throws Exception {
    if (args.length > 0) { // the child: keeps its output pipes open for three seconds
        Thread.sleep(Duration.ofSeconds(3));
        return;
    }
    IO.println("virtual readers:  a 500 ms waitFor returned after "
            + waitForAChild(Thread.ofVirtual()).toMillis() + "ms");
    IO.println("platform readers: a 500 ms waitFor returned after "
            + waitForAChild(Thread.ofPlatform()).toMillis() + "ms"); // <4>
}
// end::main[]

void drain(InputStream pipe) {
    try {
        pipe.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
        // The child is gone; nothing more to read.
    }
}

/* Output:
@# The script runs with one carrier thread and no spare (its RUNTIME_OPTIONS): the state a 2-core machine
@# reaches when two virtual threads block in pipe reads and the scheduler's extra carrier has retired after
@# 30 s. A virtual thread blocked reading a pipe holds its carrier, so the waiter cannot run, not even to give
@# up, until the child ends its three seconds (plus its start-up) and the read returns.
@# Forbidden: the first wait returning before the child could have ended; the second one missing its 500 ms.
@# The clock starts before the child does, so the first wait cannot return in less than the child's 3 s
@# sleep, however busy the machine: the bound is a guarantee. (It was 2.9 s with the clock started after the
@# child; under a load of 35 on 2 cores the parent was descheduled long enough that one run in 100 of the
@# flake hunt measured 2864 ms.)
virtual readers:  a 500 ms waitFor returned after {duration 3s..}
platform readers: a 500 ms waitFor returned after {duration 450ms..2s}
*/

/* Sample output:
virtual readers:  a 500 ms waitFor returned after 3600ms
platform readers: a 500 ms waitFor returned after 501ms
*/
