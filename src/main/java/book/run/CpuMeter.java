package book.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Measures how many cores this JVM's descendant processes (the examples, JBang) wanted lately: the time their
 * threads ran plus, on Linux, the time they waited for a core ({@code /proc/PID/task/TID/schedstat}), so that a
 * busy example counts as busy even on a machine so loaded that it hardly gets to run.
 *
 * <p>It measures what each child process of this JVM wants, with the processes that child started counted as its
 * own; or, made with the processes it is to watch, only those and theirs: a test that starts processes beside other
 * tests' processes (Chromium, JBang) then measures its own alone, the whole of its own whatever else runs.
 *
 * <p>{@code new CpuMeter(300_000_000).cores()} returns 1.4 while one example starts up and another computes.
 */
final class CpuMeter {

    private static final Path PROC = Path.of("/proc");

    private final long windowNanos;
    /** The processes measured, each with its descendants; {@code null}: every child of this JVM. */
    private final Supplier<Set<Long>> watched;
    private final Map<Long, Long> demandByPid = new HashMap<>();
    private final Map<Long, Long> waitedByPid = new HashMap<>();
    /** The cores wanted over the last complete window by each child of this JVM, its own descendants included. */
    private Map<Long, Double> coresByChild = Map.of();
    /** The cores' worth of time each child of this JVM, its own descendants included, waited over that window. */
    private Map<Long, Double> waitingByChild = Map.of();
    private long sampledAt;
    /** When the last complete window began: the sample before the last one; 0 before there were two. */
    private long windowStart;
    private double cores;

    /** @param windowNanos how long a measurement lasts: a new sample is taken at most once per window */
    CpuMeter(long windowNanos) {
        this(windowNanos, null);
    }

    /**
     * A meter of the processes {@code watched} returns at each sample and the processes they started: a process
     * that descends from none of them is not measured.
     */
    CpuMeter(long windowNanos, Supplier<Set<Long>> watched) {
        this.windowNanos = windowNanos;
        this.watched = watched;
    }

    /** The cores wanted over the last complete window; a process that ended within it no longer counts. */
    double cores() {
        sample();
        return cores;
    }

    /**
     * The cores wanted over the last complete window by each child process of this JVM (each watched process), with
     * the processes it started counted as its own; they add up to {@link #cores()}.
     */
    Map<Long, Double> coresByChild() {
        sample();
        return coresByChild;
    }

    /**
     * The cores' worth of time each child process of this JVM (each watched process), with the processes it started,
     * spent waiting for a core over the last complete window: more than a little means the machine has fewer free
     * cores than that child wants, because of this JVM's other children or of other work. Empty where there is no
     * /proc.
     */
    Map<Long, Double> waitingByChild() {
        sample();
        return waitingByChild;
    }

    /**
     * The {@link System#nanoTime()} at which the last complete window began, after a sample: a process started
     * before it shows its whole use in {@link #cores()}; 0 while there is no complete window yet.
     */
    long windowStart() {
        sample();
        return windowStart;
    }

    private void sample() {
        long now = System.nanoTime();
        if (sampledAt == 0 || now - sampledAt >= windowNanos) {
            long self = ProcessHandle.current().pid();
            var wantedByChild = new HashMap<Long, Long>();
            var waitedByChild = new HashMap<Long, Long>();
            var parents = new HashMap<Long, Long>();
            var seen = new HashMap<Long, Long>();
            var seenWaited = new HashMap<Long, Long>();
            List<ProcessHandle> descendants = ProcessHandle.current().descendants().toList();
            for (ProcessHandle process : descendants) {
                process.parent().ifPresent(parent -> parents.put(process.pid(), parent.pid()));
            }
            Set<Long> units = watched == null ? null : watched.get();
            for (ProcessHandle process : descendants) {
                long unit = units == null ? child(process.pid(), parents, self) : watched(process.pid(), parents, units);
                if (unit < 0) {
                    continue;
                }
                long[] ranAndWaited = demand(process);
                long demand = ranAndWaited[0] + ranAndWaited[1];
                seen.put(process.pid(), demand);
                seenWaited.put(process.pid(), ranAndWaited[1]);
                long newlyWaited = Math.max(0, ranAndWaited[1] - waitedByPid.getOrDefault(process.pid(), 0L));
                waitedByChild.merge(unit, newlyWaited, Long::sum);
                wantedByChild.merge(unit,
                        Math.max(0, demand - demandByPid.getOrDefault(process.pid(), 0L)), Long::sum);
            }
            if (sampledAt != 0) {
                double window = now - sampledAt;
                var byChild = new HashMap<Long, Double>();
                wantedByChild.forEach((child, wanted) -> byChild.put(child, wanted / window));
                coresByChild = Map.copyOf(byChild);
                var waitingBy = new HashMap<Long, Double>();
                waitedByChild.forEach((child, waitedFor) -> waitingBy.put(child, waitedFor / window));
                waitingByChild = Map.copyOf(waitingBy);
                cores = byChild.values().stream().mapToDouble(Double::doubleValue).sum();
                windowStart = sampledAt;
            }
            demandByPid.clear();
            demandByPid.putAll(seen);
            waitedByPid.clear();
            waitedByPid.putAll(seenWaited);
            sampledAt = now;
        }
    }

    /** The child of this JVM ({@code self}) that {@code pid} descends from; itself when its parent is unknown. */
    static long child(long pid, Map<Long, Long> parents, long self) {
        long at = pid;
        for (int depth = 0; depth < 64; depth++) {
            Long parent = parents.get(at);
            if (parent == null || parent == self) {
                return at;
            }
            at = parent;
        }
        return at;
    }

    /** The process of {@code watched} that {@code pid} is or descends from; -1 when none. */
    static long watched(long pid, Map<Long, Long> parents, Set<Long> watched) {
        Long at = pid;
        for (int depth = 0; depth < 64 && at != null; depth++) {
            if (watched.contains(at)) {
                return at;
            }
            at = parents.get(at);
        }
        return -1;
    }

    /**
     * Nanoseconds the process's threads ran and waited to run, since it started; its CPU time, and no wait, where
     * there is no /proc.
     */
    private static long[] demand(ProcessHandle process) {
        Path tasks = PROC.resolve(Long.toString(process.pid())).resolve("task");
        if (Files.isDirectory(tasks)) {
            long[] total = new long[2];
            try (var threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    long[] one = schedstat(thread.resolve("schedstat"));
                    total[0] += one[0];
                    total[1] += one[1];
                }
                return total;
            } catch (IOException e) {
                // The process ended while it was read; its CPU time below is as good.
            }
        }
        return new long[]{process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L), 0};
    }

    /** The first two fields of a thread's schedstat: time on a core and time waiting for one. */
    private static long[] schedstat(Path file) {
        try {
            String[] fields = Files.readString(file).strip().split(" ");
            return new long[]{Long.parseLong(fields[0]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return new long[2];
        }
    }
}
