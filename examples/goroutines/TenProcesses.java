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
@# Ten one-second sleeps one after another would take ten seconds: the duration and the wall
@# bound prove they ran at the same time.
@wall ..3s
@interleave 10 by pid
Started process {pid=int 0..9}
Completed process {pid}
@end
All processes completed
{duration 1s..2s}
*/
