///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import static java.nio.file.StandardOpenOption.*;

static final int TRIALS = 500;

// tag::main[]
final Lock lock = new ReentrantLock();
String buffer = ""; // guarded by lock

void writeToFile(Path file, String contents) {
    startTogether();
    lock.lock(); // <1>
    try {
        buffer = buffer + contents;
        Files.writeString(file, contents, CREATE, APPEND); // <2>
    } catch (IOException e) {
        throw new UncheckedIOException(e);
    } finally {
        lock.unlock(); // <3>
    }
}

void main() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("locked-writer");
    int lostLine = 0, fileDiffers = 0;
    String lastFile = "";
    for (int trial = 0; trial < TRIALS; trial++) {
        Path file = dir.resolve("f" + trial + ".txt"); // <4>
        buffer = "";
        ready.set(0);
        var first = Thread.ofPlatform().start(() -> writeToFile(file, "Hello\n"));
        var second = Thread.ofPlatform().start(() -> writeToFile(file, "World!\n"));
        first.join();
        second.join();
        lastFile = Files.readString(file);
        if (buffer.lines().count() < 2) lostLine++;
        if (!lastFile.equals(buffer)) fileDiffers++;
    }
    deleteAll(dir);
    IO.println(TRIALS + " trials, two threads writing one line each:");
    IO.println("  buffer lost a line:        " + lostLine);
    IO.println("  file differs from buffer:  " + fileDiffers);
    IO.print("the last trial's file:\n" + lastFile);
}
// end::main[]

final AtomicInteger ready = new AtomicInteger();

void startTogether() { // the same start line as RaceyCounter: both writers overlap
    ready.incrementAndGet();
    while (ready.get() < 2) Thread.yield();
}

static void deleteAll(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
        for (Path p : files.toList()) Files.delete(p);
    }
    Files.delete(dir);
}

/* Output:
@# With the lock the only acceptable outcome is: both lines in the buffer, the file equal to it.
@# Which thread takes the lock first varies, so the two lines come in either order.
500 trials, two threads writing one line each:
  buffer lost a line:        0
  file differs from buffer:  0
the last trial's file:
@unordered
Hello
World!
@end
*/

/* Sample output:
500 trials, two threads writing one line each:
  buffer lost a line:        0
  file differs from buffer:  0
the last trial's file:
World!
Hello
*/
