package book.expect;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What an {@code @outcome} line can read from one run, in one table: the parser, the tally and the error messages
 * read it, so a new kind of observation is one entry here. Quoted patterns are pattern lines of the expectation
 * language, matched against each line of standard output.
 *
 * <p>{@code {count} in ..1999}, {@code seen "Task Completed"}, {@code count "Hello World!" = 2},
 * {@code "Hello" before "Bye"}, {@code exit = 1}, {@code any run}.
 */
enum Observation {

    /** A name captured by the expectation, compared as text ({@code =}) or as a number ({@code in RANGE}). */
    CAPTURE("{name} = TEXT or {name} in MIN..MAX", "\\{([A-Za-z_][A-Za-z0-9_]*)\\} +(=|in) +(.+)") {
        @Override
        Predicate<RunOutput> condition(Matcher m, Context context) {
            String name = context.captured(m.group(1));
            Predicate<String> value = value(m.group(2), m.group(3), false);
            return run -> run.bindings().containsKey(name) && value.test(run.bindings().get(name));
        }
    },
    /** Some output line matches the pattern. */
    SEEN("seen \"PATTERN\"", "seen +" + Observation.QUOTED) {
        @Override
        Predicate<RunOutput> condition(Matcher m, Context context) {
            LinePattern pattern = context.pattern(m.group(1));
            return run -> first(pattern, run) >= 0;
        }
    },
    /** No output line matches the pattern. */
    ABSENT("absent \"PATTERN\"", "absent +" + Observation.QUOTED) {
        @Override
        Predicate<RunOutput> condition(Matcher m, Context context) {
            LinePattern pattern = context.pattern(m.group(1));
            return run -> first(pattern, run) < 0;
        }
    },
    /** How many output lines match the pattern. */
    COUNT("count \"PATTERN\" = N or count \"PATTERN\" in MIN..MAX", "count +" + Observation.QUOTED + " +(=|in) +(.+)") {
        @Override
        Predicate<RunOutput> condition(Matcher m, Context context) {
            LinePattern pattern = context.pattern(m.group(1));
            Predicate<String> value = value(m.group(2), m.group(3), true);
            return run -> value.test(Long.toString(run.stdout().stream()
                    .filter(line -> pattern.match(line.stripTrailing(), run.bindings()) instanceof LineMatch.Matched).count()));
        }
    },
    /** Both patterns match some line, and the first line matching the one comes before the first matching the other. */
    ORDER("\"PATTERN\" before \"PATTERN\"", Observation.QUOTED + " +before +" + Observation.QUOTED) {
        @Override
        Predicate<RunOutput> condition(Matcher m, Context context) {
            LinePattern earlier = context.pattern(m.group(1));
            LinePattern later = context.pattern(m.group(2));
            return run -> {
                int a = first(earlier, run);
                int b = first(later, run);
                return a >= 0 && b >= 0 && a < b;
            };
        }
    },
    /** The run's exit code. */
    EXIT("exit = N or exit in MIN..MAX", "exit +(=|in) +(.+)") {
        @Override
        Predicate<RunOutput> condition(Matcher m, Context context) {
            Predicate<String> value = value(m.group(1), m.group(2), true);
            return run -> value.test(Integer.toString(run.exitCode()));
        }
    },
    /** Every run: the last, catch-all outcome. */
    ANY("any run", "any run") {
        @Override
        Predicate<RunOutput> condition(Matcher m, Context context) {
            return run -> true;
        }
    };

    private static final String QUOTED = "\"((?:[^\"\\\\]|\\\\.)*)\"";

    private final String syntax;
    private final Pattern pattern;

    Observation(String syntax, String regex) {
        this.syntax = syntax;
        this.pattern = Pattern.compile(regex);
    }

    /** Builds the test of one run from a term this observation matched. */
    abstract Predicate<RunOutput> condition(Matcher m, Context context);

    /** What the parser lends an observation: patterns compiled in the expectation's scope, names checked. */
    interface Context {
        /** The pattern line in quotes, compiled; throws {@link IllegalArgumentException} when malformed. */
        LinePattern pattern(String quoted);

        /** The name, when the expectation captures it on a line every run matches; throws otherwise. */
        String captured(String name);
    }

    /** Parses one term of a condition, {@code seen "Task Completed"}, with the observation whose syntax it has. */
    static Predicate<RunOutput> parse(String term, Context context) {
        for (Observation observation : values()) {
            Matcher m = observation.pattern.matcher(term);
            if (m.matches()) {
                return observation.condition(m, context);
            }
        }
        throw new IllegalArgumentException("'" + term + "' is not an observation; an outcome reads " + list());
    }

    /** Every observation's syntax, for messages. */
    static String list() {
        return Arrays.stream(values()).map(o -> o.syntax).collect(Collectors.joining(", "));
    }

    /** The text between quotes with {@code \"} and {@code \\} unescaped. */
    static String unquote(String text) {
        return text.replaceAll("\\\\(.)", "$1");
    }

    private static int first(LinePattern pattern, RunOutput run) {
        List<String> lines = run.stdout();
        Map<String, String> names = run.bindings();
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.match(lines.get(i).stripTrailing(), names) instanceof LineMatch.Matched) {
                return i;
            }
        }
        return -1;
    }

    /** {@code = TEXT} compares text; {@code in RANGE} compares a number, which must be whole when {@code integers}. */
    private static Predicate<String> value(String operator, String operand, boolean integers) {
        String text = operand.strip();
        if (operator.equals("=")) {
            if (integers && !text.matches("-?\\d+")) {
                throw new IllegalArgumentException("'" + text + "' is not an integer");
            }
            return text::equals;
        }
        NumberRange range = NumberRange.parse(text, integers);
        return value -> {
            try {
                return range.contains(new BigDecimal(value));
            } catch (NumberFormatException notANumber) {
                return false;
            }
        };
    }
}
