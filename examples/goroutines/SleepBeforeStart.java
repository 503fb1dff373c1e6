///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker() {
    try {
        Thread.sleep(Duration.ofMillis(500)); // the network call
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
    IO.println("Task Completed");
}

void main() throws InterruptedException {
    IO.println("Starting main function");
    Thread.sleep(Duration.ofSeconds(1)); // <1>
    Thread.startVirtualThread(this::worker); // <2>
    IO.println("Exiting main function");
}
// end::main[]

/* Output:
@# Broken on purpose, like WorkerNeverRuns: the sleep comes before the worker exists, so it
@# waits for nothing. The run takes a second longer and the worker is still lost.
@# The @wall lower bound shows the sleep happened; the output shows it did not help.
@wall 1s..2.5s
Starting main function
Exiting main function
@optional
Task Completed
*/

/* Sample output:
Starting main function
Exiting main function
*/
