package book.expect;

/**
 * A place where the expectation could not go on: output line {@code at} (or the end of output), the script line of the
 * pattern that failed there, the pattern's text ({@code null} when the expectation had ended), and why.
 *
 * <p>{@code soft} marks a miss that was allowed (an optional line absent, a repeat that had enough), so that reports
 * put hard misses first. {@code accounting} holds the script line that matched each output line before {@code at},
 * counted from the start of the element that missed (from the start of the output once recorded).
 */
record Miss(int at, int line, String expected, String reason, boolean soft, int[] accounting) {

    Miss withAccounting(int[] full) {
        return new Miss(at, line, expected, reason, soft, full);
    }

    boolean sameAs(Miss other) {
        return line == other.line && java.util.Objects.equals(expected, other.expected)
                && java.util.Objects.equals(reason, other.reason);
    }
}
