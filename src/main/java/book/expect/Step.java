package book.expect;

import java.util.Map;

/**
 * One way an element of a block can account for output lines {@code from} to {@code end} (exclusive).
 *
 * <p>{@code accounting[i]} is the script line of the pattern that matched output line {@code from + i};
 * {@code names} are the names visible after the step; {@code check} says what was verified, and {@code exact} marks
 * a single literal line, so that runs of them read "lines 1–3 exact".
 */
record Step(int from, int end, Map<String, String> names, int[] accounting, String check, boolean exact) {
}
