///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void worker(int id, CountDownLatch done) {
    try {
        IO.println("Worker: " + id + " starting");
        Thread.sleep(Duration.ofSeconds(1));
        IO.println("Worker: " + id + " done");
    } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
    } finally {
        done.countDown(); // <1>
    }
}

void main() throws InterruptedException {
    var done = new CountDownLatch(3);
    Thread.ofVirtual().name("worker-1").start(() -> worker(1, done)); // <2>
    Thread.ofVirtual().name("worker-2").start(() -> worker(2, done));
    Thread.ofVirtual().name("worker-3").start(() -> worker(3, done));
    done.await();
    IO.println("All workers done");
}
// end::main[]

/* Output:
@# One second each, side by side: about 1 s in all. One after another, the sleeps alone take 3 s,
@# and the JVM needs some time to start, so ..3s still rules that out.
@wall ..3s
@interleave 3 by id
Worker: {id=int 1..3} starting
Worker: {id} done
@end
All workers done
*/

/* Sample output:
Worker: 1 starting
Worker: 2 starting
Worker: 3 starting
Worker: 2 done
Worker: 1 done
Worker: 3 done
All workers done
*/
