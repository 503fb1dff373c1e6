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
    Thread worker = Thread.startVirtualThread(this::worker); // <1>
    worker.join(); // <2>
    IO.println("Exiting main function");
}
// end::main[]

/* Output:
@# Fixed: main joins the worker, so "Task Completed" always comes, and always before
@# "Exiting main function". The run takes the worker's half second, not a guessed sleep.
@wall 0.5s..2s
Starting main function
Task Completed
Exiting main function
*/

/* Sample output:
Starting main function
Task Completed
Exiting main function
*/
