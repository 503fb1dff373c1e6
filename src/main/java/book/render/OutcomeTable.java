package book.render;

import book.expect.OutcomeTally;
import book.run.RunResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The distribution of a repeated example's outcomes, as the page shows it under the output panel: each
 * {@code @outcome}, its class and how many of this build's runs showed it. One AsciiDoc table with the role
 * {@code outcomes}, so the site, the PDF and the EPUB show the same.
 *
 * <p>{@code OutcomeTable.lines(result)} is empty for an example without {@code @outcome} lines.
 */
final class OutcomeTable {

    private OutcomeTable() {
    }

    static List<String> lines(RunResult result) {
        if (result.outcomes().isEmpty()) {
            return List.of();
        }
        var lines = new ArrayList<String>();
        lines.add(".Outcomes of this build's " + result.runs() + " runs (the output above is the first)");
        lines.add("[.outcomes,cols=\"4,2,2\",options=\"header\",caption=\"\"]");
        lines.add("|===");
        lines.add("| Outcome | Class | Runs that showed it");
        for (OutcomeTally.Count count : result.outcomes()) {
            lines.add("| " + plain(count.label()) + " | " + count.kind().keyword() + " | "
                    + OutcomeTally.runs(count.runs()));
        }
        lines.add("|===");
        lines.add("");
        return lines;
    }

    /** The label as text: no AsciiDoc formatting, and a cell separator kept literal. */
    private static String plain(String label) {
        return "pass:c[" + label.replace("]", "\\]").replace("|", "\\|") + "]";
    }
}
