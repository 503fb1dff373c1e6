package book.timeline;

/** Nanoseconds from the start of {@code main} as the timelines print them: {@code 1046 ms}, {@code 0.4 ms}. */
final class Millis {

    private Millis() {
    }

    static String of(long nanos) {
        double ms = nanos / 1e6;
        if (ms > 0 && ms < 0.05) {
            return "under 0.1 ms";
        }
        if (Math.abs(ms) >= 10 || ms == 0) {
            return Math.round(ms) + " ms";
        }
        return String.format(java.util.Locale.ROOT, "%.1f ms", ms);
    }
}
