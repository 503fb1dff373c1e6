package book.expect;

import java.util.ArrayList;
import java.util.List;

/**
 * Classifies each run of a repeated example into the first {@code @outcome} whose condition it meets, counts the
 * runs of each outcome, and says which counts break their class: a forbidden outcome seen, an interesting one seen
 * too rarely, or a run that no outcome describes.
 *
 * <p>{@code OutcomeTally.of(expectation, runs).failures()} is empty when the runs behaved as stated.
 */
public final class OutcomeTally {

    /** How many runs showed one outcome. */
    public record Count(String label, OutcomeClass kind, int runs) {
    }

    /** A broken expectation across runs; {@code run} is the 0-based run to show with it, or -1. */
    public record Failure(String message, int run) {
    }

    /** The counts, in the order of the {@code @outcome} lines, and the failures, empty when the runs behaved. */
    public record Tally(List<Count> counts, List<Failure> failures) {
    }

    private OutcomeTally() {
    }

    public static Tally of(Expectation expectation, List<RunOutput> runs) {
        List<Outcome> outcomes = expectation.outcomes();
        int[] seen = new int[outcomes.size()];
        int[] firstRun = new int[outcomes.size()];
        List<Failure> failures = new ArrayList<>();
        String script = Block.display(expectation.script());
        for (int r = 0; r < runs.size(); r++) {
            int index = classify(outcomes, runs.get(r));
            if (index < 0) {
                if (!outcomes.isEmpty()) {
                    failures.add(new Failure(("%s:%d: run %d of %d showed none of the stated outcomes; add an @outcome"
                            + " line for what it printed, or correct the program").formatted(
                            script, expectation.line(), r + 1, runs.size()), r));
                }
                continue;
            }
            if (seen[index]++ == 0) {
                firstRun[index] = r;
            }
        }
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            counts.add(new Count(outcome.label(), outcome.kind(), seen[i]));
            String violation = outcome.kind().violation(outcome, seen[i], runs.size());
            if (violation != null) {
                failures.add(new Failure("%s:%d: %s outcome \"%s\" %s".formatted(script, outcome.line(),
                        outcome.kind().keyword(), outcome.label(), violation), seen[i] > 0 ? firstRun[i] : -1));
            }
        }
        return new Tally(List.copyOf(counts), List.copyOf(failures));
    }

    private static int classify(List<Outcome> outcomes, RunOutput run) {
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i).shownBy(run)) {
                return i;
            }
        }
        return -1;
    }

    /** The distribution in one line: {@code final count 2000: 31 runs; below 2000: 19 runs; above 2000: never}. */
    public static String summary(List<Count> counts) {
        List<String> parts = new ArrayList<>();
        for (Count count : counts) {
            parts.add(count.label() + ": " + runs(count.runs()));
        }
        return String.join("; ", parts);
    }

    /** {@code never}, {@code 1 run}, {@code 12 runs}. */
    public static String runs(int n) {
        return n == 0 ? "never" : n == 1 ? "1 run" : n + " runs";
    }
}
