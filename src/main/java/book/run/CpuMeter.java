package book.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Measures how many cores this JVM's descendant processes (the examples, JBang) used lately, from the
 * operating system's process table.
 *
 * <p>{@code new CpuMeter(300_000_000).cores()} returns 1.4 while one example starts up and another computes.
 */
final class CpuMeter {

    private final long windowNanos;
    private final Map<Long, Long> cpuByPid = new HashMap<>();
    private long sampledAt;
    private double cores;

    /** @param windowNanos how long a measurement lasts: a new sample is taken at most once per window */
    CpuMeter(long windowNanos) {
        this.windowNanos = windowNanos;
    }

    /** The cores in use over the last complete window; a process that ended within it no longer counts. */
    double cores() {
        long now = System.nanoTime();
        if (sampledAt == 0 || now - sampledAt >= windowNanos) {
            long used = 0;
            var seen = new HashMap<Long, Long>();
            for (ProcessHandle process : ProcessHandle.current().descendants().toList()) {
                long cpu = process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
                seen.put(process.pid(), cpu);
                used += Math.max(0, cpu - cpuByPid.getOrDefault(process.pid(), 0L));
            }
            if (sampledAt != 0) {
                cores = used / (double) (now - sampledAt);
            }
            cpuByPid.clear();
            cpuByPid.putAll(seen);
            sampledAt = now;
        }
        return cores;
    }
}
