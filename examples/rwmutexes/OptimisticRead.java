///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
final StampedLock lock = new StampedLock();
int x = 1, y = 2; // guarded by lock: they change together

void move(int dx, int dy) {
    long stamp = lock.writeLock(); // <1>
    try {
        x += dx;
        y += dy;
    } finally {
        lock.unlockWrite(stamp);
    }
}

String position(boolean writerGetsIn) throws InterruptedException {
    long stamp = lock.tryOptimisticRead(); // <2>
    int seenX = x, seenY = y; // <3>
    if (writerGetsIn) {
        Thread.ofVirtual().start(() -> move(10, 10)).join(); // <4>
    }
    if (lock.validate(stamp)) { // <5>
        return "optimistic read, no lock taken: (" + seenX + ", " + seenY + ")";
    }
    stamp = lock.readLock(); // <6>
    try {
        return "a write got in between, read again under the read lock: ("
                + x + ", " + y + ")";
    } finally {
        lock.unlockRead(stamp);
    }
}

void main() throws InterruptedException {
    IO.println(position(false));
    IO.println(position(true));
}
// end::main[]

/* Output:
optimistic read, no lock taken: (1, 2)
a write got in between, read again under the read lock: (11, 12)
*/

/* Sample output:
optimistic read, no lock taken: (1, 2)
a write got in between, read again under the read lock: (11, 12)
*/
