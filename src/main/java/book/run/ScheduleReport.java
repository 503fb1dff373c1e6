package book.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures of one book run's {@link Schedule}: where its time went, and its floor, the shortest time the run could
 * take on these cores: the longest entry (an example, a Go program, ...), its processes one after another, or the CPU time of the run spread over
 * every core, whichever is longer. Writes three files:
 * <ul>
 *   <li>{@code runs.tsv}: one line per process (and per JBang call), when it asked for room, started and ended;
 *   <li>{@code summary.txt}: the breakdown, the floor and a timeline of the cores used, second by second, which
 *       {@code bench/verify-speed} prints;
 *   <li>{@code figures.properties}: the same figures for a script, with the run's start and end as epoch
 *       milliseconds, so that the benchmark can add the build's own start-up to the floor.
 * </ul>
 */
final class ScheduleReport {

    private static final int BAR = 20;

    private final List<Schedule.Span> spans;
    private final List<Schedule.Resolve> resolves;
    private final List<Schedule.Rerun> reruns;
    /** What each entry is ("Go program"), by id; one not named is an example. */
    private final Map<String, String> kinds;
    private final List<Schedule.Sample> samples;
    private final int cores;
    private final long originEpochMillis;
    private final long jvmStartEpochMillis;
    private final long end;
    /** The children's CPU time over the run; null where it cannot be measured. */
    private final Duration childCpu;
    private final Duration ownCpu;
    /** The share of the whole machine's CPU that was busy over the run, by anything; negative where not measured. */
    private final double machineBusy;

    ScheduleReport(List<Schedule.Span> spans, List<Schedule.Resolve> resolves, List<Schedule.Rerun> reruns,
                   Map<String, String> kinds, List<Schedule.Sample> samples, int cores, long originEpochMillis, long jvmStartEpochMillis, long end, Duration childCpu,
                   Duration ownCpu, double machineBusy) {
        this.spans = spans.stream().sorted(Comparator.comparingLong(Schedule.Span::started)).toList();
        this.resolves = resolves;
        this.reruns = reruns;
        this.kinds = kinds;
        this.samples = samples;
        this.cores = cores;
        this.originEpochMillis = originEpochMillis;
        this.jvmStartEpochMillis = jvmStartEpochMillis;
        this.end = end;
        this.childCpu = childCpu;
        this.ownCpu = ownCpu;
        this.machineBusy = machineBusy;
    }

