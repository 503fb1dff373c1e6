package book.expect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's standard output into a script's {@code /* Sample output:} comment; the {@code /* Output:} comment
 * is never changed.
 *
 * <p>{@code Files.writeString(script, SampleRewriter.rewrite(Files.readString(script), stdoutLines));}
 */
public final class SampleRewriter {

    private SampleRewriter() {
    }

    /**
     * Returns the source with its Sample output comment replaced by (or, when absent, a new one appended after the
     * Output comment holding) the given stdout lines, without trailing white space and trailing empty lines.
     */
    public static String rewrite(String source, List<String> stdout) {
        String newline = source.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(List.of(source.split("\\R", -1)));
        ScriptComments comments = ScriptComments.find(Path.of("(script)"), lines);
        List<String> sample = new ArrayList<>();
        sample.add(ScriptComments.SAMPLE);
        for (String line : stdout) {
            sample.add(line.stripTrailing());
        }
        while (sample.size() > 1 && sample.getLast().isEmpty()) {
            sample.removeLast();
        }
        sample.add(ScriptComments.CLOSE);
        if (comments.sample() != null) {
            lines.subList(comments.sample().open(), comments.sample().close() + 1).clear();
            lines.addAll(comments.sample().open(), sample);
        } else {
            sample.addFirst("");
            lines.addAll(comments.output().close() + 1, sample);
        }
        return String.join(newline, lines);
    }
}
