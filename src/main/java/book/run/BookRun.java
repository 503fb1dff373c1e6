package book.run;

import book.find.Example;

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
 * hands out each result as soon as it is ready; or several lists, {@link Part}s, of examples or of other jobs that
 * start processes through the same {@link Slots} (Go programs, javac's release checks), as one run.
 *
 * <p>{@code try (var run = BookRun.start(examples, runner, store, scheduleDir, 2, RunResult::passed)) {
 * run.await(example); }}
 */
public final class BookRun implements AutoCloseable {

    /** Platform threads: each waits for a process, and a virtual one could miss its timeout (see ProcessCapture). */
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofPlatform().daemon().name("example-", 1).factory());
    private final Map<Object, Future<RunResult>> results = new LinkedHashMap<>();

    private BookRun() {
    }

    /**
     * One list of entries in a run (examples, Go programs, ...): how they run, where their results go, and which
     * stored results stand.
     *
     * @param reusable whether a stored result whose fingerprint the entry still has stands instead of a new run
     */
    public record Part<T>(List<T> entries, PartRunner<T> runner, ResultStore store, Predicate<RunResult> reusable) {

        public Part {
            entries = List.copyOf(entries);
        }
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
        return start(List.of(new Part<>(examples, runner, store, reusable)), scheduleDirectory, cores);
    }

    /**
     * Starts the entries of every part as one run, as {@link #start(List, ExampleRunner, ResultStore, Path, int,
     * Predicate)} starts one list of examples: one plan and one {@link Slots} for all of them, so that one part's
     * entries use the cores another's leave idle (the must-fail fixtures, the Go programs and the release checks
     * beside the book's sleeping examples), each entry run, stored and reused as its part says. No two entries of the
     * parts may have the same id.
     */
    public static BookRun start(List<? extends Part<?>> parts, Path scheduleDirectory, int cores) {
        var lastSeconds = new HashMap<String, Double>();
        var demands = new LinkedHashMap<String, Slots.Demand>();
        var schedule = new Schedule();
        for (Part<?> part : parts) {
            plan(part, lastSeconds, demands);
            kinds(part, schedule);
        }
        List<String> plan = plan(demands, lastSeconds);
        var slots = new Slots(cores, schedule, plan, plan.stream()
                .filter(id -> demands.get(id) == Slots.Demand.ALONE).collect(Collectors.toSet()));
        var remaining = new AtomicInteger(plan.size());
        if (plan.isEmpty()) {
            writeSchedule(schedule, scheduleDirectory, cores);
        }
        Runnable finished = () -> {
            if (remaining.decrementAndGet() == 0) {
                writeSchedule(schedule, scheduleDirectory, cores);
            }
        };
        var run = new BookRun();
        var starts = new HashMap<String, Runnable>();
        for (Part<?> part : parts) {
            starts.putAll(run.starts(part, slots, finished));
        }
        plan.forEach(id -> starts.get(id).run());
        return run;
    }

    /** Tells the schedule what each of the part's entries is, for its summary. */
    private static <T> void kinds(Part<T> part, Schedule schedule) {
        for (T entry : part.entries()) {
            schedule.kind(part.runner().id(entry), part.runner().kind());
        }
    }

    /** Puts the part's entries' demands, and the seconds of their stored results, where the plan is made from. */
    private static <T> void plan(Part<T> part, Map<String, Double> lastSeconds, Map<String, Slots.Demand> demands) {
        for (T entry : part.entries()) {
            String id = part.runner().id(entry);
            if (demands.put(id, part.runner().demand(entry)) != null) {
                throw new IllegalArgumentException("two examples of one run have the id " + id);
            }
            lastSeconds.put(id, part.store().load(id)
                    .map(result -> result.seconds() * Math.max(1, result.runs())).orElse(0.0));
        }
    }

    /**
     * What starts each entry of the part, by id: its stored result, when that has the fingerprint the entry has now
     * and is {@code reusable}; otherwise (also when the entry has no fingerprint) a new run, whose result is saved.
     */
    private <T> Map<String, Runnable> starts(Part<T> part, Slots slots, Runnable finished) {
        var starts = new HashMap<String, Runnable>();
        for (T entry : part.entries()) {
            String id = part.runner().id(entry);
            starts.put(id, () -> results.put(entry, executor.submit(() -> {
                try {
                    var previous = part.store().load(id)
                            .filter(part.reusable())
                            .filter(result -> part.runner().currentFingerprint(entry)
                                    .filter(result.fingerprint()::equals).isPresent());
                    if (previous.isPresent()) {
                        return previous.get();
                    }
                    RunResult result = part.runner().run(entry, slots);
                    part.store().save(result);
                    return result;
                } finally {
                    slots.finished(id);
                    finished.run();
                }
            })));
        }
        return starts;
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

    /** Waits for the result of an entry of one of the run's parts. */
    public RunResult await(Object entry) throws InterruptedException {
        Future<RunResult> result = results.get(entry);
        if (result == null) {
            throw new IllegalArgumentException("not part of this run: " + entry);
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the runner failed on " + entry, e.getCause());
        }
    }

    @Override
    public void close() {
        executor.close();
    }
}
