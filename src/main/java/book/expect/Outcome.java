package book.expect;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code @outcome} line: a class from {@link OutcomeClass}, for an interesting outcome the share of runs that
 * must show it, the label the page shows, and the condition that tells whether a run showed it.
 *
 * <p>{@code @outcome interesting 20% "below 2000": {count} in ..1999} is
 * {@code Outcome(INTERESTING, 20, "below 2000", "{count} in ..1999", test, line)}.
 *
 * @param share the percentage of runs an interesting outcome needs; 0 for "at least one run"
 */
public record Outcome(OutcomeClass kind, int share, String label, String condition, Predicate<RunOutput> test, int line) {

    private static final Pattern SYNTAX = Pattern.compile(
            "([a-z]+)(?: +(\\d{1,3})%)? +\"((?:[^\"\\\\]|\\\\.)*)\" *: *(.+)");

    /** How many runs of {@code runs} must show an interesting outcome. */
    public int required(int runs) {
        return share == 0 ? 1 : (int) Math.ceil(share * runs / 100.0);
    }

    /** Whether one run showed this outcome. */
    boolean shownBy(RunOutput run) {
        return test.test(run);
    }

    /** Parses the argument of {@code @outcome}; throws {@link IllegalArgumentException} with the problem. */
    static Outcome parse(String argument, int line, Observation.Context context) {
        Matcher m = SYNTAX.matcher(argument);
        if (!m.matches()) {
            throw new IllegalArgumentException("@outcome needs a class, a label in quotes and a condition, like"
                    + " '@outcome forbidden \"above 2000\": {count} in 2001..'");
        }
        OutcomeClass kind = OutcomeClass.named(m.group(1)).orElseThrow(() -> new IllegalArgumentException(
                "unknown outcome class '" + m.group(1) + "': the classes are " + OutcomeClass.list()));
        int share = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(2) != null && !kind.takesShare()) {
            throw new IllegalArgumentException("a " + kind.keyword() + " outcome takes no share of runs");
        }
        if (m.group(2) != null && (share < 1 || share > 100)) {
            throw new IllegalArgumentException("a share of runs is 1% to 100%, not " + share + "%");
        }
        String label = Observation.unquote(m.group(3)).strip();
        if (label.isEmpty()) {
            throw new IllegalArgumentException("an outcome needs a label the page can show");
        }
        String condition = m.group(4).strip();
        Predicate<RunOutput> test = run -> true;
        for (String term : terms(condition)) {
            test = test.and(Observation.parse(term, context));
        }
        return new Outcome(kind, share, label, condition, test, line);
    }

    /** The terms of a condition joined by {@code and}, which inside quotes is text. */
    private static List<String> terms(String condition) {
        List<String> terms = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && condition.startsWith(" and ", i)) {
                terms.add(condition.substring(start, i).strip());
                start = i + 5;
                i += 4;
            }
        }
        terms.add(condition.substring(start).strip());
        return terms;
    }

    @Override
    public String toString() {
        return kind.keyword() + (share == 0 ? "" : " " + share + "%") + " \"" + label + "\": " + condition;
    }
}
