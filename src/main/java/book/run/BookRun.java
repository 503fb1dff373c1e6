package book.run;

import book.find.Example;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a list of examples in the background, side by side as far as their checks allow, and
 * hands out each result as soon as it is ready.
 *
 * <p>{@code try (var run = BookRun.start(examples, runner, store, 2)) { run.await(example); }}
 */
public final class BookRun implements AutoCloseable {

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<Example, Future<RunResult>> results = new LinkedHashMap<>();

    private BookRun() {
    }

    /**
     * Starts every example now, in order, at most {@code parallelism} at a time; each result is saved to the store.
     * With {@code reuse}, an example whose stored result passed with the fingerprint it has now is not run again,
     * the way Go's test cache skips a test whose inputs did not change.
     */
    public static BookRun start(List<Example> examples, ExampleRunner runner, ResultStore store, int parallelism,
                                boolean reuse) {
        var run = new BookRun();
        var slots = new Slots(parallelism);
        for (Example example : examples) {
            run.results.put(example, run.executor.submit(() -> {
                if (reuse) {
                    var previous = store.load(example.id())
                            .filter(RunResult::passed)
                            .filter(result -> ExampleRunner.fingerprint(example).orElse("").equals(result.fingerprint()));
                    if (previous.isPresent()) {
                        return previous.get();
                    }
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
