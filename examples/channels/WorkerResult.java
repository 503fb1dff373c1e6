///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker(SynchronousQueue<Integer> ch) throws InterruptedException {
    // Stands in for a network call whose result is 1.
    ch.put(1);                                                  // <1>
}

void main() throws InterruptedException {
    IO.println("Starting main function");
    var ch = new SynchronousQueue<Integer>();                   // <2>
    Thread.startVirtualThread(() -> {
        try {
            worker(ch);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    int result = ch.take();                                     // <3>
    IO.println("Exiting main function with result: " + result);
}
// end::main[]

/* Output:
Starting main function
Exiting main function with result: 1
*/

/* Sample output:
Starting main function
Exiting main function with result: 1
*/
