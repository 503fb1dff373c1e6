package book.expect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The parsed expectation of one script: its run directives and the blocks its standard output and standard error
 * must match.
 *
 * <p>{@code Expectation e = ExpectationParser.parse(script, source); OutputMatcher.match(e.stdout(), lines, Map.of());}
 *
 * @param wall    the {@code @wall} bound, or null when absent
 * @param timeout the {@code @timeout}, 30 s when absent
 * @param stderr  when there is no {@code @stderr}, a block matching only empty output
 * @param sample  the lines of the {@code /* Sample output:} comment, or null when there is none
 * @param line    the script line of {@code /* Output:}
 * @param alone   whether {@code @alone} asks for the machine to itself
 * @param timeline whether {@code @timeline} asks for the run to be recorded with Flight Recorder and drawn
 */
public record Expectation(Path script, List<String> args, int exitCode, DurationRange wall, Duration timeout,
                          Block stdout, Block stderr, List<String> sample, int line, boolean alone,
                          boolean timeline) {

    public Expectation {
        args = List.copyOf(args);
        sample = sample == null ? null : List.copyOf(sample);
    }

    /** True when the expectation has a {@code @wall} bound or a {@code {duration}} range. */
    public boolean timingSensitive() {
        return wall != null || stdout.hasDurationRange() || stderr.hasDurationRange();
    }

    /** Whether the example runs with no other example beside it: its checks are about time, or it says {@code @alone}. */
    public boolean runsAlone() {
        return alone || timingSensitive();
    }
}
