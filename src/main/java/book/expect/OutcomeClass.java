package book.expect;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The classes of outcome an {@code @outcome} line may state, in one table, the way jcstress grades a racy test's
 * results: the parser, the tally and every message read it, so a new class is one entry here.
 *
 * <p>{@code OutcomeClass.named("forbidden").orElseThrow().violation(outcome, 1, 20)} says why one run of twenty
 * showing a forbidden outcome fails the example.
 */
public enum OutcomeClass {

    /** Allowed in any number of runs, none included. */
    ACCEPTABLE("acceptable", false) {
        @Override
        String violation(Outcome outcome, int seen, int runs) {
            return null;
        }
    },
    /** Must be observed: in at least one run, or in at least the stated share of the runs. */
    INTERESTING("interesting", true) {
        @Override
        String violation(Outcome outcome, int seen, int runs) {
            int required = outcome.required(runs);
            return seen >= required ? null : "seen in %d of %d runs; it must be seen in at least %s".formatted(
                    seen, runs, outcome.share() == 0 ? "one" : outcome.share() + "% of them (" + required + ")");
        }
    },
    /** Must be observed in no run at all. */
    FORBIDDEN("forbidden", false) {
        @Override
        String violation(Outcome outcome, int seen, int runs) {
            return seen == 0 ? null : "seen in %d of %d runs; it must be seen in none".formatted(seen, runs);
        }
    };

    private final String keyword;
    private final boolean takesShare;

    OutcomeClass(String keyword, boolean takesShare) {
        this.keyword = keyword;
        this.takesShare = takesShare;
    }

    /** Why {@code seen} runs of {@code runs} showing {@code outcome} break the expectation, or null when they do not. */
    abstract String violation(Outcome outcome, int seen, int runs);

    /** The word an author writes and the page shows: {@code acceptable}. */
    public String keyword() {
        return keyword;
    }

    /** Whether the class may state a share of runs, {@code interesting 20%}. */
    boolean takesShare() {
        return takesShare;
    }

    static Optional<OutcomeClass> named(String keyword) {
        return Arrays.stream(values()).filter(kind -> kind.keyword.equals(keyword)).findFirst();
    }

    /** Every class as an author writes it: {@code acceptable, interesting and forbidden}. */
    static String list() {
        var words = Arrays.stream(values()).map(OutcomeClass::keyword).collect(Collectors.toList());
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.getLast();
    }
}
