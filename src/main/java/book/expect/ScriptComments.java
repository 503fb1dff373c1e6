package book.expect;

import java.nio.file.Path;
import java.util.List;

/**
 * Finds the {@code /* Output:} comment and the optional {@code /* Sample output:} comment of a script: each opens on
 * a line reading exactly its marker and closes on a line reading exactly {@code *}{@code /}.
 *
 * <p>{@code ScriptComments.find(script, lines).output().open()} is the 0-based index of the {@code /* Output:} line.
 */
record ScriptComments(Span output, Span sample, List<OtherRun> others) {

    static final String OUTPUT = "/* Output:";
    static final String SAMPLE = "/* Sample output:";
    /** Opens the expectation of another run of the same script: {@code /* Output, with a missing file:}. */
    static final String OTHER = "/* Output, ";
    static final String CLOSE = "*/";

    /** The 0-based indexes of a comment's opening and closing lines. */
    record Span(int open, int close) {
    }

    /** The expectation comment of another run, with the label it gives that run. */
    record OtherRun(String label, Span span) {
    }

    /** Finds both comments; throws {@link ExpectationSyntaxException} when the Output comment is missing, doubled or open. */
    static ScriptComments find(Path script, List<String> lines) {
        Span output = null;
        Span sample = null;
        List<OtherRun> others = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.startsWith(OTHER) && text.endsWith(":")) {
                String label = text.substring(OTHER.length(), text.length() - 1).strip();
                if (label.isEmpty()) {
                    throw new ExpectationSyntaxException(script, i + 1, "another run needs a label: " + OTHER
                            + "with a missing file:");
                }
                for (OtherRun other : others) {
                    if (other.label().equals(label)) {
                        throw new ExpectationSyntaxException(script, i + 1, "a second run labelled '" + label
                                + "'; the first is at line " + (other.span().open() + 1));
                    }
                }
                OtherRun other = new OtherRun(label, new Span(i, close(script, lines, i, text)));
                others.add(other);
                i = other.span().close();
                continue;
            }
            if (!text.equals(OUTPUT) && !text.equals(SAMPLE)) {
                continue;
            }
            Span span = new Span(i, close(script, lines, i, text));
            if (text.equals(OUTPUT)) {
                if (output != null) {
                    throw new ExpectationSyntaxException(script, i + 1, "a second " + OUTPUT + " comment; the first is at line "
                            + (output.open() + 1));
                }
                output = span;
            } else {
                if (sample != null) {
                    throw new ExpectationSyntaxException(script, i + 1, "a second " + SAMPLE + " comment; the first is at line "
                            + (sample.open() + 1));
                }
                sample = span;
            }
            i = span.close();
        }
        if (output == null) {
            throw new ExpectationSyntaxException(script, Math.max(1, lines.size()), "no " + OUTPUT
                    + " comment: every example ends with one saying what its run guarantees (see site/authoring.adoc)");
        }
        return new ScriptComments(output, sample, List.copyOf(others));
    }

    private static int close(Path script, List<String> lines, int open, String marker) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(CLOSE)) {
                return i;
            }
        }
        throw new ExpectationSyntaxException(script, open + 1, "unterminated " + marker + " comment: no line reading " + CLOSE);
    }
}
