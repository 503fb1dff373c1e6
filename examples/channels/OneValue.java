///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void sendData(SynchronousQueue<String> c) throws InterruptedException {
    Thread.sleep(1000);                         // simulate some work
    c.put("Hello from sendData");               // <1>
}

void main() throws InterruptedException {
    var c = new SynchronousQueue<String>();     // <2>
    Thread.startVirtualThread(() -> {
        try {
            sendData(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });

    long start = System.nanoTime();
    String msg = c.take();                      // <3>
    long waited = (System.nanoTime() - start) / 1_000_000;
    IO.println("Message received: " + msg);
    IO.println("main waited " + waited + "ms for it");
}
// end::main[]

/* Output:
Message received: Hello from sendData
main waited {duration 900ms..1600ms} for it
*/

/* Sample output:
Message received: Hello from sendData
main waited 1011ms for it
*/
