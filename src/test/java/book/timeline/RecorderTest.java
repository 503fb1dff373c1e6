package book.timeline;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The recorder's command line and its error for a run without recording; {@link RecorderIT} records a real run. */
class RecorderTest {

    @Test
    void theOptionsFollowTheJavaExecutable() {
        var recorder = Recorder.of(Path.of("/tmp/book"), "demo/Demo");
        String command = recorder.command("/jdk/bin/java -classpath a.jar Demo");
        assertTrue(command.startsWith("/jdk/bin/java -Xlog:jfr+startup=off '-XX:StartFlightRecording=settings="
                + "/tmp/book/target/book/recordings/demo/Demo.jfc,filename=/tmp/book/target/book/recordings/demo/Demo.jfr'"
                + " -classpath a.jar Demo"), command);
        assertEquals("'/my jdk/bin/java'".length(), Recorder.firstWordEnd("'/my jdk/bin/java' -classpath a.jar Demo"));
    }

    @Test
    void aRunThatWroteNoRecordingIsAnError() {
        var recorder = Recorder.of(Path.of("/nonexistent"), "demo/Missing");
        var error = assertThrows(IllegalStateException.class, recorder::draw);
        assertTrue(error.getMessage().startsWith("demo/Missing: @timeline, but the run wrote no recording"),
                error.getMessage());
    }
}
