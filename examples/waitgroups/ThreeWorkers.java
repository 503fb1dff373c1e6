///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker(int workerId, CountDownLatch done) { // <1>
    try {
        IO.println("Task Completed by worker " + workerId); // stands in for a call
    } finally {
        done.countDown();
    }
}

void main() throws InterruptedException {
    IO.println("Starting main function");
    var done = new CountDownLatch(3); // <2>
    for (int workerId : List.of(1, 2, 3)) {
        Thread.ofVirtual().start(() -> worker(workerId, done));
    }
    done.await();
    IO.println("Exiting main function");
}
// end::main[]

/* Output:
Starting main function
@unordered
Task Completed by worker 1
Task Completed by worker 2
Task Completed by worker 3
@end
Exiting main function
*/

/* Sample output:
Starting main function
Task Completed by worker 2
Task Completed by worker 3
Task Completed by worker 1
Exiting main function
*/
