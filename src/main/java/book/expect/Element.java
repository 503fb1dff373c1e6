package book.expect;

import java.util.List;

/**
 * One part of an expectation block: a pattern line (possibly optional or repeated), an {@code @unordered} block or
 * an {@code @interleave} block.
 *
 * <p>{@code new Element.Line(pattern, 0, 2)} is a pattern line under {@code @repeat 0..2}.
 */
sealed interface Element {

    /** Stands for "no upper bound" in {@code @repeat 1..}. */
    int UNBOUNDED = Integer.MAX_VALUE;

    /** A pattern line matching between {@code min} and {@code max} output lines. */
    record Line(LinePattern pattern, int min, int max) implements Element {
        /** True for a plain line: exactly one output line, whose names stay visible to later lines. */
        boolean single() {
            return min == 1 && max == 1;
        }
    }

    /** {@code @unordered} at script line {@code line}: its lines match as a multiset. */
    record Unordered(int line, List<Line> lines) implements Element {
    }

    /** {@code @interleave count by key} at script line {@code line}: {@code count} copies of {@code sequence}, side by side. */
    record Interleave(int line, int count, String key, List<Line> sequence) implements Element {
    }
}
