package book.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Draws a recorded run as an SVG timeline: one lane per thread, {@code main} first, coloured by what each thread
 * was doing, under a time axis in milliseconds from the start of {@code main}, with a legend and the notes of
 * {@link RunDescription}. A run with more threads than {@link #MAX_LANES} is drawn as counts over time instead:
 * how many threads were alive, sleeping, waiting and finished.
 *
 * <p>{@code String svg = TimelineSvg.draw(run, "goroutines/TenProcesses");}
 */
public final class TimelineSvg {

    /** More threads than this are drawn as counts: lanes a pixel high would show nothing. */
    static final int MAX_LANES = 40;

    private static final int WIDTH = 720;
    private static final int LABELS = 140;
    private static final int PLOT = WIDTH - LABELS - 24;
    private static final int ROW = 18;
    private static final int BAR = 12;
    private static final int TOP = 24;
    private static final int CHART = 170;
    private static final int SAMPLES = 300;
    private static final int MARKER_FONT = 9;
    private static final int LABEL_GAP = 6;
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    private final RecordedRun run;
    private final long end;
    private final StringBuilder body = new StringBuilder();
    private int y;

    private TimelineSvg(RecordedRun run) {
        this.run = run;
        this.end = Math.max(run.end(), 1_000_000);
    }

    /** The whole SVG document; {@code what} names the example in its title. */
    public static String draw(RecordedRun run, String what) {
        var svg = new TimelineSvg(run);
        RunDescription description = RunDescription.of(run);
        if (run.lanes().size() > MAX_LANES) {
            svg.counts();
        } else {
            svg.lanes();
        }
        svg.axis();
        svg.legend();
        svg.notes(description.notes());
        int height = svg.y + 8;
        String title = "Thread timeline of " + what + ", recorded in this build's run";
        String id = "timeline-" + what.replaceAll("[^A-Za-z0-9]+", "-");
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"" + WIDTH
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + WIDTH + " " + height + "\" "
                + "aria-labelledby=\"" + id + "-title " + id + "-desc\">\n"
                + "<title id=\"" + id + "-title\">" + escape(title) + "</title>\n"
                + "<desc id=\"" + id + "-desc\">" + escape(description.text()) + "</desc>\n"
                + "<rect width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>\n"
                + svg.body + "</svg>\n";
    }

    private double x(long nanos) {
        return LABELS + Math.max(0, Math.min(nanos, end)) * (double) PLOT / end;
    }

    private void lanes() {
        y = TOP;
        Lane main = run.lanes().isEmpty() ? null : run.lanes().getFirst();
        for (Lane lane : run.lanes()) {
            int top = y;
            int middle = top + BAR / 2;
            body.append("<g class=\"lane\"><text class=\"lane-name\" x=\"").append(LABELS - 8).append("\" y=\"")
                    .append(middle + 4).append("\" text-anchor=\"end\" font-size=\"11\" ").append(FONT).append(">")
                    .append(escape(shorten(lane.name()))).append("</text>\n");
            long alive = lane.ended() ? lane.end() : lane.lastRecorded();
            ThreadState between = lane.virtual() ? ThreadState.VIRTUAL : ThreadState.RUNNING;
            segment(between, lane.start(), alive, top, between.verb() + " between the waits drawn on top, "
                    + Millis.of(lane.start()) + " to " + Millis.of(alive));
            drawSpans(lane.spans(), top);
            if (!lane.ended()) {
                segment(ThreadState.UNRECORDED, alive, lane.end(), top,
                        "alive when the JVM exited; what it did after " + Millis.of(alive) + " is not recorded");
            }
            body.append(String.format(Locale.ROOT,
                    "<circle class=\"start\" cx=\"%.1f\" cy=\"%d\" r=\"3\" fill=\"#222\"><title>starts at %s</title></circle>\n",
                    x(lane.start()), middle, Millis.of(lane.start())));
            if (lane.ended()) {
                body.append(String.format(Locale.ROOT,
                        "<rect class=\"end\" x=\"%.1f\" y=\"%d\" width=\"2\" height=\"%d\" fill=\"#222\"><title>ends at %s</title></rect>\n",
                        x(lane.end()) - 1, top - 2, BAR + 4, Millis.of(lane.end())));
            }
            body.append("</g>\n");
            y += ROW;
        }
        int bottom = y - ROW + BAR + 2;
        double exitLabel = x(end) - 3;
        if (main != null && main.ended() && main.end() < end * 98 / 100) {
            // Both labels end at their lines, on one row; when main ends too close to the exit for both, main's
            // label moves left until it clears the exit's.
            marker(main.end(), bottom, "main ends",
                    Math.min(x(main.end()) - 3, exitLabel - labelWidth("JVM exits") - LABEL_GAP));
        }
        marker(end, bottom, "JVM exits", exitLabel);
        y += 4;
    }

    /** A dashed vertical line across every lane, labelled above the axis by text that ends at {@code labelEnd}. */
    private void marker(long at, int bottom, String label, double labelEnd) {
        body.append(String.format(Locale.ROOT,
                "<line class=\"marker\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\" stroke-dasharray=\"3,3\"/>\n",
                x(at), TOP - 6, x(at), bottom));
        body.append(String.format(Locale.ROOT,
                "<text class=\"marker-label\" x=\"%.1f\" y=\"%d\" font-size=\"%d\" fill=\"#555\" text-anchor=\"end\" %s>%s</text>\n",
                labelEnd, TOP - 8, MARKER_FONT, FONT, escape(label)));
    }

    /** A marker label's width, at most: DejaVu Sans, the widest of the fonts named, averages 0.6 em a character. */
    static double labelWidth(String label) {
        return label.length() * MARKER_FONT * 0.62;
    }

    /**
     * The waits of one lane; waits closer together than a pixel are drawn as one, and the tooltip says how many
     * it stands for.
     */
    private void drawSpans(List<Span> spans, int top) {
        long pixel = Math.max(1, end / PLOT);
        int i = 0;
        while (i < spans.size()) {
            Span first = spans.get(i);
            long to = first.to();
            long total = first.length();
            int count = 1;
            while (i + count < spans.size() && spans.get(i + count).state() == first.state()
                    && spans.get(i + count).from() - to < pixel) {
                to = spans.get(i + count).to();
                total += spans.get(i + count).length();
                count++;
            }
            String on = first.detail().isEmpty() ? "" : " on " + first.detail();
            String tip = count == 1
                    ? "%s%s from %s to %s".formatted(first.state().verb(), on, Millis.of(first.from()), Millis.of(to))
                    : "%s%s %d times between %s and %s, %s in all".formatted(first.state().verb(), on, count,
                    Millis.of(first.from()), Millis.of(to), Millis.of(total));
            segment(first.state(), first.from(), to, top, tip);
            i += count;
        }
    }

    private void segment(ThreadState state, long from, long to, int top, String tip) {
        if (to < from) {
            return;
        }
        double left = x(from);
        double width = Math.max(1, x(to) - left);
        body.append(String.format(Locale.ROOT,
                "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>\n",
                state.name().toLowerCase(Locale.ROOT), left, top, width, BAR, state.colour(), escape(tip)));
    }

    /** Counts over time, for runs with too many threads for lanes. */
    private void counts() {
        y = TOP;
        var series = CountSeries.of(run, end, SAMPLES);
        int max = Math.max(1, series.maximum());
        int bottom = TOP + CHART;
        body.append(String.format(Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#bbb\"/>\n",
                LABELS, TOP, PLOT, CHART));
        for (int level : List.of(0, max / 2, max)) {
            double ly = bottom - level * (double) CHART / max;
            body.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" font-size=\"10\" %s>%,d threads</text>\n",
                    LABELS - 6, ly + 3, FONT, level));
        }
        for (CountSeries.Line line : series.lines()) {
            var points = new StringBuilder();
            for (int i = 0; i < line.values().length; i++) {
                long at = series.times()[i];
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(at),
                        bottom - line.values()[i] * (double) CHART / max));
            }
            body.append("<polyline class=\"count ").append(line.name()).append("\" fill=\"none\" stroke=\"")
                    .append(line.colour()).append("\" stroke-width=\"").append(line.name().equals("alive") ? 5 : 2)
                    .append("\" points=\"").append(points.toString().strip())
                    .append("\"><title>").append(escape(line.label() + ", at most " + "%,d".formatted(
                            Arrays.stream(line.values()).max().orElse(0)))).append("</title></polyline>\n");
        }
        y = bottom + 4;
    }

    private void axis() {
        long step = step(end);
        int top = y;
        body.append(String.format(Locale.ROOT,
                "<g class=\"axis\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>\n",
                LABELS, top, LABELS + PLOT, top));
        for (long t = 0; t <= end; t += step) {
            body.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>"
                            + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" %s>%s</text>\n",
                    x(t), top, x(t), top + 4, x(t), top + 15, FONT, Millis.of(t)));
        }
        body.append(String.format(Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" font-size=\"10\" %s>since main started</text></g>\n",
                LABELS - 20, top + 15, FONT));
        y = top + 24;
    }

    /** A round step in nanoseconds that gives five to ten ticks. */
    static long step(long end) {
        long raw = Math.max(1, end / 8);
        long magnitude = 1;
        while (magnitude * 10 <= raw) {
            magnitude *= 10;
        }
        for (long factor : new long[] {1, 2, 5}) {
            if (magnitude * factor >= raw) {
                return magnitude * factor;
            }
        }
        return magnitude * 10;
    }

    private void legend() {
        List<String[]> entries = new ArrayList<>();
        if (run.lanes().size() > MAX_LANES) {
            for (CountSeries.Line line : CountSeries.of(run, end, 2).lines()) {
                entries.add(new String[] {line.colour(), line.label()});
            }
        } else {
            Set<ThreadState> shown = EnumSet.noneOf(ThreadState.class);
            for (Lane lane : run.lanes()) {
                shown.add(lane.virtual() ? ThreadState.VIRTUAL : ThreadState.RUNNING);
                lane.spans().forEach(span -> shown.add(span.state()));
                if (!lane.ended()) {
                    shown.add(ThreadState.UNRECORDED);
                }
            }
            shown.forEach(state -> entries.add(new String[] {state.colour(), state.label()}));
        }
        body.append("<g class=\"legend\">\n");
        int x = 8;
        for (String[] entry : entries) {
            int width = 22 + entry[1].length() * 6;
            if (x + width > WIDTH) {
                x = 8;
                y += 16;
            }
            body.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"10\" %s>%s</text>\n",
                    x, y, entry[0], x + 16, y + 9, FONT, escape(entry[1])));
            x += width;
        }
        body.append("</g>\n");
        y += 18;
    }

    private void notes(List<String> notes) {
        for (String note : notes) {
            for (String line : wrap(note, 118)) {
                body.append(String.format(Locale.ROOT, "<text class=\"note\" x=\"8\" y=\"%d\" font-size=\"10\" %s>%s</text>\n",
                        y + 9, FONT, escape(line)));
                y += 13;
            }
        }
    }

    static List<String> wrap(String text, int width) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String shorten(String name) {
        return name.length() <= 22 ? name : name.substring(0, 21) + "…";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
