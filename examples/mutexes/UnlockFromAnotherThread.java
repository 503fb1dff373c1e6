///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void main() throws InterruptedException {
    var lock = new ReentrantLock();
    lock.lock(); // <1>
    IO.println("ReentrantLock: locked by main");
    Thread.ofVirtual().start(() -> {
        try {
            lock.unlock(); // <2>
            IO.println("ReentrantLock: unlocked by another thread");
        } catch (IllegalMonitorStateException e) {
            IO.println("ReentrantLock: another thread may not unlock it: "
                    + "IllegalMonitorStateException");
        }
    }).join();
    IO.println("ReentrantLock: still held by main: " + lock.isHeldByCurrentThread());
    lock.unlock(); // <3>

    var mutex = new Semaphore(1); // <4>
    mutex.acquire();
    IO.println("Semaphore(1): acquired by main");
    Thread.ofVirtual().start(() -> {
        mutex.release(); // <5>
        IO.println("Semaphore(1): released by another thread");
    }).join();
    IO.println("Semaphore(1): main can acquire it again: " + mutex.tryAcquire());
}
// end::main[]

/* Output:
@# Deterministic: each step waits for the previous one (join), so the order is fixed.
ReentrantLock: locked by main
ReentrantLock: another thread may not unlock it: IllegalMonitorStateException
ReentrantLock: still held by main: true
Semaphore(1): acquired by main
Semaphore(1): released by another thread
Semaphore(1): main can acquire it again: true
*/

/* Sample output:
ReentrantLock: locked by main
ReentrantLock: another thread may not unlock it: IllegalMonitorStateException
ReentrantLock: still held by main: true
Semaphore(1): acquired by main
Semaphore(1): released by another thread
Semaphore(1): main can acquire it again: true
*/
