package book.run;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What one book run did with the machine, as it happened: when each example's process asked for room, started and
 * ended, when JBang resolved a command, and the CPU time this JVM's child processes had used, sampled twice a
 * second while any ran. {@link ScheduleReport} turns it into the figures that say how far the run is from the
 * machine's limit.
 *
 * <p>{@link Slots} records every process it lets start; {@code schedule.write(root.resolve("target/book/schedule"),
 * 2)} once the run is over.
 */
public final class Schedule {

    /** Why an example's process runs. */
    public enum Purpose {
        /** The run a reader does. */
        FIRST,
        /** The run a reader does, under Flight Recorder for the example's timeline. */
        RECORDED,
        /** One more run of the same command: {@code @runs}, or the flake hunter's repetitions. */
        REPEAT,
        /** The same command with both output streams in one pipe, for the {@code @merged} order. */
        MERGED,
        /** Another run, with its own arguments and expectation ({@code Output, LABEL:}). */
        OTHER,
        /** A compiler's check before or beside the runs: gofmt and go build of a Go program, javac's release checks. */
        COMPILE
    }

    /** One process an example asks to run: {@code new Job("goroutines/ProcessTiming", REPEAT, "run 2 of 5")}. */
    public record Job(String example, Purpose purpose, String what) {
    }

    /** One process of an example, in nanoseconds from the start of the schedule. */
    record Span(Job job, Slots.Demand demand, long asked, long started, long ended) {
        double seconds() {
            return (ended - started) / 1e9;
        }
    }

    /**
     * A run of an example's process that was void and ran again (its JVM found its performance counters' file locked),
     * in nanoseconds from the start of the schedule.
     */
    record Rerun(Job job, long at, String why) {
    }

    /** JBang resolving an example's command, in nanoseconds from the start of the schedule. */
    record Resolve(String example, long started, long ended) {
    }

    /** The children's CPU time so far, and how many example processes ran, at a moment of the run. */
    record Sample(long at, Duration childCpu, int running) {
    }

    private static final long SAMPLE_EVERY_MILLIS = 500;

    private final long origin = System.nanoTime();
    private final long originEpochMillis = System.currentTimeMillis();
    private final Optional<Duration> childCpuRead = ChildCpu.used();
    private final Duration childCpuAtStart = childCpuRead.orElse(Duration.ZERO);
    private final Duration ownCpuAtStart = ChildCpu.own();
    private final boolean measured = childCpuRead.isPresent();
    private final Optional<MachineCpu.Ticks> machineAtStart = MachineCpu.now();
    private final List<Span> spans = new ArrayList<>();
    private final List<Resolve> resolves = new ArrayList<>();
    private final List<Rerun> reruns = new ArrayList<>();
    /** What each entry of the run is ("example", "Go program"), by id; an entry not named here is an example. */
    private final Map<String, String> kinds = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private int running;
    private boolean sampling;

    /** Nanoseconds since the schedule started. */
    long now() {
        return System.nanoTime() - origin;
    }

    /** An example's process starts now; while any runs, the children's CPU time is sampled. */
    synchronized long started() {
        running++;
        if (!sampling && measured) {
            sampling = true;
            samples.add(sample());
            Thread.ofPlatform().daemon().name("schedule sampler").start(this::sampleWhileRunning);
        }
        return now();
    }

    /** The process that asked at {@code asked} and started at {@code started} has ended. */
    synchronized void ended(Job job, Slots.Demand demand, long asked, long started) {
        running--;
        spans.add(new Span(job, demand, asked, started, now()));
    }

    /** The entry {@code id} is a {@code kind} ("Go program"), for the summary's counts. */
    synchronized void kind(String id, String kind) {
        kinds.put(id, kind);
    }

    /** The process of {@code job} ran in vain, for the reason {@code why}, and runs again now. */
    synchronized void ranAgain(Job job, String why) {
        reruns.add(new Rerun(job, now(), why));
    }

    /** JBang resolved the example's command from {@code started} to now. */
    synchronized void resolved(String example, long started) {
        resolves.add(new Resolve(example, started, now()));
    }

    private void sampleWhileRunning() {
        while (true) {
            try {
                TimeUnit.MILLISECONDS.sleep(SAMPLE_EVERY_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                samples.add(sample());
                if (running == 0) {
                    sampling = false;
                    return;
                }
            }
        }
    }

    /**
     * The children's CPU time so far, never less than at the last sample: a grandchild's time disappears from the
     * count for a moment when its parent, still running, waits for it.
     */
    private Sample sample() {
        Duration used = ChildCpu.used().orElse(childCpuAtStart).minus(childCpuAtStart);
        if (!samples.isEmpty() && used.compareTo(samples.getLast().childCpu()) < 0) {
            used = samples.getLast().childCpu();
        }
        return new Sample(now(), used, running);
    }

    /** Writes the schedule and its summary into {@code directory}, as {@link ScheduleReport} describes. */
    public void write(Path directory, int cores) {
        ScheduleReport report;
        synchronized (this) {
            Sample last = sample();
            samples.add(last);
            report = new ScheduleReport(List.copyOf(spans), List.copyOf(resolves), List.copyOf(reruns), Map.copyOf(kinds),
                    List.copyOf(samples), cores,
                    originEpochMillis, ManagementFactory.getRuntimeMXBean().getStartTime(), now(),
                    measured ? last.childCpu() : null,
                    ChildCpu.own().minus(ownCpuAtStart),
                    machineAtStart.flatMap(start -> MachineCpu.now().map(end -> end.busySince(start))).orElse(-1.0));
        }
        report.write(directory);
    }
}
