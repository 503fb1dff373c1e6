package book.timeline;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run recorded with Flight Recorder prints only what the program prints, and leaves its recording. */
class RecorderIT {

    @Test
    void aRecordedRunPrintsOnlyWhatTheProgramPrints() {
        var run = FixtureRecording.get();
        assertEquals(List.of("done"), run.stdout());
        assertEquals(List.of(), run.stderr());
        assertEquals(0, run.exitCode());
        assertTrue(Files.isRegularFile(run.recording()), run.command());
    }
}
