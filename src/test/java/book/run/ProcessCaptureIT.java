package book.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The timeout fires even when the caller is a virtual thread and the hung process keeps its pipes open. The test
 * JVM's scheduler has no spare carrier (see pom.xml), so a runner that read the pipes in virtual threads would
 * leave the caller parked past its deadline until the process ended. A run whose JVM found its performance counters'
 * file locked (HotSpot's warning, not the program's output) runs again.
 */
class ProcessCaptureIT {

    /** Seconds the hung processes sleep: longer than any allowance a loaded machine gets. */
    private static final int HUNG = 3600;

    @Test
    void timeoutFiresForAVirtualCallerWhileThePipesStayOpen() throws InterruptedException {
        var result = new AtomicReference<CapturedRun>();
        Thread caller = Thread.ofVirtual().start(() -> result.set(ProcessCapture.run(
                List.of("bash", "-c", "echo started; exec sleep " + HUNG), Path.of("."), Map.of(), Duration.ofSeconds(1))));
        Duration allowed = allowance();
        caller.join(allowed.plusSeconds(10));
        CapturedRun run = result.get();
        assertTrue(run != null, "ProcessCapture.run was still waiting " + allowed.plusSeconds(10) + " after a timeout of 1 s");
        assertTrue(run.timedOut());
        assertEquals(List.of("started"), run.stdout());
        assertTrue(run.wall().compareTo(allowed) < 0, "took " + run.wall() + ", allowed " + allowed);
    }

    @Test
    void capturesBothStreamsAndTheExitCode() {
        CapturedRun run = ProcessCapture.run(List.of("bash", "-c", "echo out; echo err >&2; exit 3"), Path.of("."),
                Map.of(), Duration.ofSeconds(30));
        assertEquals(List.of("out"), run.stdout());
        assertEquals(List.of("err"), run.stderr());
        assertEquals(3, run.exitCode());
        assertTrue(!run.timedOut());
    }
    @Test
    void mergedRunKeepsTheOrderInWhichBothStreamsWereWritten() {
        CapturedRun run = ProcessCapture.runMerged(List.of("bash", "-c",
                "echo out; echo err >&2; echo out again; echo err again >&2; exit 3"), Path.of("."), Map.of(),
                Duration.ofSeconds(30));
        assertEquals(List.of("out", "err", "out again", "err again"), run.stdout());
        assertEquals(List.of(), run.stderr());
        assertEquals(3, run.exitCode());
        assertTrue(!run.timedOut());
    }

    @Test
    void mergedRunTimesOutForAVirtualCallerWhileThePipeStaysOpen() throws InterruptedException {
        var result = new AtomicReference<CapturedRun>();
        Thread caller = Thread.ofVirtual().start(() -> result.set(ProcessCapture.runMerged(
                List.of("bash", "-c", "echo started; echo failing >&2; exec sleep " + HUNG), Path.of("."), Map.of(),
                Duration.ofSeconds(1))));
        Duration allowed = allowance();
        caller.join(allowed.plusSeconds(10));
        CapturedRun run = result.get();
        assertTrue(run != null, "ProcessCapture.runMerged was still waiting " + allowed.plusSeconds(10) + " after a timeout of 1 s");
        assertTrue(run.timedOut());
        assertEquals(List.of("started", "failing"), run.stdout());
        assertTrue(run.wall().compareTo(allowed) < 0, "took " + run.wall() + ", allowed " + allowed);
    }

    /**
     * How long a run with a timeout of 1 s may take: 20 s on a quiet machine, plus twenty times what starting and
     * reaping a process that does nothing takes on this machine now (milliseconds quiet, a second or more at load
     * 50), so that a loaded machine is not mistaken for a timeout that did not fire. The hung process sleeps for
     * far longer ({@link #HUNG} s), so a runner that waits for it still fails.
     */
    private static Duration allowance() {
        CapturedRun nothing = ProcessCapture.run(List.of("true"), Path.of("."), Map.of(), Duration.ofSeconds(60));
        return Duration.ofSeconds(20).plus(nothing.wall().multipliedBy(20));
    }

    @Test
    void aRunWhoseJvmFoundItsPerfCountersFileLockedRunsAgain(@TempDir Path dir) throws IOException {
        String warning = "[0.005s][warning][perf,memops] Cannot use file /tmp/hsperfdata_root/14904 because it is locked"
                + " by another process (errno = 11)";
        // HotSpot's warning in the first run only: the second run is the result.
        String once = "echo x >> runs; if [ -e warned ]; then echo ran again; else touch warned; echo '" + warning
                + "'; echo ran once; fi";
        assertEquals(List.of("ran again"), ProcessCapture.run(List.of("bash", "-c", once), dir, Map.of(),
                Duration.ofSeconds(30)).stdout());
        assertEquals(2, Files.readAllLines(dir.resolve("runs")).size());
        // In every run: the last is the result, the warning still in it, for the check to fail on.
        Files.delete(dir.resolve("runs"));
        CapturedRun always = ProcessCapture.run(List.of("bash", "-c", "echo x >> runs; echo '" + warning + "' >&2"),
                dir, Map.of(), Duration.ofSeconds(30));
        assertEquals(List.of(warning), always.stderr());
        assertEquals(ProcessCapture.ATTEMPTS, Files.readAllLines(dir.resolve("runs")).size());
        // A program's own line that says the same words is its output: one run.
        Files.delete(dir.resolve("runs"));
        String own = "Cannot use file /tmp/hsperfdata_root/1 because it is locked by another process";
        assertEquals(List.of(own), ProcessCapture.run(List.of("bash", "-c", "echo x >> runs; echo '" + own + "'"), dir,
                Map.of(), Duration.ofSeconds(30)).stdout());
        assertEquals(1, Files.readAllLines(dir.resolve("runs")).size());
        // Run by Slots, the void run is in the schedule and its summary.
        Files.delete(dir.resolve("warned"));
        var slots = new Slots(1);
        slots.use(Slots.Demand.TIMED, new Schedule.Job("warns", Schedule.Purpose.FIRST, "run"),
                () -> ProcessCapture.run(List.of("bash", "-c", once), dir, Map.of(), Duration.ofSeconds(30)));
        slots.schedule().write(dir.resolve("schedule"), 1);
        String summary = Files.readString(dir.resolve("schedule/summary.txt"));
        assertTrue(summary.contains("ran again: 1 void run, warns run (a JVM found its performance counters' file"
                + " locked)"), summary);
    }
}
