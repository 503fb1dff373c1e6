package book.timeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Records {@code src/test/fixtures/timeline/Fixture.java} once per test run, through {@link Recorder}, exactly as the
 * book records an example with {@code @timeline}: a sleeper, a waiter parked on a latch, and a virtual thread cut
 * off by the JVM's exit.
 */
final class FixtureRecording {

    record Output(List<String> stdout, List<String> stderr, int exitCode, Path recording, String command) {
    }

    private static Output output;

    private FixtureRecording() {
    }

    static synchronized Output get() {
        if (output == null) {
            output = record();
        }
        return output;
    }

    private static Output record() {
        Path root = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();
        Path temporary;
        try {
            temporary = Files.createTempDirectory("timeline-fixture");
            var recorder = Recorder.of(temporary, "timeline/Fixture");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            // With JVM options after the executable, as JBang prints a script's //RUNTIME_OPTIONS, which the recorder's
            // own must not displace: C1 alone and the serial collector, for a run that compiles its source and sleeps
            // (1.4 to 0.8 CPU seconds; the recording shows the same threads in the same states).
            String command = recorder.command(java + " -XX:TieredStopAtLevel=1 -XX:+UseSerialGC "
                    + root.resolve("src/test/fixtures/timeline/Fixture.java"));
            Process process = new ProcessBuilder("bash", "-c", "exec " + command)
                    .redirectOutput(temporary.resolve("out.txt").toFile())
                    .redirectError(temporary.resolve("err.txt").toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the timeline fixture did not finish in 60 s");
            }
            return new Output(Files.readAllLines(temporary.resolve("out.txt")),
                    Files.readAllLines(temporary.resolve("err.txt")), process.exitValue(), recorder.recording(), command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
