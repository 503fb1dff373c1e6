package book.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures how many cores this JVM's descendant processes (the examples, JBang) wanted lately: the time their
 * threads ran plus, on Linux, the time they waited for a core ({@code /proc/PID/task/TID/schedstat}), so that a
 * busy example counts as busy even on a machine so loaded that it hardly gets to run.
 *
 * <p>{@code new CpuMeter(300_000_000).cores()} returns 1.4 while one example starts up and another computes.
 */
final class CpuMeter {

    private static final Path PROC = Path.of("/proc");

    private final long windowNanos;
    private final Map<Long, Long> demandByPid = new HashMap<>();
    private long sampledAt;
    /** When the last complete window began: the sample before the last one; 0 before there were two. */
    private long windowStart;
    private double cores;

    /** @param windowNanos how long a measurement lasts: a new sample is taken at most once per window */
    CpuMeter(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** The cores wanted over the last complete window; a process that ended within it no longer counts. */
    double cores() {
        sample();
        return cores;
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
            long wanted = 0;
            var seen = new HashMap<Long, Long>();
            for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
                long demand = demand(process);
                seen.put(process.pid(), demand);
                wanted += Math.max(0, demand - demandByPid.getOrDefault(process.pid(), 0L));
            }
            if (sampledAt != 0) {
                cores = wanted / (double) (now - sampledAt);
                windowStart = sampledAt;
            }
            demandByPid.clear();
            demandByPid.putAll(seen);
            sampledAt = now;
        }
    }

    /** Nanoseconds the process ran or waited to run, since it started; its CPU time where there is no /proc. */
    private static long demand(ProcessHandle process) {
        Path tasks = PROC.resolve(Long.toString(process.pid())).resolve("task");
        if (Files.isDirectory(tasks)) {
            long total = 0;
            try (var threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    total += schedstat(thread.resolve("schedstat"));
                }
                return total;
            } catch (IOException e) {
                // The process ended while it was read; its CPU time below is as good.
            }
        }
        return process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** The first two fields of a thread's schedstat: time on a core and time waiting for one. */
    private static long schedstat(Path file) {
        try {
            String[] fields = Files.readString(file).strip().split(" ");
            return Long.parseLong(fields[0]) + Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