    void write(Path directory) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("runs.tsv"), table());
            Files.writeString(directory.resolve("summary.txt"), summary());
            Files.writeString(directory.resolve("figures.properties"), figures());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schedule to " + directory, e);
        }
    }

    /** Each example's processes one after another, as the runner runs them: the example's shortest possible time. */
    Map<String, Double> chains() {
        var chains = new LinkedHashMap<String, Double>();
        for (Schedule.Span span : spans) {
            chains.merge(span.job().example(), span.seconds(), Double::sum);
        }
        return chains;
    }

    Map.Entry<String, Double> longest() {
        return chains().entrySet().stream().max(Map.Entry.comparingByValue()).orElse(Map.entry("none", 0.0));
    }

    /** The CPU time of the run: the children's and this JVM's. */
    double cpuSeconds() {
        return childCpu == null ? 0 : (childCpu.toNanos() + ownCpu.toNanos()) / 1e9;
    }

    /**
     * The shortest time a schedule that keeps the guarantees could take: not shorter than the longest entry; and
     * since nothing overlaps the {@code @alone} processes but sleepers, and no TIMED example either, not shorter than
     * their time plus the longest TIMED example, nor than their time plus the rest of the CPU time over every core.
     */
    double floor() {
        double alone = aloneSeconds();
        return Math.max(longest().getValue(), Math.max(alone + longestTimed(),
                alone + (cpuSeconds() - childCpuWhileAlone()) / cores));
    }

    /** The time at least one {@code @alone} process ran. */
    double aloneSeconds() {
        return aloneIntervals().stream().mapToLong(interval -> interval[1] - interval[0]).sum() / 1e9;
    }

    private double childCpuWhileAlone() {
        return aloneIntervals().stream().mapToLong(interval -> cpuAt(interval[1]) - cpuAt(interval[0])).sum() / 1e9;
    }

    /** The chain of the longest example with a TIMED process. */
    private double longestTimed() {
        var timed = spans.stream().filter(span -> span.demand() == Slots.Demand.TIMED)
                .map(span -> span.job().example()).collect(Collectors.toSet());
        return chains().entrySet().stream().filter(chain -> timed.contains(chain.getKey()))
                .mapToDouble(Map.Entry::getValue).max().orElse(0);
    }

    /** The times when at least one ALONE process ran, merged, in order. */
    private List<long[]> aloneIntervals() {
        var merged = new ArrayList<long[]>();
        spans.stream().filter(span -> span.demand() == Slots.Demand.ALONE).forEach(span -> {
            if (!merged.isEmpty() && merged.getLast()[1] >= span.started()) {
                merged.getLast()[1] = Math.max(merged.getLast()[1], span.ended());
            } else {
                merged.add(new long[]{span.started(), span.ended()});
            }
        });
        return merged;
    }

    /** From the first process's start to the end of the run. */
    double seconds() {
        long first = spans.isEmpty() ? end : spans.getFirst().started();
        return (end - Math.min(first, resolves.stream().mapToLong(Schedule.Resolve::started).min().orElse(first))) / 1e9;
    }

    private String table() {
        var text = new StringBuilder("example\tprocess\tpurpose\tdemand\tasked s\tstarted s\tended s\twall s\n");
        for (Schedule.Resolve resolve : resolves) {
            text.append("%s\tJBang resolves the command\t-\t-\t%s\t%s\t%s\t%s%n".formatted(resolve.example(),
                    s(resolve.started()), s(resolve.started()), s(resolve.ended()), s(resolve.ended() - resolve.started())));
        }
        for (Schedule.Rerun rerun : reruns) {
            text.append("%s\t%s: void, ran again (%s)\t%s\t-\t-\t-\t%s\t-%n".formatted(rerun.job().example(),
                    rerun.job().what(), rerun.why(), rerun.job().purpose(), s(rerun.at())));
        }
        for (Schedule.Span span : spans) {
            text.append("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s%n".formatted(span.job().example(), span.job().what(),
                    span.job().purpose(), span.demand(), s(span.asked()), s(span.started()), s(span.ended()),
                    s(span.ended() - span.started())));
        }
        return text.toString();
    }

    private String summary() {
        if (spans.isEmpty()) {
            // Every result came from the cache: no time to break down, no floor, no timeline.
            return "book run: no process ran; every example's result was reused from an earlier run%n".formatted();
        }
        var text = new StringBuilder();
        text.append("book run: %s, %d processes, on %d cores: %s s from the first start to the last end%n"
                .formatted(entries(), spans.size(), cores, f(seconds())));
        text.append("  wall time of the processes, in all: %s s%n".formatted(f(wall(spans))));
        for (Schedule.Purpose purpose : Schedule.Purpose.values()) {
            List<Schedule.Span> these = spans.stream().filter(span -> span.job().purpose() == purpose).toList();
            if (!these.isEmpty()) {
                text.append("    %-9s %3d processes %7s s   %s%n".formatted(purpose.name().toLowerCase(Locale.ROOT),
                        these.size(), f(wall(these)), explain(purpose)));
            }
        }
        for (Slots.Demand demand : Slots.Demand.values()) {
            List<Schedule.Span> these = spans.stream().filter(span -> span.demand() == demand).toList();
            text.append("    %-9s %3d processes %7s s   %s%n".formatted(demand.name().toLowerCase(Locale.ROOT),
                    these.size(), f(wall(these)), explain(demand)));
        }
        text.append("  JBang resolved %d commands in %s s; the others came from the command cache%n"
                .formatted(resolves.size(), f(resolves.stream().mapToLong(r -> r.ended() - r.started()).sum() / 1e9)));
        if (!reruns.isEmpty()) {
            text.append("  ran again: %d void run%s, %s%n".formatted(reruns.size(), reruns.size() == 1 ? "" : "s", reruns.stream()
                    .map(rerun -> "%s %s (%s)".formatted(rerun.job().example(), rerun.job().what(), rerun.why()))
                    .collect(Collectors.joining("; "))));
        }
        var longest = longest();
        text.append("  longest entry: %s, %s s (its processes one after another)%n".formatted(longest.getKey(),
                f(longest.getValue())));
        if (childCpu == null) {
            text.append("  CPU time: not measured (no /proc on this system)%n".formatted());
        } else {
            double offered = cores * seconds();
            text.append("  CPU time: %s s of the examples (and JBang), %s s of the build's test JVM; %s of the %s"
                    .formatted(f(childCpu.toNanos() / 1e9), f(ownCpu.toNanos() / 1e9), f(cpuSeconds()), f(offered))
                    + " core-seconds the run had, %d%% idle%n".formatted(Math.round(100 * (1 - cpuSeconds() / offered))));
        }
        if (machineBusy >= 0) {
            text.append("  the whole machine, whatever ran on it (this run, the build beside it, other work): %d%% idle%n"
                    .formatted(Math.round(100 * (1 - machineBusy))));
        }
        double alone = aloneSeconds();
        text.append("  floor: %s s, the longest of: the longest entry (%s s); the @alone time (%s s) plus the longest"
                .formatted(f(floor()), f(longest.getValue()), f(alone))
                + " TIMED example (%s s); the @alone time plus the rest of the CPU time over %d cores (%s s)%n".formatted(
                f(longestTimed()), cores, f((cpuSeconds() - childCpuWhileAlone()) / cores)));
        text.append("  this run took %s times its floor%n".formatted(f(seconds() / floor())));
        text.append(timeline());
        return text.toString();
    }

    /** The entries that ran a process, counted by kind, the examples first: "96 examples, 6 Go programs". */
    private String entries() {
        var counts = new LinkedHashMap<String, Long>();
        counts.put("example", 0L);
        spans.stream().map(span -> span.job().example()).distinct()
                .forEach(id -> counts.merge(kinds.getOrDefault(id, "example"), 1L, Long::sum));
        return counts.entrySet().stream().filter(count -> count.getValue() > 0)
                .map(count -> count.getValue() + " " + count.getKey() + (count.getValue() == 1 ? "" : "s"))
                .collect(Collectors.joining(", "));
    }

    private static String explain(Schedule.Purpose purpose) {
        return switch (purpose) {
            case FIRST -> "the run a reader does";
            case RECORDED -> "the same, under Flight Recorder (@timeline)";
            case REPEAT -> "the same command again (@runs)";
            case MERGED -> "the same, both streams in one pipe (@merged)";
            case OTHER -> "other runs with their own arguments (Output, LABEL:)";
            case COMPILE -> "compilers: gofmt and go build of a Go program, javac's release checks";
        };
    }

    private static String explain(Slots.Demand demand) {
        return switch (demand) {
            case SHARED -> "beside anything, at a lower priority";
            case TIMED -> "ahead of the shared ones (@wall, duration ranges)";
            case ALONE -> "with nothing busy beside them (@alone)";
        };
    }

    /** One line a second: the cores the children used (a bar of 20 is every core), the processes running. */
    private String timeline() {
        if (childCpu == null || samples.isEmpty()) {
            return "";
        }
        var text = new StringBuilder("  timeline, one line a second: cores used by the examples (%d = full bar),"
                .formatted(cores) + " processes running, the @alone ones by name\n");
        long start = spans.isEmpty() ? 0 : spans.getFirst().started();
        long second = 1_000_000_000L;
        for (long at = start; at < end; at += second) {
            long from = at;
            long to = Math.min(from + second, end);
            double used = Math.max(0, cpuAt(to) - cpuAt(from)) / (double) (to - from);
            int running = maxRunning(from, to);
            int filled = (int) Math.round(Math.min(used, cores) / cores * BAR * 2);
            String bar = "█".repeat(filled / 2) + (filled % 2 == 1 ? "▌" : "");
            String alone = spans.stream().filter(span -> span.demand() == Slots.Demand.ALONE)
                    .filter(span -> span.started() < to && span.ended() > from)
                    .map(span -> span.job().example()).distinct().collect(Collectors.joining(", "));
            text.append(("  %5.1f s |%-" + BAR + "s| %4.2f  %2d running%s%n").formatted((from - start) / 1e9, bar,
                    used, running, alone.isEmpty() ? "" : "  alone: " + alone));
        }
        return text.toString();
    }

    /** The children's CPU time, in nanoseconds, at a moment: between two samples it grows evenly. */
    private long cpuAt(long at) {
        Schedule.Sample before = null;
        for (Schedule.Sample sample : samples) {
            if (sample.at() >= at) {
                if (before == null) {
                    return sample.childCpu().toNanos();
                }
                double share = (at - before.at()) / (double) Math.max(1, sample.at() - before.at());
                long from = before.childCpu().toNanos();
                return from + Math.round(share * (sample.childCpu().toNanos() - from));
            }
            before = sample;
        }
        return before == null ? 0 : before.childCpu().toNanos();
    }

    /** The most processes running at once between two moments. */
    private int maxRunning(long from, long to) {
        var events = new ArrayList<long[]>();
        for (Schedule.Span span : spans) {
            if (span.started() < to && span.ended() > from) {
                events.add(new long[]{Math.max(span.started(), from), 1});
                events.add(new long[]{Math.min(span.ended(), to), -1});
            }
        }
        events.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        int running = 0;
        int most = 0;
        for (long[] event : events) {
            running += (int) event[1];
            most = Math.max(most, running);
        }
        return most;
    }

    private String figures() {
        var longest = longest();
        return String.join("\n",
                "cores=" + cores,
                "jvm.started.epochMillis=" + jvmStartEpochMillis,
                "started.epochMillis=" + originEpochMillis,
                "ended.epochMillis=" + (originEpochMillis + end / 1_000_000),
                "seconds=" + f(seconds()),
                "processes=" + spans.size(),
                "wall.seconds=" + f(wall(spans)),
                "cpu.seconds=" + f(cpuSeconds()),
                "longest.example=" + longest.getKey(),
                "longest.seconds=" + f(longest.getValue()),
                "alone.seconds=" + f(aloneSeconds()),
                "floor.seconds=" + f(floor()),
                "");
    }

    private static double wall(List<Schedule.Span> spans) {
        return spans.stream().mapToDouble(Schedule.Span::seconds).sum();
    }

    private static String s(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }

    private static String f(double seconds) {
        return String.format(Locale.ROOT, "%.1f", seconds);
    }
}
