package book.expect;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * What one placeholder accepts: the places where its text may end, and the range its value must lie in.
 *
 * <p>{@code new Token.IntToken(NumberRange.parse("0..9", true)).ends("pid 3 done", 4, false)} is {@code [5]}.
 */
sealed interface Token {

    int[] NONE = {};

    /** The candidate end positions of this token's text starting at {@code from}, longest first. */
    int[] ends(String line, int from, boolean afterPlaceholder);

    /** How the expectation names what it wanted, for reports: {@code "an integer in 0..9"}. */
    String describe();

    /** Why {@code text} is outside the token's range, or null when it is inside or there is no range. */
    default String outOfRange(String text) {
        return null;
    }

    /** What the check verified about {@code text}, for the page's sentence; null when there is no range. */
    default String measure(String text) {
        return null;
    }

    /** {@code {*}}: any text, possibly empty. */
    record AnyText() implements Token {
        @Override
        public int[] ends(String line, int from, boolean afterPlaceholder) {
            return IntStream.iterate(line.length(), end -> end >= from, end -> end - 1).toArray();
        }

        @Override
        public String describe() {
            return "any text";
        }
    }

    /** {@code {word}}: one or more characters that are not white space. */
    record Word() implements Token {
        @Override
        public int[] ends(String line, int from, boolean afterPlaceholder) {
            int end = from;
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
            return IntStream.iterate(end, e -> e > from, e -> e - 1).toArray();
        }

        @Override
        public String describe() {
            return "a word";
        }
    }

    /** {@code {/regex/}}: text that the whole regular expression matches. */
    record Regex(Pattern regex) implements Token {
        @Override
        public int[] ends(String line, int from, boolean afterPlaceholder) {
            Matcher matcher = regex.matcher(line);
            return IntStream.iterate(line.length(), end -> end >= from, end -> end - 1)
                    .filter(end -> matcher.region(from, end).matches()).toArray();
        }

        @Override
        public String describe() {
            return "text matching /" + regex.pattern() + "/";
        }
    }

    /** {@code {int}} or {@code {int 0..9}}: a whole integer, optionally within a range. */
    record IntToken(NumberRange range) implements Token {
        private static final Pattern INT = Pattern.compile("-?\\d+");

        @Override
        public int[] ends(String line, int from, boolean afterPlaceholder) {
            return wholeNumber(INT, line, from, afterPlaceholder);
        }

        @Override
        public String describe() {
            return range == null ? "an integer" : "an integer in " + range;
        }

        @Override
        public String outOfRange(String text) {
            return range == null || range.contains(new BigDecimal(text)) ? null : text + " is outside " + range;
        }

        @Override
        public String measure(String text) {
            return range == null ? null : "an integer " + text + " within " + range;
        }
    }

    /** {@code {number}} or {@code {number 0.5..1.5}}: a decimal number, optionally within a range. */
    record NumberToken(NumberRange range) implements Token {
        private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

        @Override
        public int[] ends(String line, int from, boolean afterPlaceholder) {
            return wholeNumber(NUMBER, line, from, afterPlaceholder);
        }

        @Override
        public String describe() {
            return range == null ? "a number" : "a number in " + range;
        }

        @Override
        public String outOfRange(String text) {
            return range == null || range.contains(new BigDecimal(text)) ? null : text + " is outside " + range;
        }

        @Override
        public String measure(String text) {
            return range == null ? null : "a number " + text + " within " + range;
        }
    }

    /** {@code {duration}} or {@code {duration 0.9s..1.5s}}: a printed duration, optionally within a range. */
    record DurationToken(DurationRange range) implements Token {
        @Override
        public int[] ends(String line, int from, boolean afterPlaceholder) {
            int[] ends = wholeNumber(DurationText.PRINTED, line, from, afterPlaceholder);
            if (ends.length == 0 || ends[0] < line.length() && Character.isLetterOrDigit(line.charAt(ends[0]))) {
                return NONE;
            }
            try {
                DurationText.parse(line.substring(from, ends[0]));
                return ends;
            } catch (IllegalArgumentException notADuration) {
                return NONE;
            }
        }

        @Override
        public String describe() {
            return range == null ? "a duration" : "a duration in " + range;
        }

        @Override
        public String outOfRange(String text) {
            if (range == null) {
                return null;
            }
            Duration value = DurationText.parse(text);
            if (range.contains(value)) {
                return null;
            }
            String shown = DurationText.format(value);
            boolean roundedOntoEnd = shown.equals(String.valueOf(range.min() == null ? null : DurationText.format(range.min())))
                    || shown.equals(String.valueOf(range.max() == null ? null : DurationText.format(range.max())));
            return (roundedOntoEnd ? text : shown) + " is outside " + range;
        }

        @Override
        public String measure(String text) {
            return range == null ? null : "a duration of " + DurationText.format(DurationText.parse(text)) + " within " + range;
        }
    }

    /**
     * The one end of a number starting at {@code from}, read as far as it goes. After another placeholder a number
     * may not start in the middle of one ({@code {*}{int 0..5}} must not take the 3 of "13").
     */
    private static int[] wholeNumber(Pattern number, String line, int from, boolean afterPlaceholder) {
        if (afterPlaceholder && from > 0 && "0123456789.-+".indexOf(line.charAt(from - 1)) >= 0) {
            return NONE;
        }
        Matcher matcher = number.matcher(line).region(from, line.length());
        return matcher.lookingAt() ? new int[] {matcher.end()} : NONE;
    }
}
