package book.expect;

import java.time.Duration;

/**
 * An inclusive range of durations, either end of which may be open.
 *
 * <p>{@code DurationRange.parse("0.9s..1.5s").contains(Duration.ofMillis(1004))} is true;
 * {@code DurationRange.parse("..2s")} prints as {@code ..2 s}.
 */
public record DurationRange(Duration min, Duration max) {

    public DurationRange {
        if (min == null && max == null) {
            throw new IllegalArgumentException("a range needs at least one end, like ..2s or 0.9s..1.5s");
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw new IllegalArgumentException("the range " + DurationText.format(min) + ".." + DurationText.format(max)
                    + " is empty: its lower end is above its upper end");
        }
    }

    /** True when {@code duration} lies within the range, ends included. */
    public boolean contains(Duration duration) {
        return (min == null || duration.compareTo(min) >= 0) && (max == null || duration.compareTo(max) <= 0);
    }

    /** Parses {@code MIN..MAX}, {@code ..MAX} or {@code MIN..} with Go-style durations such as {@code 250ms} or {@code 1.5s}. */
    public static DurationRange parse(String text) {
        int dots = text.indexOf("..");
        if (dots < 0) {
            throw new IllegalArgumentException("'" + text + "' is not a range: write MIN..MAX, ..MAX or MIN.., like 0.9s..1.5s");
        }
        String low = text.substring(0, dots).strip();
        String high = text.substring(dots + 2).strip();
        return new DurationRange(low.isEmpty() ? null : DurationText.parseGo(low),
                high.isEmpty() ? null : DurationText.parseGo(high));
    }

    @Override
    public String toString() {
        return (min == null ? "" : DurationText.format(min)) + ".." + (max == null ? "" : DurationText.format(max));
    }
}
