///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// The Java half of the chapter's side-by-side listing; SideBySide.go beside it is the Go half,
// run by the build and checked against the expectation below.

// tag::main[]
final Lock lock = new ReentrantLock();
int counter; // guarded by lock
void increment() {
    lock.lock();
    try {
        counter++;
    } finally {
        lock.unlock();
    }
}
// end::main[]

void main() throws InterruptedException {
    var tasks = new ArrayList<Thread>();
    for (int t = 0; t < 4; t++) {
        tasks.add(Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 10_000; i++) {
                increment();
            }
        }));
    }
    for (Thread task : tasks) {
        task.join();
    }
    lock.lock();
    try {
        IO.println("counter: " + counter);
    } finally {
        lock.unlock();
    }
}

/* Output:
@# Four tasks, 10,000 increments each, none lost.
counter: 40000
*/

/* Sample output:
counter: 40000
*/
