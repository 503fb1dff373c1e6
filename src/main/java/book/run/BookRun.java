package book.run;

import book.expect.ExpectationParser;
import book.expect.ExpectationSyntaxException;
import book.find.Example;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Runs a list of examples in the background, side by side as far as their checks allow, and
 * hands out each result as soon as it is ready.
 *
 * <p>{@code try (var run = BookRun.start(examples, runner, store, scheduleDir, 2, RunResult::passed)) {
 * run.await(example); }}
 */
public final class BookRun implements AutoCloseable {

    /** Platform threads: each waits for a process, and a virtual one could miss its timeout (see ProcessCapture). */
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("example-", 1).factory());
    private final Map<Example, Future<RunResult>> results = new LinkedHashMap<>();

    private BookRun() {
    }

    /**
     * Starts every example now, keeping at most {@code cores} cores busy (see {@link Slots}); each result is saved
     * to the store. Examples that need the machine to themselves run first, all their runs, while it is quiet; then
     * the others start longest first, by their last result's runs, so that the long sleepers overlap with all the
     * rest, and each example's later runs keep its place instead of queueing behind every other example.
     * An example whose stored result has the fingerprint the example has now, and is {@code reusable}, is not run
     * again, the way Go's test cache skips a test whose inputs did not change.
     * When the last example is done, the run's {@link Schedule} goes to {@code scheduleDirectory}.
     */
    public static BookRun start(List<Example> examples, ExampleRunner runner, ResultStore store,
                                Path scheduleDirectory, int cores, Predicate<RunResult> reusable) {
        var run = new BookRun();
        var lastSeconds = new HashMap<Example, Double>();
        var alone = new HashMap<Example, Boolean>();
        for (Example example : examples) {
            lastSeconds.put(example, store.load(example.id())
                    .map(result -> result.seconds() * Math.max(1, result.runs())).orElse(0.0));
            alone.put(example, demand(example) == Slots.Demand.ALONE);
        }
        var order = new ArrayList<>(examples);
        order.sort(Comparator.comparing((Example example) -> !alone.get(example))
                .thenComparing(example -> -lastSeconds.get(example)));
        var schedule = new Schedule();
        var slots = new Slots(cores, schedule, order.stream().map(Example::id).toList(),
                order.stream().filter(alone::get).map(Example::id).collect(Collectors.toSet()));
        var remaining = new AtomicInteger(examples.size());
        if (examples.isEmpty()) {
            writeSchedule(schedule, scheduleDirectory, cores);
        }
        for (Example example : order) {
            run.results.put(example, run.executor.submit(() -> {
                try {
                    var previous = store.load(example.id())
                            .filter(reusable)
                            .filter(result -> ExampleRunner.fingerprint(example).orElse("").equals(result.fingerprint()));
                    if (previous.isPresent()) {
                        return previous.get();
                    }
                    RunResult result = runner.run(example, slots);
                    store.save(result);
                    return result;
                } finally {
                    slots.finished(example.id());
                    if (remaining.decrementAndGet() == 0) {
                        writeSchedule(schedule, scheduleDirectory, cores);
                    }
                }
            }));
        }
        return run;
    }

    /** The schedule is a measurement: failing to write it is said, but fails no example. */
    private static void writeSchedule(Schedule schedule, Path directory, int cores) {
        try {
            schedule.write(directory, cores);
        } catch (RuntimeException e) {
            System.err.println("the schedule of this run could not be written to " + directory + ": " + e);
        }
    }

    private static Slots.Demand demand(Example example) {
        try {
            return Slots.Demand.of(ExpectationParser.parse(example.script(), Files.readString(example.file())));
        } catch (ExpectationSyntaxException | IOException e) {
            return Slots.Demand.SHARED;
        }
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
