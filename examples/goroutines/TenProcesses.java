///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void process(int pid) throws InterruptedException {
    IO.println("Started process " + pid);
    Thread.sleep(Duration.ofSeconds(1));
    IO.println("Completed process " + pid);
}

void main() {
    long start = System.nanoTime();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) { // <1>
        for (int pid = 0; pid < 10; pid++) {
            int id = pid; // <2>
            executor.submit(() -> {
                process(id);
                return null; // <3>
            });
        }
    } // <4>
    IO.println("All processes completed");
    IO.println(Duration.ofNanos(System.nanoTime() - start));
}
// end::main[]

/* Output:
@# Each process prints Started before Completed; the ten processes interleave freely.
@# All twenty lines come before "All processes completed" because closing the executor waits.
@# Ten one-second sleeps one after another would take ten seconds: the duration, measured by
@# main itself, proves they ran at the same time. The run is recorded for the timeline, so there
@# is no @wall bound: Flight Recorder's start-up would count against it.
@timeline
@interleave 10 by pid
Started process {pid=int 0..9}
Completed process {pid}
@end
All processes completed
{duration 1s..2s}
*/

/* Sample output:
Started process 1
Started process 0
Started process 2
Started process 3
Started process 4
Started process 5
Started process 6
Started process 7
Started process 8
Started process 9
Completed process 0
Completed process 2
Completed process 3
Completed process 4
Completed process 1
Completed process 5
Completed process 6
Completed process 7
Completed process 9
Completed process 8
All processes completed
PT1.125757656S
*/
