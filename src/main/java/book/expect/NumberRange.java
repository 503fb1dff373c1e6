package book.expect;

import java.math.BigDecimal;

/**
 * An inclusive range of numbers, either end of which may be open, as written in {@code {int 0..9}} or
 * {@code {number 0.5..1.5}}.
 *
 * <p>{@code NumberRange.parse("1..", true).contains(new BigDecimal("7"))} is true.
 */
record NumberRange(BigDecimal min, BigDecimal max) {

    NumberRange {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a range needs at least one end, like 1.. or 0..9");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("the range " + min.toPlainString() + ".." + max.toPlainString()
                    + " is empty: its lower end is above its upper end");
        }
    }

    boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** Parses {@code MIN..MAX}, {@code ..MAX} or {@code MIN..}; with {@code integers} both ends must be integers. */
    static NumberRange parse(String text, boolean integers) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a range: write MIN..MAX, ..MAX or MIN..");
        }
        return new NumberRange(end(text.substring(0, dots).strip(), integers), end(text.substring(dots + 2).strip(), integers));
    }

    private static BigDecimal end(String text, boolean integers) {
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches(integers ? "-?\\d+" : "-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
            throw new IllegalArgumentException("'" + text + "' is not " + (integers ? "an integer" : "a number"));
        }
        return new BigDecimal(text);
    }

    @Override
    public String toString() {
        return (min == null ? "" : min.toPlainString()) + ".." + (max == null ? "" : max.toPlainString());
    }
}
