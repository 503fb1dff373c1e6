///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// The Java half of the chapter's side-by-side listing; SideBySide.go beside it is the Go half,
// run by the build and checked against the expectation below.

void main() throws InterruptedException {
    long start = System.nanoTime();
    // tag::main[]
    var ch = new SynchronousQueue<String>();
    Thread.startVirtualThread(() -> {
        try {
            Thread.sleep(Duration.ofSeconds(1));
            ch.put("hello");
        } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
    });
    String msg = ch.take();
    IO.println(msg);
    // end::main[]
    IO.println("received after " + Duration.ofNanos(System.nanoTime() - start).toMillis() + "ms");
}

/* Output:
@# The receive waits for the sender's one-second sleep; a late hand-off on a busy machine is allowed for.
hello
received after {duration 0.95s..3s}
*/

/* Sample output:
hello
received after 1095ms
*/
