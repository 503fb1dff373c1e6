package book.expect;

import java.util.List;
import java.util.Map;

/**
 * What one run of an example left to classify into outcomes: its output, its exit code and the names its expectation
 * captured ({@code {count=int}}).
 *
 * <p>{@code new RunOutput(stdout, stderr, 0, match.bindings())}
 */
public record RunOutput(List<String> stdout, List<String> stderr, int exitCode, Map<String, String> bindings) {

    public RunOutput {
        stdout = List.copyOf(stdout);
        stderr = List.copyOf(stderr);
        bindings = Map.copyOf(bindings);
    }
}
