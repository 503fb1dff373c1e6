///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// The Java half of the chapter's side-by-side listing; SideBySide.go beside it is the Go half,
// run by the build and checked against the expectation below.

final ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
final List<String> entries = new ArrayList<>(); // guarded by rw

// tag::main[]
int count() {
    rw.readLock().lock(); // shared with other readers
    try { return entries.size(); } finally { rw.readLock().unlock(); }
}
void add(String e) {
    rw.writeLock().lock(); // alone: no readers, no other writer
    try { entries.add(e); } finally { rw.writeLock().unlock(); }
}
// end::main[]

void main() throws InterruptedException {
    var writers = new ArrayList<Thread>();
    for (int w = 0; w < 4; w++) {
        int writer = w;
        writers.add(Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 250; i++) {
                add("entry " + writer + "." + i);
            }
        }));
    }
    for (Thread writer : writers) {
        writer.join();
    }
    var readers = new ArrayList<Thread>();
    for (int r = 0; r < 3; r++) {
        int reader = r;
        readers.add(Thread.ofVirtual().start(() -> IO.println("reader " + reader + " counted " + count())));
    }
    for (Thread reader : readers) {
        reader.join();
    }
}

/* Output:
@# Four writers add 250 entries each, none lost; then three readers count at the same time.
@interleave 3 by reader
reader {reader=int 0..2} counted 1000
@end
*/

/* Sample output:
reader 0 counted 1000
reader 1 counted 1000
reader 2 counted 1000
*/
