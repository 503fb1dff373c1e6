package book.expect;

import java.util.List;
import java.util.Map;

/**
 * The outcome of matching one output stream against its expectation block.
 *
 * <p>When {@code ok}, {@code checks} lists in plain words what was verified ("line 1 exact", "lines 2–21 as 10
 * interleaved sequences by pid") and {@code bindings} the names defined, for matching standard error next. Otherwise
 * {@code report} is a diff a reader can act on and {@code failedLine} the script line of the expectation that failed
 * ({@code -1} when ok). {@code varyingLines} lists, 1-based, the output lines matched by a placeholder or by a block
 * whose order is free: the lines a reader may see differently on the next run.
 */
public record Match(boolean ok, Map<String, String> bindings, List<String> checks, String report, int failedLine,
                    List<Integer> varyingLines) {
}
