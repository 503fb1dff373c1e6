package book.timeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Records one example's run with Flight Recorder, using the book's settings file {@code book/timeline.jfc}, and
 * draws the recording as the example's timeline. The recorder writes nothing to the example's output: its start-up
 * message is switched off, and the recording goes to {@code target/book/recordings/<id>.jfr}, where it stays for
 * {@code jfr print} or JDK Mission Control.
 *
 * <p>{@code var recorder = Recorder.of(root, "goroutines/TenProcesses"); run(recorder.command(javaCommand));
 * String svg = recorder.draw();}
 */
public final class Recorder {

    private static final String SETTINGS = "/book/timeline.jfc";

    private final String id;
    private final Path recording;
    private final Path settings;

    private Recorder(String id, Path recording) {
        this.id = id;
        this.recording = recording;
        this.settings = recording.resolveSibling(recording.getFileName().toString().replaceFirst("\\.jfr$", ".jfc"));
    }

    /** A recorder for the example {@code id} of the book at {@code root}. */
    public static Recorder of(Path root, String id) {
        return new Recorder(id, root.resolve("target/book/recordings").resolve(id + ".jfr"));
    }

    /** Where the recording is written. */
    public Path recording() {
        return recording;
    }

    /**
     * The shell command {@code javaCommand} (as JBang prints it: the {@code java} executable first) with the options
     * that record the run; prepares the settings file and removes a recording left from an earlier run.
     */
    public String command(String javaCommand) {
        try {
            Files.createDirectories(recording.getParent());
            Files.deleteIfExists(recording);
            try (InputStream in = Recorder.class.getResourceAsStream(SETTINGS)) {
                if (in == null) {
                    throw new IllegalStateException("the settings file " + SETTINGS + " is not on the class path");
                }
                Files.write(settings, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the recording " + recording, e);
        }
        String options = String.join(" ", List.of("-Xlog:jfr+startup=off",
                quote("-XX:StartFlightRecording=settings=" + settings.toAbsolutePath() + ",filename="
                        + recording.toAbsolutePath())));
        int end = firstWordEnd(javaCommand);
        return javaCommand.substring(0, end) + " " + options + javaCommand.substring(end);
    }

    /** The timeline of the recorded run as SVG; fails naming the file when the JVM wrote no recording. */
    public String draw() {
        if (!Files.isRegularFile(recording)) {
            throw new IllegalStateException(id + ": @timeline, but the run wrote no recording to " + recording);
        }
        return TimelineSvg.draw(RecordingReader.read(recording), id);
    }

    /** The end of the first word of a shell command, which may be quoted. */
    static int firstWordEnd(String command) {
        char first = command.isEmpty() ? ' ' : command.charAt(0);
        if (first == '\'' || first == '"') {
            int close = command.indexOf(first, 1);
            return close < 0 ? command.length() : close + 1;
        }
        int space = command.indexOf(' ');
        return space < 0 ? command.length() : space;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
