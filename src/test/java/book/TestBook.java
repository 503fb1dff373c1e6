package book;

import book.run.ResultStore;
import book.run.RunResult;

import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * The settings of a test run, read from the system properties that Maven passes on:
 * {@code book.only} (a chapter or example filter), {@code book.update} (rewrite sample outputs),
 * {@code book.parallelism} (cores the running examples may keep busy, default: all of them); and from the environment,
 * {@code CI=true}, under which every example runs even when its last result is still current.
 */
record TestBook(Path root, String only, boolean updating, int parallelism, boolean continuousIntegration) {

    static TestBook fromSystemProperties() {
        Path root = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();
        int cores = Runtime.getRuntime().availableProcessors();
        return new TestBook(root,
                System.getProperty("book.only", ""),
                Boolean.parseBoolean(System.getProperty("book.update", "false")),
                Integer.getInteger("book.parallelism", cores),
                "true".equalsIgnoreCase(System.getenv("CI")));
    }

    /** Which stored results a run may reuse when their inputs did not change: none on CI or when rewriting samples. */
    Predicate<RunResult> reusable(Predicate<RunResult> whenCurrent) {
        return continuousIntegration || updating ? result -> false : whenCurrent;
    }

    /** Where the book's results go, for the site renderer to pick up. */
    ResultStore results() {
        return new ResultStore(Path.of(System.getProperty("book.results", root.resolve("target/book/results").toString())));
    }

    /** Where the must-fail fixtures' results go, away from the book's. */
    ResultStore fixtureResults() {
        return new ResultStore(root.resolve("target/book/fixture-results"));
    }
}
