///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
interface SendOnly<T> { void send(T value) throws InterruptedException; }  // <1>

interface ReceiveOnly<T> { T receive() throws InterruptedException; }

record Channel<T>(BlockingQueue<T> queue) implements SendOnly<T>, ReceiveOnly<T> {
    public void send(T value) throws InterruptedException { queue.put(value); }
    public T receive() throws InterruptedException { return queue.take(); }
}

void sendData(SendOnly<String> c, String msg) throws InterruptedException {
    c.send(msg);                                                // <2>
}

void receiveData(ReceiveOnly<String> c) throws InterruptedException {
    IO.println("received: " + c.receive());
}

void main() {
    var c = new Channel<String>(new SynchronousQueue<>());
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        executor.submit(() -> { sendData(c, "Hello, world!"); return null; });  // <3>
        executor.submit(() -> { receiveData(c); return null; });
    }                                                           // <4>
    IO.println("both tasks finished");
}
// end::main[]

/* Output:
received: Hello, world!
both tasks finished
*/

/* Sample output:
received: Hello, world!
both tasks finished
*/
