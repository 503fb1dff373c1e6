///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import java.lang.management.ManagementFactory;

// Broken on purpose: the latch counts four, only three workers count it down.

// tag::main[]
void worker(int workerId, CountDownLatch done) {
    try {
        IO.println("Task Completed by worker " + workerId);
    } finally {
        done.countDown();
    }
}

void main() throws InterruptedException {
    IO.println("Starting main function");
    var done = new CountDownLatch(4); // <1>
    for (int workerId : List.of(1, 2, 3)) {
        Thread.ofVirtual().start(() -> worker(workerId, done));
    }
    Thread main = Thread.currentThread();
    Thread.ofVirtual().start(() -> dumpAfter(Duration.ofSeconds(1), main)); // <2>
    if (!done.await(2, TimeUnit.SECONDS)) { // <3>
        System.err.println("Gave up after 2 s: " + done); // <4>
        System.exit(1);
    }
    IO.println("Exiting main function");
}
// end::main[]

/**
 * Prints what {@code jcmd <pid> Thread.print} would show for one thread, trimmed to the frames
 * that matter, and what the JVM's own deadlock detector makes of it.
 */
void dumpAfter(Duration delay, Thread thread) {
    // Loaded before the wait, not after it: on a busy machine, loading the management classes took long enough
    // that main gave up and ended the JVM before the last line was printed.
    var threads = ManagementFactory.getThreadMXBean();
    try {
        Thread.sleep(delay);
    } catch (InterruptedException e) {
        return;
    }
    System.err.println("\"" + thread.getName() + "\" " + thread.getState());
    for (StackTraceElement frame : thread.getStackTrace()) {
        String at = frame.toString();
        if (at.contains("CountDownLatch") || at.contains("LatchNeverReachesZero")) {
            System.err.println("\tat " + at);
        }
    }
    long[] deadlocked = threads.findDeadlockedThreads();
    System.err.println("Deadlocked threads found by the JVM: " + (deadlocked == null ? "none" : deadlocked.length));
}

/* Output:
@exit 1
@wall 2s..5s
Starting main function
@unordered
Task Completed by worker 1
Task Completed by worker 2
Task Completed by worker 3
@end
@stderr
"main" TIMED_WAITING
	at java.base/java.util.concurrent.CountDownLatch.await(CountDownLatch.java:{int})
	at LatchNeverReachesZero.main(LatchNeverReachesZero.java:{int})
Deadlocked threads found by the JVM: none
Gave up after 2 s: java.util.concurrent.CountDownLatch@{/[0-9a-f]+/}[Count = 1]
*/

/* Sample output:
Starting main function
Task Completed by worker 2
Task Completed by worker 3
Task Completed by worker 1
*/
