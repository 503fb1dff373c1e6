///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void networkCall() {
    try {
        Thread.sleep(Duration.ofMillis(100)); // <1>
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
    throw new IllegalStateException("network call failed");
}

void main() throws InterruptedException {
    Thread worker = Thread.ofVirtual().name("worker").start(this::networkCall); // <2>
    worker.join();
    IO.println("main: the worker died, main did not");

    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        Future<?> task = executor.submit(this::networkCall); // <3>
        try {
            task.get(); // <4>
        } catch (ExecutionException e) {
            IO.println("main: the task failed with " + e.getCause());
        }
    }
    IO.println("main: done");
}
// end::main[]

/* Output:
@# A Go panic in any goroutine ends the whole program with exit status 2. In Java an uncaught
@# exception ends only its own thread: the default handler prints it to standard error and
@# main carries on, exit status 0. A task submitted to an executor prints nothing at all:
@# its exception waits in the Future until someone calls get().
@# The worker's handler prints the trace before the worker ends, and join() returns only
@# then: in one pipe, as a terminal shows both streams, the whole trace comes before
@# main's first line (@merged). False failures: none, join() orders them in every run
@# (100 of 100 in order, load 31 to 34 on 2 cores, uptime). The mistake it catches, main
@# printing before join(): the trace still came first in 0 of 200 runs, load 34 to 41;
@# 95% bound 3/200 (rule of three); all three merged runs fooled: 0.015^3 = 3.4e-6 < 1e-4.
@runs 3
main: the worker died, main did not
main: the task failed with java.lang.IllegalStateException: network call failed
main: done
@stderr
Exception in thread "worker" java.lang.IllegalStateException: network call failed
@repeat 1..
{/\s+at .+/}
@merged
Exception in thread "worker" java.lang.IllegalStateException: network call failed
@repeat 1..
{/\s+at .+/}
main: the worker died, main did not
main: the task failed with java.lang.IllegalStateException: network call failed
main: done
*/

/* Sample output:
main: the worker died, main did not
main: the task failed with java.lang.IllegalStateException: network call failed
main: done
*/
