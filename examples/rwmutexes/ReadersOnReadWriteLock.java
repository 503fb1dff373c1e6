///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
static final int READERS = 5;

final ReadWriteLock lock = new ReentrantReadWriteLock(); // <1>
int count = 1;

boolean reader(int id, CountDownLatch attempted) throws InterruptedException {
    if (!lock.readLock().tryLock()) { // <2>
        IO.println("Reader " + id + " blocked!");
        attempted.countDown();
        return false; // <3>
    }
    try { // <4>
        attempted.countDown();
        attempted.await();
        IO.println("Reader " + id + ": read count " + count);
        return true;
    } finally {
        lock.readLock().unlock();
    }
}

void main() throws Exception {
    lock.writeLock().lock(); // <5>
    try {
        count += 1;
        IO.println("Writer 0: wrote count " + count);
        readTogether();
    } finally {
        lock.writeLock().unlock();
    }
    readTogether();
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

/* Output:
@# Round 1: the writer holds the write lock, so every reader is turned away, and none of
@# them unlocks a read lock it never got.
@timeline
Writer 0: wrote count 2
@interleave 5 by id
Reader {id=int 0..4} blocked!
@end
0 of 5 readers read
@# Round 2: nobody writes. Every reader gets the read lock and holds it until all five have
@# tried, so all five hold it at the same moment.
@interleave 5 by id
Reader {id=int 0..4}: read count 2
@end
5 of 5 readers read
*/

/* Sample output:
Writer 0: wrote count 2
Reader 0 blocked!
Reader 1 blocked!
Reader 2 blocked!
Reader 3 blocked!
Reader 4 blocked!
0 of 5 readers read
Reader 4: read count 2
Reader 1: read count 2
Reader 2: read count 2
Reader 3: read count 2
Reader 0: read count 2
5 of 5 readers read
*/
