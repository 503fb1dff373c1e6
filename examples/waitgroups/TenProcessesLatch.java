///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void process(int pid, CountDownLatch done) {
    try { // <1>
        IO.println("Started process " + pid);
        Thread.sleep(Duration.ofSeconds(1));
        IO.println("Completed process " + pid);
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    } finally {
        done.countDown(); // <2>
    }
}

void main() throws InterruptedException {
    Instant start = Instant.now();
    var done = new CountDownLatch(10); // <3>
    for (int i = 0; i < 10; i++) {
        int pid = i; // <4>
        Thread.ofVirtual().start(() -> process(pid, done));
    }
    done.await(); // <5>
    IO.println("All processes completed in " + Duration.between(start, Instant.now()));
}
// end::main[]

/* Output:
@wall ..4s
@interleave 10 by pid
Started process {pid=int 0..9}
Completed process {pid}
@end
All processes completed in {duration 1s..3s}
*/

/* Sample output:
Started process 1
Started process 0
Started process 2
Started process 3
Started process 4
Started process 5
Started process 6
Started process 7
Started process 8
Started process 9
Completed process 1
Completed process 0
Completed process 2
Completed process 3
Completed process 4
Completed process 5
Completed process 6
Completed process 7
Completed process 8
Completed process 9
All processes completed in PT1.100807273S
*/
