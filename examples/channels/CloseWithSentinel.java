///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
sealed interface Message permits Value, Closed {}               // <1>
record Value(int n) implements Message {}
record Closed() implements Message {}

void producer(BlockingQueue<Message> c) throws InterruptedException {
    for (int i = 1; i <= 3; i++) {
        c.put(new Value(i));
    }
    c.put(new Closed());                                         // <2>
}

void consumer(BlockingQueue<Message> c) throws InterruptedException {
    while (c.take() instanceof Value(int n)) {                  // <3>
        IO.println("received " + n);
    }
    IO.println("closed: consumer stops");
}

void main() {
    var c = new ArrayBlockingQueue<Message>(1);
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        executor.submit(() -> { producer(c); return null; });
        executor.submit(() -> { consumer(c); return null; });
    }
    IO.println("main: both done, " + c.size() + " messages left");
}
// end::main[]

/* Output:
received 1
received 2
received 3
closed: consumer stops
main: both done, 0 messages left
*/

/* Sample output:
received 1
received 2
received 3
closed: consumer stops
main: both done, 0 messages left
*/
