///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// The Java half of the chapter's side-by-side listing; SideBySide.go beside it is the Go half,
// checked against the expectation below when the build's Go is new enough to compile it.

void process(int pid) {
    IO.println("Started process " + pid);
    try {
        Thread.sleep(Duration.ofMillis(100));
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    }
    IO.println("Completed process " + pid);
}

void main() throws InterruptedException {
    // tag::main[]
    var done = new CountDownLatch(3);
    for (int i = 0; i < 3; i++) {
        int pid = i;
        Thread.ofVirtual().start(() -> {
            try { process(pid); } finally { done.countDown(); }
        });
    }
    done.await();
    // end::main[]
    IO.println("All processes completed");
}

/* Output:
@# Each process starts before it completes; all three complete before main goes on.
@interleave 3 by pid
Started process {pid=int 0..2}
Completed process {pid}
@end
All processes completed
*/

/* Sample output:
Started process 0
Started process 1
Started process 2
Completed process 0
Completed process 1
Completed process 2
All processes completed
*/
