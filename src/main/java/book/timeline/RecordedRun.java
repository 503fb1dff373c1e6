package book.timeline;

import java.util.List;

/**
 * The threads of one recorded example run, ready to draw: {@code main} first, then the others in the order they
 * started; JDK threads (carriers of virtual threads, Flight Recorder's own) are left out and counted.
 *
 * @param end            nanoseconds from the start of {@code main} to the last event of the run
 * @param shutdownReason why the JVM shut down, as it recorded it, or empty
 * @param jdkThreads     how many of the JDK's own threads the recording held and the timeline leaves out
 */
public record RecordedRun(List<Lane> lanes, long end, String shutdownReason, int jdkThreads) {

    public RecordedRun {
        lanes = List.copyOf(lanes);
    }
}
