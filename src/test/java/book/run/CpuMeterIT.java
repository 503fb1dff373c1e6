package book.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The meter sees a process that computes, or whose child computes, as busy and one that sleeps as idle; a meter of
 * given processes sees those alone, whatever else this JVM runs; the JVM's own meter sees every child. Other test
 * classes start processes meanwhile (the integration tests run two classes at a time): only the JVM-wide meter sees
 * them, and it is only asked for a lower bound.
 */
class CpuMeterIT {

    private static final Duration WINDOW = Duration.ofMillis(500);

    @Test
    void aWatchedComputingProcessWantsACoreASleepingOneNoneAndOthersAreNotSeen() throws Exception {
        Set<Long> watched = ConcurrentHashMap.newKeySet();
        var meter = new CpuMeter(WINDOW.toNanos(), () -> Set.copyOf(watched));
        Process sleeper = new ProcessBuilder("sleep", "5").start();
        Process unwatched = spinner();
        try {
            watched.add(sleeper.pid());
            double idle = measure(meter);
            assertTrue(idle < 0.25, "a sleeping process, beside a spinning one not watched, counted as " + idle + " cores");
        } finally {
            unwatched.destroyForcibly().waitFor();
        }
        // The spinning is done by the watched process's child: a process counts with what it started.
        Process spinner = new ProcessBuilder("bash", "-c", "while :; do :; done & wait").start();
        try {
            watched.add(spinner.pid());
            double busy = measure(meter);
            assertTrue(busy > 0.75, "a watched process whose child spins counted as " + busy + " cores");
        } finally {
            spinner.descendants().forEach(ProcessHandle::destroyForcibly);
            spinner.destroyForcibly().waitFor();
            sleeper.destroyForcibly().waitFor();
        }
    }

    @Test
    void theJvmsMeterSeesEveryChild() throws Exception {
        var meter = new CpuMeter(WINDOW.toNanos());
        Process spinner = spinner();
        try {
            double busy = measure(meter);
            assertTrue(busy > 0.75, "a spinning child of this JVM counted as " + busy + " cores");
        } finally {
            spinner.destroyForcibly().waitFor();
        }
    }

    private static Process spinner() throws Exception {
        return new ProcessBuilder("bash", "-c", "while :; do :; done").start();
    }

    /** Two samples a window apart: the second covers only that window. */
    private static double measure(CpuMeter meter) throws InterruptedException {
        meter.cores();
        Thread.sleep(WINDOW.toMillis() + 100);
        return meter.cores();
    }
}
