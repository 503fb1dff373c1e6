package book.run;

import book.expect.Expectation;
import book.expect.Match;
import book.expect.OutputMatcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a captured run with its expectation and writes the sentence of what was verified,
 * or the report of what failed.
 *
 * <p>{@code new Verdict(expectation, source).judge(captured)} lists every failed check with its {@code file:line}.
 */
final class Verdict {

    private final Expectation expectation;
    private final String source;
    private final String script;

    Verdict(Expectation expectation, String source) {
        this.expectation = expectation;
        this.source = source;
        this.script = expectation.script().toString().replace('\\', '/');
    }

    /**
     * The checks that passed, as one sentence, and the failures, one paragraph each; {@code bindings} are the names
     * the expectation captured, for classifying the run into outcomes.
     */
    record Outcome(String verified, List<String> failures, List<Integer> varyingLines, Map<String, String> bindings) {
    }

    Outcome judge(CapturedRun run, boolean checkSample) {
        var checks = new ArrayList<String>();
        var failures = new ArrayList<String>();

        Match out = OutputMatcher.match(expectation.stdout(), run.stdout(), Map.of());
        if (out.ok()) {
            checks.addAll(out.checks());
        } else {
            failures.add("stdout does not match the expectation:\n" + out.report());
        }
        Match err = OutputMatcher.match(expectation.stderr(), run.stderr(), out.bindings());
        if (err.ok()) {
            checks.addAll(err.checks().stream().map(check -> check.startsWith("stderr") ? check : "stderr " + check).toList());
        } else {
            failures.add("stderr does not match the expectation:\n" + err.report());
        }

        if (run.exitCode() == expectation.exitCode()) {
            checks.add("exit code " + run.exitCode());
        } else {
            failures.add("%s:%d: expected exit code %d, got %d".formatted(
                    script, directiveLine("@exit"), expectation.exitCode(), run.exitCode()));
        }

        String took = seconds(run.wall().toNanos() / 1e9);
        if (expectation.wall() == null) {
            checks.add("finished in " + took);
        } else if (expectation.wall().contains(run.wall())) {
            checks.add("finished in %s, bound %s".formatted(took, expectation.wall()));
        } else {
            failures.add("%s:%d: the run took %s, outside the bound %s".formatted(
                    script, directiveLine("@wall"), took, expectation.wall()));
        }

        if (checkSample) {
            sampleFailure().ifPresent(failures::add);
        }
        return new Outcome(sentence(checks), failures, out.varyingLines(), err.ok() ? err.bindings() : out.bindings());
    }

    /**
     * The failures of a run made with both streams in one pipe ({@link ProcessCapture#runMerged}) against the
     * {@code @merged} section and the {@code @exit} code; empty when it passed.
     */
    List<String> judgeMerged(CapturedRun run) {
        var failures = new ArrayList<String>();
        Match merged = OutputMatcher.match(expectation.merged(), run.stdout(), Map.of());
        if (!merged.ok()) {
            failures.add("stdout and stderr, read from one pipe, do not match the @merged section:\n" + merged.report());
        }
        if (run.exitCode() != expectation.exitCode()) {
            failures.add("%s:%d: expected exit code %d, got %d".formatted(
                    script, directiveLine("@exit"), expectation.exitCode(), run.exitCode()));
        }
        return failures;
    }

    private Optional<String> sampleFailure() {
        if (expectation.sample() == null) {
            return Optional.of("%s: has no '/* Sample output:' comment; record one with -Dbook.update=true"
                    .formatted(script));
        }
        Match sample = OutputMatcher.match(expectation.stdout(), expectation.sample(), Map.of());
        if (sample.ok()) {
            return Optional.empty();
        }
        return Optional.of(("%s: the '/* Sample output:' comment no longer matches the expectation;"
                + " refresh it with -Dbook.update=true\n%s").formatted(script, sample.report()));
    }

    /** The line of a run directive, or of the {@code /* Output:} comment when the default applies. */
    private int directiveLine(String directive) {
        return directiveLine(source, expectation, directive);
    }

    static int directiveLine(String source, Expectation expectation, String directive) {
        String[] lines = source.split("\n", -1);
        for (int i = expectation.line() - 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(directive) || line.startsWith(directive + " ")) {
                return i + 1;
            }
            if (line.equals("*/")) {
                break;
            }
        }
        return expectation.line();
    }

    private static String sentence(List<String> checks) {
        if (checks.isEmpty()) {
            return "";
        }
        String text = String.join("; ", checks);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }
}
