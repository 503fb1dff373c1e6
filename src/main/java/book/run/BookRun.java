package book.run;

import book.find.Example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * Runs a list of examples in the background, side by side as far as their checks allow, and
 * hands out each result as soon as it is ready.
 *
 * <p>{@code try (var run = BookRun.start(examples, runner, store, 2, RunResult::passed)) { run.await(example); }}
 */
public final class BookRun implements AutoCloseable {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Example, Future<RunResult>> results = new LinkedHashMap<>();

    private BookRun() {
    }

    /**
     * Starts every example now, in order, at most {@code parallelism} at a time; each result is saved to the store.
     * An example whose stored result has the fingerprint the example has now, and is {@code reusable}, is not run
     * again, the way Go's test cache skips a test whose inputs did not change.
     */
    public static BookRun start(List<Example> examples, ExampleRunner runner, ResultStore store, int parallelism,
                                Predicate<RunResult> reusable) {
        var run = new BookRun();
        var slots = new Slots(parallelism);
        for (Example example : examples) {
            run.results.put(example, run.executor.submit(() -> {
                var previous = store.load(example.id())
                        .filter(reusable)
                        .filter(result -> ExampleRunner.fingerprint(example).orElse("").equals(result.fingerprint()));
                if (previous.isPresent()) {
                    return previous.get();
                }
                RunResult result = runner.run(example, slots);
                store.save(result);
                return result;
            }));
        }
        return run;
    }

    /** Waits for the example's result. */
    public RunResult await(Example example) throws InterruptedException {
        Future<RunResult> result = results.get(example);
        if (result == null) {
            throw new IllegalArgumentException("not part of this run: " + example.id());
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the runner failed on " + example.id(), e.getCause());
        }
    }

    @Override
    public void close() {
        executor.close();
    }
}
