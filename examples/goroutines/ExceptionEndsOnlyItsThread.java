///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void networkCall() {
    throw new IllegalStateException("network call failed");
}

void main() throws InterruptedException {
    Thread worker = Thread.ofVirtual().name("worker").start(this::networkCall); // <1>
    worker.join();
    IO.println("main: the worker died, main did not");

    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        Future<?> task = executor.submit(this::networkCall); // <2>
        try {
            task.get(); // <3>
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
main: the worker died, main did not
main: the task failed with java.lang.IllegalStateException: network call failed
main: done
@stderr
Exception in thread "worker" java.lang.IllegalStateException: network call failed
@repeat 1..
{/\s+at .+/}
*/

/* Sample output:
main: the worker died, main did not
main: the task failed with java.lang.IllegalStateException: network call failed
main: done
*/
