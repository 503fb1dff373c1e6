///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void main() throws Exception {
    show(new ReentrantReadWriteLock()); // <1>
    show(new ReentrantReadWriteLock(true));
}

void show(ReentrantReadWriteLock lock) throws Exception {
    IO.println(lock.isFair() ? "fair:" : "non-fair (the default):");
    lock.readLock().lock(); // <2>
    var writer = Thread.ofVirtual().start(() -> {
        lock.writeLock().lock();
        try {
            IO.println("  writer has the write lock");
        } finally {
            lock.writeLock().unlock();
        }
    });
    awaitQueued(lock, writer); // <3>
    IO.println("  writer waits behind the reader, queue length " + lock.getQueueLength());
    IO.println("  new reader, tryLock(): " + newReader(lock, false)); // <4>
    IO.println("  new reader, tryLock(0, SECONDS): " + newReader(lock, true)); // <5>
    IO.println("  the reader inside, again: "
            + lock.readLock().tryLock(1, TimeUnit.SECONDS)); // <6>
    lock.readLock().unlock();
    var lateReader = Thread.ofVirtual().start(() -> {
        lock.readLock().lock(); // <7>
        try {
            IO.println("  late reader has the read lock");
        } finally {
            lock.readLock().unlock();
        }
    });
    awaitQueued(lock, lateReader);
    IO.println("  late reader's lock() waits, queue length " + lock.getQueueLength());
    lock.readLock().unlock(); // <8>
    writer.join();
    lateReader.join();
}

boolean newReader(ReentrantReadWriteLock lock, boolean timed) throws Exception {
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        return executor.submit(() -> {
            var read = lock.readLock();
            boolean got = timed ? read.tryLock(0, TimeUnit.SECONDS) : read.tryLock();
            if (got) read.unlock();
            return got;
        }).get();
    }
}

void awaitQueued(ReentrantReadWriteLock lock, Thread thread) throws InterruptedException {
    while (!lock.hasQueuedThread(thread)) Thread.sleep(1);
}
// end::main[]

/* Output:
@# Every line is deterministic: each step waits until the previous thread is queued.
@# The writer is the first thread in the queue, the late reader the second; when the reader
@# inside leaves, the queue is served in order, so the writer always goes before the late reader.
non-fair (the default):
  writer waits behind the reader, queue length 1
  new reader, tryLock(): true
  new reader, tryLock(0, SECONDS): false
  the reader inside, again: true
  late reader's lock() waits, queue length 2
  writer has the write lock
  late reader has the read lock
fair:
  writer waits behind the reader, queue length 1
  new reader, tryLock(): true
  new reader, tryLock(0, SECONDS): false
  the reader inside, again: true
  late reader's lock() waits, queue length 2
  writer has the write lock
  late reader has the read lock
*/

/* Sample output:
non-fair (the default):
  writer waits behind the reader, queue length 1
  new reader, tryLock(): true
  new reader, tryLock(0, SECONDS): false
  the reader inside, again: true
  late reader's lock() waits, queue length 2
  writer has the write lock
  late reader has the read lock
fair:
  writer waits behind the reader, queue length 1
  new reader, tryLock(): true
  new reader, tryLock(0, SECONDS): false
  the reader inside, again: true
  late reader's lock() waits, queue length 2
  writer has the write lock
  late reader has the read lock
*/
