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
 * @param merged  the {@code @merged} section: both streams of one more run, read from one pipe, in the order they
 *                were written; null when absent
 * @param sample  the lines of the {@code /* Sample output:} comment, or null when there is none
 * @param line    the script line of {@code /* Output:}
 * @param alone   whether {@code @alone} asks for the machine to itself
 * @param timeline whether {@code @timeline} asks for the run to be recorded with Flight Recorder and drawn
 * @param runs     how many times {@code @runs} asks the build to run the example, 1 when absent
 * @param outcomes the {@code @outcome} lines, in order; each run counts toward the first whose condition it meets
 * @param others   the script's other runs, each with its own arguments and expectation ({@code /* Output, LABEL:})
 */
public record Expectation(Path script, List<String> args, int exitCode, DurationRange wall, Duration timeout,
                          Block stdout, Block stderr, Block merged, List<String> sample, int line, boolean alone,
                          boolean timeline, int runs, List<Outcome> outcomes, List<OtherRun> others) {

    /** Another run of the same script, with the label the page gives it: {@code with a missing file}. */
    public record OtherRun(String label, Expectation expectation) {
    }

    public Expectation {
        args = List.copyOf(args);
        sample = sample == null ? null : List.copyOf(sample);
        outcomes = List.copyOf(outcomes);
        others = List.copyOf(others);
    }

    /** The arguments of this run and of every other run, for the fingerprint of the files they name. */
    public List<String> allArgs() {
        var all = new java.util.ArrayList<>(args);
        others.forEach(other -> all.addAll(other.expectation().args()));
        return List.copyOf(all);
    }

    /** True when the expectation has a {@code @wall} bound or a {@code {duration}} range. */
    public boolean timingSensitive() {
        return wall != null || stdout.hasDurationRange() || stderr.hasDurationRange()
                || merged != null && merged.hasDurationRange();
    }

    /** Whether the example runs with no other example beside it: its checks are about time, or it says {@code @alone}. */
    public boolean runsAlone() {
        return alone || timingSensitive();
    }
}
