///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
static final class Words { // <1>
    private final Lock lock = new ReentrantLock();
    private final Map<String, Integer> found = new HashMap<>(); // guarded by lock

    void add(String word) {
        lock.lock();
        try {
            found.merge(word, 1, Integer::sum); // <2>
        } finally {
            lock.unlock();
        }
    }

    Map<String, Integer> snapshot() {
        lock.lock();
        try {
            return Map.copyOf(found);
        } finally {
            lock.unlock();
        }
    }
}

void countWords(String name, Words words) throws IOException {
    for (String word : Files.readString(Path.of(name)).toLowerCase()
            .split("[^\\p{L}']+")) {
        if (!word.isEmpty()) words.add(word);
    }
}

void main(String[] args) {
    if (args.length == 0) {
        System.err.println("usage: WordCount FILE...");
        System.exit(2);
    }
    var words = new Words();
    var failed = new AtomicBoolean();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String name : args) {
            executor.submit(() -> { // <3>
                try {
                    countWords(name, words);
                } catch (IOException e) {
                    System.err.println("wordcount: " + name + ": " + reason(e)); // <4>
                    failed.set(true);
                }
            });
        }
    }
    printRepeated(words.snapshot()); // <5>
    if (failed.get()) System.exit(1);
}
// end::main[]

/** The book's one wording for file errors: common causes in words, the exception's message for the rest. */
static String reason(IOException e) {
    return switch (e) {
        case NoSuchFileException _ -> "no such file";
        case AccessDeniedException _ -> "permission denied";
        default -> e.getMessage();
    };
}

/** Prints the words seen more than once, grouped by count, most frequent first, each group sorted. */
static void printRepeated(Map<String, Integer> counts) {
    var byCount = new TreeMap<Integer, SortedSet<String>>(Comparator.reverseOrder());
    counts.forEach((word, count) -> {
        if (count > 1) byCount.computeIfAbsent(count, c -> new TreeSet<>()).add(word);
    });
    IO.println("Words that appear more than once:");
    byCount.forEach((count, group) -> IO.println(count + ": " + String.join(", ", group)));
}

/* Output:
@args examples/mutexes/data/harbour.txt examples/mutexes/data/market.txt examples/mutexes/data/lighthouse.txt
@# Counting is commutative and every add happens under the lock, so the counts are exact;
@# sorting makes the order exact too.
Words that appear more than once:
32: the
9: and
6: one
5: a, in
4: of, to
3: at, clerk, is, it, lamp, ledger, she
2: boats, book, crates, does, each, else, every, holds, keeper, keeps, log, number, only, pen, where, who, with, would, write, writes
*/

/* Output, with a missing file and a directory:
@args examples/mutexes/data/harbour.txt examples/mutexes/data/missing.txt examples/mutexes/data
@# The good file is still counted, exactly; each bad one gives one line on standard error, in
@# any order (the tasks fail side by side).
@exit 1
Words that appear more than once:
11: the
3: and, ledger, she
2: a, crates, does, in, to, with
@stderr
@unordered
wordcount: examples/mutexes/data/missing.txt: no such file
wordcount: examples/mutexes/data: Is a directory
@end
*/

/* Sample output:
Words that appear more than once:
32: the
9: and
6: one
5: a, in
4: of, to
3: at, clerk, is, it, lamp, ledger, she
2: boats, book, crates, does, each, else, every, holds, keeper, keeps, log, number, only, pen, where, who, with, would, write, writes
*/
