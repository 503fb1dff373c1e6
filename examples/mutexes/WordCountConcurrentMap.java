///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

// tag::main[]
void countWords(String name, ConcurrentMap<String, Integer> found) throws IOException {
    for (String word : Files.readString(Path.of(name)).toLowerCase()
            .split("[^\\p{L}']+")) {
        if (!word.isEmpty()) found.merge(word, 1, Integer::sum); // <1>
    }
}

void main(String[] args) {
    if (args.length == 0) {
        System.err.println("usage: WordCountConcurrentMap FILE...");
        System.exit(2);
    }
    var found = new ConcurrentHashMap<String, Integer>(); // <2>
    var failed = new AtomicBoolean();
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (String name : args) {
            executor.submit(() -> {
                try {
                    countWords(name, found);
                } catch (IOException e) {
                    System.err.println("wordcount: cannot read " + name
                            + " (" + e.getClass().getSimpleName() + ")");
                    failed.set(true);
                }
            });
        }
    } // <3>
    printRepeated(found);
    if (failed.get()) System.exit(1); // <4>
}
// end::main[]

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
@args examples/mutexes/data/harbour.txt examples/mutexes/data/missing.txt examples/mutexes/data/market.txt examples/mutexes/data/lighthouse.txt
@# The same counts as WordCount: merge is atomic per key. The missing file costs one line
@# on standard error and exit code 1; the three other files are still counted.
@exit 1
Words that appear more than once:
32: the
9: and
6: one
5: a, in
4: of, to
3: at, clerk, is, it, lamp, ledger, she
2: boats, book, crates, does, each, else, every, holds, keeper, keeps, log, number, only, pen, where, who, with, would, write, writes
@stderr
wordcount: cannot read examples/mutexes/data/missing.txt (NoSuchFileException)
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
