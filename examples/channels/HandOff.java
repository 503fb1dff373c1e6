///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void sendData(BlockingQueue<String> c) throws InterruptedException {
    for (var msg : List.of("First message", "Second message")) {
        long start = System.nanoTime();
        c.put(msg);                                              // <1>
        long blocked = (System.nanoTime() - start) / 1_000_000;
        IO.println("  sent " + msg + ", put blocked " + blocked + "ms");
    }
}

void demo(String title, BlockingQueue<String> c) throws InterruptedException {
    IO.println(title);
    Thread sender = Thread.startVirtualThread(() -> {
        try {
            sendData(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    for (int i = 0; i < 2; i++) {
        Thread.sleep(500);                                       // <2>
        IO.println("  received " + c.take());
    }
    sender.join();                                               // <3>
}

void main() throws InterruptedException {
    demo("unbuffered: SynchronousQueue", new SynchronousQueue<>());
    demo("buffered: ArrayBlockingQueue(2)", new ArrayBlockingQueue<>(2)); // <4>
}
// end::main[]

/* Output:
unbuffered: SynchronousQueue
@# Each put meets its take: the two lines of a pair may come in either order,
@# but no line of the second pair can come before a line of the first.
@unordered
  sent First message, put blocked {duration 300ms..1200ms}
  received First message
@end
@unordered
  sent Second message, put blocked {duration 300ms..1200ms}
  received Second message
@end
buffered: ArrayBlockingQueue(2)
@# Both puts return at once; only each thread's own order is guaranteed.
@unordered
  sent First message, put blocked {duration ..200ms}
  sent Second message, put blocked {duration ..200ms}
  received First message
  received Second message
@end
*/

/* Sample output:
unbuffered: SynchronousQueue
  received First message
  sent First message, put blocked 501ms
  received Second message
  sent Second message, put blocked 481ms
buffered: ArrayBlockingQueue(2)
  sent First message, put blocked 0ms
  sent Second message, put blocked 0ms
  received First message
  received Second message
*/
