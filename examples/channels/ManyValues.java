///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void main() throws Exception {
    var ch = new SynchronousQueue<Integer>();                   // <1>
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        Future<Integer> sender = executor.submit(() -> {
            int sent = 0;
            for (int i = 1; i <= 5; i++) {
                ch.put(i * i);                                  // <2>
                sent++;
            }
            return sent;
        });
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            int value = ch.take();                              // <3>
            IO.println("received " + value + ", queue size " + ch.size());
            sum += value;
        }
        IO.println("sent " + sender.get() + " values through one SynchronousQueue, sum "
                + sum);
    }
}
// end::main[]

/* Output:
received 1, queue size 0
received 4, queue size 0
received 9, queue size 0
received 16, queue size 0
received 25, queue size 0
sent 5 values through one SynchronousQueue, sum 55
*/

/* Sample output:
received 1, queue size 0
received 4, queue size 0
received 9, queue size 0
received 16, queue size 0
received 25, queue size 0
sent 5 values through one SynchronousQueue, sum 55
*/
