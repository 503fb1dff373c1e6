package book.run;

import org.junit.jupiter.api.Test;

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
 * leave the caller parked past its deadline until the process ended.
 */
class ProcessCaptureIT {

    @Test
    void timeoutFiresForAVirtualCallerWhileThePipesStayOpen() throws InterruptedException {
        var result = new AtomicReference<CapturedRun>();
        Thread caller = Thread.ofVirtual().start(() -> result.set(ProcessCapture.run(
                List.of("bash", "-c", "echo started; exec sleep 60"), Path.of("."), Map.of(), Duration.ofSeconds(1))));
        caller.join(Duration.ofSeconds(30));
        CapturedRun run = result.get();
        assertTrue(run != null, "ProcessCapture.run was still waiting 30 s after a timeout of 1 s");
        assertTrue(run.timedOut());
        assertEquals(List.of("started"), run.stdout());
        assertTrue(run.wall().compareTo(Duration.ofSeconds(20)) < 0, "took " + run.wall());
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
                List.of("bash", "-c", "echo started; echo failing >&2; exec sleep 60"), Path.of("."), Map.of(),
                Duration.ofSeconds(1))));
        caller.join(Duration.ofSeconds(30));
        CapturedRun run = result.get();
        assertTrue(run != null, "ProcessCapture.runMerged was still waiting 30 s after a timeout of 1 s");
        assertTrue(run.timedOut());
        assertEquals(List.of("started", "failing"), run.stdout());
        assertTrue(run.wall().compareTo(Duration.ofSeconds(20)) < 0, "took " + run.wall());
    }
}
