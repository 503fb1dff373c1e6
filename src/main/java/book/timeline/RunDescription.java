package book.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The text of a timeline, for readers who cannot see it (the SVG's {@code <desc>}) and for every reader (its
 * notes): how many threads ran, what they waited for and when the waits overlapped, how the run ended, and what
 * the recording cannot show.
 *
 * <p>{@code RunDescription.of(run).text()} reads like "main and 10 virtual threads, over 1025 ms from the start of
 * main. 10 threads are sleeping, 1002 ms to 1003 ms each in all; all 10 at once, from 20 ms to 1021 ms. ..."
 */
record RunDescription(String text, List<String> notes) {

    static RunDescription of(RecordedRun run) {
        var sentences = new ArrayList<String>();
        List<Lane> lanes = run.lanes();
        Lane main = lanes.isEmpty() ? null : lanes.getFirst();
        List<Lane> others = lanes.isEmpty() ? List.of() : lanes.subList(1, lanes.size());
        long virtual = others.stream().filter(Lane::virtual).count();
        long platform = others.size() - virtual;
        sentences.add("%s and %s, over %s from the start of main.".formatted(
                main == null ? "no thread" : main.name(), threads(virtual, platform), Millis.of(run.end())));
        for (ThreadState state : ThreadState.values()) {
            String summary = stateSummary(others, state);
            if (!summary.isEmpty()) {
                sentences.add(summary);
            }
        }
        if (main != null) {
            main.spans().stream().filter(span -> span.length() * 20 >= run.end())
                    .limit(4)
                    .forEach(span -> sentences.add("%s is %s%s from %s to %s.".formatted(main.name(),
                            span.state().verb(), span.detail().isEmpty() ? "" : " on " + span.detail(),
                            Millis.of(span.from()), Millis.of(span.to()))));
            if (main.ended()) {
                sentences.add(main.name() + " ends at " + Millis.of(main.end()) + ".");
            }
        }
        long alive = lanes.stream().filter(lane -> !lane.ended()).count();
        String exit = "The JVM exits at " + Millis.of(run.end())
                + (run.shutdownReason().isEmpty() ? "" : " (" + run.shutdownReason() + ")");
        sentences.add(alive == 0 ? exit + "; every thread ended before."
                : exit + " with " + (alive == 1 ? "1 thread" : alive + " threads") + " still alive.");
        var notes = notes(run, alive);
        sentences.addAll(notes);
        return new RunDescription(String.join(" ", sentences), notes);
    }

    /** "10 threads are sleeping, 1002 ms to 1003 ms each in all; all 10 at once, from 20 ms to 1021 ms." */
    private static String stateSummary(List<Lane> lanes, ThreadState state) {
        if (state.event() == null) {
            return "";
        }
        var totals = new ArrayList<Long>();
        var spans = new ArrayList<Span>();
        for (Lane lane : lanes) {
            long total = 0;
            for (Span span : lane.spans()) {
                if (span.state() == state) {
                    total += span.length();
                    spans.add(span);
                }
            }
            if (total > 0) {
                totals.add(total);
            }
        }
        if (totals.isEmpty()) {
            return "";
        }
        long least = totals.stream().min(Long::compare).orElseThrow();
        long most = totals.stream().max(Long::compare).orElseThrow();
        String each = Millis.of(most).startsWith("under") ? Millis.of(most)
                : Millis.of(least).equals(Millis.of(most)) ? "about " + Millis.of(most)
                : Millis.of(least) + " to " + Millis.of(most);
        String who = totals.size() == 1 ? "1 thread is " : totals.size() + " threads are ";
        String summary = who + state.verb() + ", " + each + (totals.size() == 1 ? " in all" : " each in all");
        Overlap overlap = Overlap.of(spans);
        if (totals.size() > 1 && overlap.count() > 1) {
            summary += (overlap.count() == totals.size() ? "; all " : "; at most ") + overlap.count()
                    + " at once, from " + Millis.of(overlap.from()) + " to " + Millis.of(overlap.to());
        }
        return summary + ".";
    }

    /** The largest number of spans that overlap, and the first stretch of time during which they all do. */
    private record Overlap(int count, long from, long to) {
        static Overlap of(List<Span> spans) {
            var edges = new ArrayList<long[]>();
            for (Span span : spans) {
                edges.add(new long[] {span.from(), 1});
                edges.add(new long[] {span.to(), -1});
            }
            edges.sort(Comparator.<long[]>comparingLong(edge -> edge[0]).thenComparingLong(edge -> edge[1]));
            int now = 0, best = 0;
            long from = 0, to = 0;
            boolean open = false;
            for (long[] edge : edges) {
                now += (int) edge[1];
                if (now > best) {
                    best = now;
                    from = edge[0];
                    open = true;
                } else if (open && edge[1] < 0) {
                    to = edge[0];
                    open = false;
                }
            }
            return new Overlap(best, from, to);
        }
    }

    private static String threads(long virtual, long platform) {
        if (virtual + platform == 0) {
            return "no other thread";
        }
        var parts = new ArrayList<String>();
        if (virtual > 0) {
            parts.add(virtual + " virtual thread" + (virtual == 1 ? "" : "s"));
        }
        if (platform > 0) {
            parts.add(platform + " platform thread" + (platform == 1 ? "" : "s"));
        }
        return String.join(" and ", parts);
    }

    /** What the picture cannot show, said in words instead of drawn as a guess. */
    private static List<String> notes(RecordedRun run, long alive) {
        var notes = new ArrayList<String>();
        if (alive > 0) {
            notes.add("Grey: a thread still alive when the JVM exited has no end, and the wait it was in is not drawn:"
                    + " Flight Recorder writes a sleep or a park only when it ends.");
        }
        boolean virtualThreads = run.lanes().stream().anyMatch(Lane::virtual);
        boolean lanes = run.lanes().size() <= TimelineSvg.MAX_LANES;
        if (virtualThreads && lanes) {
            notes.add("Pale green: JDK 25's Flight Recorder writes no park event for a virtual thread (a lock, a latch,"
                    + " a queue) and none for its wait to enter synchronized, so a virtual thread's lane shows only its"
                    + " sleeps; between them it may have run or waited. Its start is recorded when it first runs, which can be later than the start() call.");
        }
        if (virtualThreads && !lanes) {
            notes.add("JDK 25's Flight Recorder writes no park event for a virtual thread and none for its wait to"
                    + " enter synchronized: such waits count as alive, not as waiting.");
        }
        if (virtualThreads && run.jdkThreads() > 0) {
            notes.add("Not drawn: " + run.jdkThreads() + " JDK thread" + (run.jdkThreads() == 1 ? "" : "s")
                    + " (the carriers that run the virtual threads, Flight Recorder's own).");
        } else if (run.jdkThreads() > 0) {
            notes.add("Not drawn: " + run.jdkThreads() + " of the JDK's own thread" + (run.jdkThreads() == 1 ? "" : "s") + ".");
        }
        return notes;
    }
}
