package book.expect;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations the way Go and Java print them, and writes them for people.
 *
 * <p>{@code DurationText.parse("1.000563257s")} and {@code DurationText.parse("PT1.000563257S")} are equal;
 * {@code DurationText.format(Duration.ofMillis(1004))} is {@code "1.004 s"}.
 */
final class DurationText {

    private static final String GO_PART = "\\d+(?:\\.\\d+)?(?:ns|us|µs|μs|ms|h|m|s)";
    private static final String JAVA = "PT(?:-?\\d+H)?(?:-?\\d+M)?(?:-?\\d+(?:\\.\\d+)?S)?";
    /** A duration as printed by Go ({@code 1m2.5s}) or by {@code Duration.toString()} ({@code PT1M2.5S}). */
    static final Pattern PRINTED = Pattern.compile("-?(?:" + JAVA + "|(?:" + GO_PART + ")+)");
    private static final Pattern GO = Pattern.compile("[-+]?(?:" + GO_PART + ")+");
    private static final Pattern GO_PIECE = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|μs|ms|h|m|s)");

    private DurationText() {
    }

    /** Parses a printed duration in either style; throws {@link IllegalArgumentException} otherwise. */
    static Duration parse(String text) {
        if (text.contains("PT")) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a duration: " + text);
            }
        }
        return parseGo(text);
    }

    /** Parses a Go-style duration such as {@code 1.5s}, {@code 250ms}, {@code 15.6µs} or {@code 1h2m3s}. */
    static Duration parseGo(String text) {
        if (!GO.matcher(text).matches()) {
            throw new IllegalArgumentException("not a duration: '" + text + "' (write it like 250ms, 1.5s or 2m)");
        }
        BigDecimal nanos = BigDecimal.ZERO;
        Matcher piece = GO_PIECE.matcher(text);
        while (piece.find()) {
            nanos = nanos.add(new BigDecimal(piece.group(1)).multiply(BigDecimal.valueOf(unitNanos(piece.group(2)))));
        }
        long whole = nanos.setScale(0, RoundingMode.HALF_UP).longValueExact();
        return Duration.ofNanos(text.startsWith("-") ? -whole : whole);
    }

    private static long unitNanos(String unit) {
        return switch (unit) {
            case "h" -> 3_600_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "s" -> 1_000_000_000L;
            case "ms" -> 1_000_000L;
            case "ns" -> 1L;
            default -> 1_000L;
        };
    }

    /** Writes a duration with a unit a reader takes in at a glance: {@code 1.004 s}, {@code 250 ms}, {@code 15.6 µs}. */
    static String format(Duration duration) {
        long nanos = duration.toNanos();
        long size = Math.abs(nanos);
        if (size == 0) {
            return "0 s";
        }
        if (size >= 100_000_000L) {
            return scaled(nanos, 9, "s");
        }
        if (size >= 100_000L) {
            return scaled(nanos, 6, "ms");
        }
        if (size >= 100L) {
            return scaled(nanos, 3, "µs");
        }
        return nanos + " ns";
    }

    private static String scaled(long nanos, int digits, String unit) {
        return BigDecimal.valueOf(nanos).movePointLeft(digits).setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + " " + unit;
    }
}
