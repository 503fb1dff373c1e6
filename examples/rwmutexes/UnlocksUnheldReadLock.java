///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
static final int READERS = 5;

final ReadWriteLock lock = new ReentrantReadWriteLock();
int count = 1;

boolean reader(int id, CountDownLatch attempted) throws InterruptedException {
    try { // <1>
        if (!lock.readLock().tryLock()) {
            IO.println("Reader " + id + " blocked!");
            attempted.countDown();
            return false; // <2>
        }
        attempted.countDown();
        attempted.await();
        IO.println("Reader " + id + ": read count " + count);
        return true;
    } finally {
        lock.readLock().unlock(); // <3>
    }
}
// end::main[]

void readTogether() throws Exception {
    var attempted = new CountDownLatch(READERS);
    var results = new ArrayList<Future<Boolean>>();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int i = 0; i < READERS; i++) {
            int id = i;
            results.add(executor.submit(() -> reader(id, attempted)));
        }
    }
    int read = 0;
    for (var result : results) {
        if (result.get()) read++;
    }
    IO.println(read + " of " + READERS + " readers read");
}

void main() throws Exception {
    lock.writeLock().lock();
    try {
        count += 1;
        IO.println("Writer 0: wrote count " + count);
        readTogether();
    } finally {
        lock.writeLock().unlock();
    }
    readTogether();
}

/* Output:
@# Round 1 is enough: every reader is turned away by the writer, then its finally block
@# releases a read lock it never acquired. Future.get() rethrows the first failure and main
@# dies with it, so round 2 never runs.
Writer 0: wrote count 2
@interleave 5 by id
Reader {id=int 0..4} blocked!
@end
@exit 1
@stderr
Exception in thread "main" java.util.concurrent.ExecutionException: java.lang.IllegalMonitorStateException: attempt to unlock read lock, not locked by current thread
@repeat 1..
{*}
*/

/* Sample output:
Writer 0: wrote count 2
Reader 0 blocked!
Reader 1 blocked!
Reader 2 blocked!
Reader 3 blocked!
Reader 4 blocked!
*/
