package book.timeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How many threads of a run were alive, sleeping, waiting in any other way and finished, sampled at even times
 * from the start of {@code main} to the end of the run: the picture of a run with thousands of threads.
 *
 * <p>{@code CountSeries.of(run, run.end(), 300).lines()}
 */
final class CountSeries {

    /** One curve: its class name in the SVG, its colour, its legend label and its value at each sample. */
    record Line(String name, String colour, String label, int[] values) {
    }

    private final long[] times;
    private final List<Line> lines;

    private CountSeries(long[] times, List<Line> lines) {
        this.times = times;
        this.lines = lines;
    }

    static CountSeries of(RecordedRun run, long end, int samples) {
        long[] times = new long[samples];
        for (int i = 0; i < samples; i++) {
            times[i] = samples == 1 ? end : end * i / (samples - 1);
        }
        var starts = new ArrayList<Long>();
        var ends = new ArrayList<Long>();
        var sleepFrom = new ArrayList<Long>();
        var sleepTo = new ArrayList<Long>();
        var waitFrom = new ArrayList<Long>();
        var waitTo = new ArrayList<Long>();
        for (Lane lane : run.lanes()) {
            starts.add(lane.start());
            if (lane.ended()) {
                ends.add(lane.end());
            }
            for (Span span : lane.spans()) {
                boolean sleeping = span.state() == ThreadState.SLEEPING;
                (sleeping ? sleepFrom : waitFrom).add(span.from());
                (sleeping ? sleepTo : waitTo).add(span.to());
            }
        }
        long[] s = sorted(starts), e = sorted(ends), sf = sorted(sleepFrom), st = sorted(sleepTo),
                wf = sorted(waitFrom), wt = sorted(waitTo);
        int[] alive = new int[samples], sleeping = new int[samples], waiting = new int[samples], finished = new int[samples];
        for (int i = 0; i < samples; i++) {
            long t = times[i];
            finished[i] = atOrBefore(e, t);
            alive[i] = atOrBefore(s, t) - finished[i];
            sleeping[i] = atOrBefore(sf, t) - atOrBefore(st, t);
            waiting[i] = atOrBefore(wf, t) - atOrBefore(wt, t);
        }
        return new CountSeries(times, List.of(
                new Line("alive", ThreadState.RUNNING.colour(), "alive", alive),
                new Line("sleeping", ThreadState.SLEEPING.colour(), "sleeping", sleeping),
                new Line("waiting", ThreadState.PARKED.colour(), "parked, blocked or waiting", waiting),
                new Line("finished", "#444444", "finished", finished)));
    }

    long[] times() {
        return times;
    }

    List<Line> lines() {
        return lines;
    }

    /** The largest value of any curve, for the scale. */
    int maximum() {
        return lines.stream().flatMapToInt(line -> Arrays.stream(line.values())).max().orElse(0);
    }

    private static long[] sorted(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** How many of the sorted values are at or before {@code t}. */
    private static int atOrBefore(long[] values, long t) {
        int low = 0, high = values.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (values[middle] <= t) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
