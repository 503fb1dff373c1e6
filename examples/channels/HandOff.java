///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
long start;                                        // when the current demo began

String now() {
    return (System.nanoTime() - start) / 1_000_000 + "ms";
}

void sendData(BlockingQueue<String> c) throws InterruptedException {
    for (var msg : List.of("First message", "Second message")) {
        c.put(msg);                                              // <1>
        IO.println("  sent " + msg + " at " + now());
    }
}

void demo(String title, BlockingQueue<String> c) throws InterruptedException {
    IO.println(title);
    start = System.nanoTime();
    Thread sender = Thread.ofPlatform().name("sender").start(() -> {
        try {
            sendData(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    });
    for (int i = 0; i < 2; i++) {
        Thread.sleep(500);                                       // <2>
        IO.println("  received " + c.take() + " at " + now());
    }
    sender.join();                                               // <3>
}

void main() throws InterruptedException {
    demo("unbuffered: SynchronousQueue", new SynchronousQueue<>());
    demo("buffered: ArrayBlockingQueue(2)", new ArrayBlockingQueue<>(2)); // <4>
}
// end::main[]

/* Output:
@# Times are measured from the start of each demo. The receiver sleeps 500 ms before each take,
@# so it takes the first message after 500 ms and the second after 1000 ms, never earlier.
@timeline
unbuffered: SynchronousQueue
@# Each put returns only when its take happened: the sender is held until 500 ms and 1000 ms.
@# The two lines of a pair may come in either order, but no line of the second pair can come
@# before a line of the first.
@unordered
  sent First message at {duration 490ms..1500ms}
  received First message at {duration 490ms..1500ms}
@end
@unordered
  sent Second message at {duration 990ms..2500ms}
  received Second message at {duration 990ms..2500ms}
@end
buffered: ArrayBlockingQueue(2)
@# Both puts return at once, long before the receiver wakes up.
@# Only each thread's own order is guaranteed, so the four lines are checked as a set.
@unordered
  sent First message at {duration ..200ms}
  sent Second message at {duration ..200ms}
  received First message at {duration 490ms..1500ms}
  received Second message at {duration 990ms..2500ms}
@end
*/

/* Sample output:
unbuffered: SynchronousQueue
  sent First message at 567ms
  received First message at 566ms
  sent Second message at 1072ms
  received Second message at 1073ms
buffered: ArrayBlockingQueue(2)
  sent First message at 0ms
  sent Second message at 0ms
  received First message at 500ms
  received Second message at 1011ms
*/
