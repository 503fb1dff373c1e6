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
     * One list of examples in a run: how they run, where their results go, and which stored results stand.
     *
     * @param reusable whether a stored result whose fingerprint the example still has stands instead of a new run
     */
    public record Part(List<Example> examples, ExampleRunner runner, ResultStore store,
                       Predicate<RunResult> reusable) {
    }

    /**
     * Starts every example now, keeping at most {@code cores} cores busy (see {@link Slots}); each result is saved
     * to the store. The examples start in the order of {@link #plan}, and each example's later runs keep its place
     * instead of queueing behind every other example.
     * An example whose stored result has the fingerprint the example has now, and is {@code reusable}, is not run
     * again, the way Go's test cache skips a test whose inputs did not change.
     * When the last example is done, the run's {@link Schedule} goes to {@code scheduleDirectory}.
     */
    public static BookRun start(List<Example> examples, ExampleRunner runner, ResultStore store,
                                Path scheduleDirectory, int cores, Predicate<RunResult> reusable) {
        return start(List.of(new Part(examples, runner, store, reusable)), scheduleDirectory, cores);
    }

    /**
     * Starts the examples of every part as one run, as {@link #start(List, ExampleRunner, ResultStore, Path, int,
     * Predicate)} starts one list: one plan and one {@link Slots} for all of them, so that one part's examples use
     * the cores another's leave idle (the must-fail fixtures beside the book's sleeping examples), each example run,
     * stored and reused as its part says. No two examples of the parts may have the same id.
     */
    public static BookRun start(List<Part> parts, Path scheduleDirectory, int cores) {
        var run = new BookRun();
        var lastSeconds = new HashMap<String, Double>();
        var demands = new LinkedHashMap<String, Slots.Demand>();
        var byId = new HashMap<String, Example>();
        var partOf = new HashMap<String, Part>();
        for (Part part : parts) {
            for (Example example : part.examples()) {
                if (partOf.put(example.id(), part) != null) {
                    throw new IllegalArgumentException("two examples of one run have the id " + example.id());
                }
                byId.put(example.id(), example);
                lastSeconds.put(example.id(), part.store().load(example.id())
                        .map(result -> result.seconds() * Math.max(1, result.runs())).orElse(0.0));
                demands.put(example.id(), demand(example));
            }
        }
        List<String> plan = plan(demands, lastSeconds);
        var order = plan.stream().map(byId::get).toList();
        var schedule = new Schedule();
        var slots = new Slots(cores, schedule, plan, plan.stream()
                .filter(id -> demands.get(id) == Slots.Demand.ALONE).collect(Collectors.toSet()));
        var remaining = new AtomicInteger(order.size());
        if (order.isEmpty()) {
            writeSchedule(schedule, scheduleDirectory, cores);
        }
        for (Example example : order) {
            Part part = partOf.get(example.id());
            run.results.put(example, run.executor.submit(() -> {
                try {
                    var previous = part.store().load(example.id())
                            .filter(part.reusable())
                            .filter(result -> ExampleRunner.fingerprint(example).orElse("").equals(result.fingerprint()));
                    if (previous.isPresent()) {
                        return previous.get();
                    }
                    RunResult result = part.runner().run(example, slots);
                    part.store().save(result);
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

    /**
     * The order in which the examples start: the ALONE ones first, while the machine is quiet; then the TIMED ones, so
     * that they overlap one another, the longest chain of the run; then the rest, on the cores they leave idle. Within each,
     * the longest first by its last result ({@code seconds}, 0 when there is none), so that the long ones overlap with
     * everything after them; ties keep the catalogue's order.
     */
    static List<String> plan(Map<String, Slots.Demand> demands, Map<String, Double> seconds) {
        var plan = new ArrayList<>(demands.keySet());
        plan.sort(Comparator.comparing((String id) -> rank(demands.get(id)))
                .thenComparing(id -> -seconds.getOrDefault(id, 0.0)));
        return plan;
    }

    private static int rank(Slots.Demand demand) {
        return switch (demand) {
            case ALONE -> 0;
            case TIMED -> 1;
            case SHARED -> 2;
        };
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
