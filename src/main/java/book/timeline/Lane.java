package book.timeline;

import java.util.List;

/**
 * One thread of a recorded run: its name as the program gave it, when it started and ended (nanoseconds from the
 * start of {@code main}), and its recorded waits in time order.
 *
 * @param ended false when the thread was still alive as the JVM exited; {@code end} is then the end of the run
 * @param spans the waits the recording holds, in order and without overlap; the gaps between them are running
 */
public record Lane(String name, boolean virtual, long start, long end, boolean ended, List<Span> spans) {

    public Lane {
        spans = List.copyOf(spans);
    }

    /** The end of the last recorded event of this thread, or its start when it has none. */
    public long lastRecorded() {
        return spans.isEmpty() ? start : Math.max(start, spans.getLast().to());
    }
}
