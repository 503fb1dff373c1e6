///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
static final int READERS = 5;

final Lock lock = new ReentrantLock(); // <1>
int count = 1;

boolean reader(int id, CountDownLatch attempted) throws InterruptedException {
    if (!lock.tryLock()) { // <2>
        IO.println("Reader " + id + " blocked!");
        attempted.countDown();
        return false;
    }
    try {
        attempted.countDown();
        attempted.await(); // <3>
        IO.println("Reader " + id + ": read count " + count);
        return true;
    } finally {
        lock.unlock();
    }
}

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
        if (result.get()) read++; // <4>
    }
    IO.println(read + " of " + READERS + " readers read");
}

void main() throws Exception {
    lock.lock(); // <5>
    try {
        count += 1;
        IO.println("Writer 0: wrote count " + count);
        readTogether();
    } finally {
        lock.unlock();
    }
    readTogether(); // <6>
}
// end::main[]

/* Output:
@# Round 1: the writer holds the lock, so every reader is turned away.
Writer 0: wrote count 2
@interleave 5 by id
Reader {id=int 0..4} blocked!
@end
0 of 5 readers read
@# Round 2: nobody writes. The first reader to try gets the lock and keeps it until all five
@# have tried, so exactly one reads and four are turned away by that reader.
@unordered
Reader {int 0..4}: read count 2
@repeat 4
Reader {int 0..4} blocked!
@end
1 of 5 readers read
*/

/* Sample output:
Writer 0: wrote count 2
Reader 1 blocked!
Reader 2 blocked!
Reader 3 blocked!
Reader 4 blocked!
Reader 0 blocked!
0 of 5 readers read
Reader 1 blocked!
Reader 2 blocked!
Reader 3 blocked!
Reader 4 blocked!
Reader 0: read count 2
1 of 5 readers read
*/
