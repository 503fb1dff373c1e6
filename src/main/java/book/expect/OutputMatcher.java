package book.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Matches the lines a run printed against an expectation block: trailing white space on each line and trailing
 * empty lines are ignored, every other line must be accounted for.
 *
 * <p>{@code Match out = OutputMatcher.match(expectation.stdout(), stdoutLines, Map.of());}
 * {@code Match err = OutputMatcher.match(expectation.stderr(), stderrLines, out.bindings());}
 */
public final class OutputMatcher {

    private OutputMatcher() {
    }

    /** Matches output lines (raw, as printed) against a block; {@code bindings} carry names defined earlier. */
    public static Match match(Block block, List<String> lines, Map<String, String> bindings) {
        List<String> output = new ArrayList<>(lines.size());
        for (String line : lines) {
            output.add(line.stripTrailing());
        }
        while (!output.isEmpty() && output.getLast().isEmpty()) {
            output.removeLast();
        }
        return new Search(block, output).run(bindings);
    }
}
