package book.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The floor is the longest of what no schedule keeping the guarantees can beat; the files say what happened. */
class ScheduleReportTest {

    private static final long S = 1_000_000_000L;

    @Test
    void theLongestExampleIsTheFloorWhenTheCpuIsNotTheLimit() {
        var report = report(List.of(
                span("long", Slots.Demand.SHARED, 0, 7),
                span("short", Slots.Demand.SHARED, 0, 1)), Duration.ofSeconds(4), Duration.ofSeconds(1));
        assertEquals(7.0, report.floor(), 1e-9);
    }

    @Test
    void anExamplesRunsCountOneAfterAnother() {
        var report = report(List.of(
                span("repeated", Slots.Demand.SHARED, 0, 3),
                span("repeated", Slots.Demand.SHARED, 3, 6),
                span("single", Slots.Demand.SHARED, 0, 5)), Duration.ofSeconds(1), Duration.ZERO);
        assertEquals(6.0, report.floor(), 1e-9);
        assertEquals("repeated", report.longest().getKey());
    }

    @Test
    void theCpuTimeOverTheCoresIsTheFloorWhenItIsLonger() {
        var report = report(List.of(span("a", Slots.Demand.SHARED, 0, 2)), Duration.ofSeconds(18),
                Duration.ofSeconds(2));
        assertEquals(10.0, report.floor(), 1e-9);
    }

    @Test
    void aloneTimeComesBeforeTheLongestTimedExampleAndTheRestOfTheCpu() {
        var spans = List.of(
                span("alone", Slots.Demand.ALONE, 0, 2),
                span("alone", Slots.Demand.ALONE, 2, 3),
                span("timed", Slots.Demand.TIMED, 3, 8),
                span("shared", Slots.Demand.SHARED, 3, 9.5));
        var samples = List.of(new Schedule.Sample(0, Duration.ZERO, 1),
                new Schedule.Sample(3 * S, Duration.ofSeconds(3), 1),
                new Schedule.Sample(10 * S, Duration.ofSeconds(5), 1));
        var report = new ScheduleReport(spans, List.of(), List.of(), Map.of(), samples, 2, 0, 0, 10 * S,
                Duration.ofSeconds(5), Duration.ofSeconds(2), -1);
        assertEquals(3.0, report.aloneSeconds(), 1e-9);
        // Longer than the longest example (6.5 s) and than 3 s plus the rest of the CPU over 2 cores ((7 - 3) / 2 s).
        assertEquals(8.0, report.floor(), 1e-9);
    }

    @Test
    void aloneTimePlusTheCpuOutsideItOverTheCores() {
        var spans = List.of(
                span("alone", Slots.Demand.ALONE, 0, 2),
                span("shared", Slots.Demand.SHARED, 2, 3));
        var samples = List.of(new Schedule.Sample(0, Duration.ZERO, 1),
                new Schedule.Sample(2 * S, Duration.ofSeconds(2), 1),
                new Schedule.Sample(12 * S, Duration.ofSeconds(14), 1));
        var report = new ScheduleReport(spans, List.of(), List.of(), Map.of(), samples, 2, 0, 0, 12 * S,
                Duration.ofSeconds(14), Duration.ofSeconds(2), -1);
        // 2 s alone, then (14 + 2 - 2) s of CPU over 2 cores.
        assertEquals(9.0, report.floor(), 1e-9);
    }

    @Test
    void writesEveryProcessTheSummaryAndTheFigures(@TempDir Path directory) throws IOException {
        var report = report(List.of(
                span("goroutines/CountToTen", Slots.Demand.TIMED, 0, 7),
                span("mutexes/RaceyCounter", Slots.Demand.ALONE, 7, 7.5)), Duration.ofSeconds(2), Duration.ofSeconds(1));
        report.write(directory);
        List<String> runs = Files.readAllLines(directory.resolve("runs.tsv"));
        assertEquals(3, runs.size());
        assertTrue(runs.get(1).startsWith("goroutines/CountToTen\trun\tFIRST\tTIMED\t"), runs.get(1));
        String summary = Files.readString(directory.resolve("summary.txt"));
        assertTrue(summary.contains("longest entry: goroutines/CountToTen, 7.0 s"), summary);
        assertTrue(summary.contains("alone: mutexes/RaceyCounter"), summary);
        assertTrue(summary.contains("\n  the whole machine, whatever ran on it (this run, the build beside it, other work):"
                + " 15% idle\n"), summary);
        String figures = Files.readString(directory.resolve("figures.properties"));
        assertTrue(figures.contains("floor.seconds=7.5\n"), figures);
        assertTrue(figures.contains("alone.seconds=0.5\n"), figures);
    }

    @Test
    void countsEachKindOfEntryApartAndSaysWhichRunsWereVoid(@TempDir Path directory) throws IOException {
        var spans = List.of(
                span("goroutines/CountToTen", Slots.Demand.TIMED, 0, 7),
                span("failing/Hangs", Slots.Demand.SHARED, 0, 3),
                span("channels/SideBySide.go", Slots.Demand.TIMED, 0, 1),
                span("release-checks", Slots.Demand.SHARED, 1, 9));
        var rerun = new Schedule.Rerun(new Schedule.Job("failing/Hangs", Schedule.Purpose.FIRST, "run"), 2 * S,
                "a JVM found its performance counters' file locked");
        var samples = List.of(new Schedule.Sample(0, Duration.ZERO, 0), new Schedule.Sample(9 * S, Duration.ZERO, 0));
        new ScheduleReport(spans, List.of(), List.of(rerun),
                Map.of("channels/SideBySide.go", "Go program", "release-checks", "release-check run"),
                samples, 2, 0, 0, 9 * S, Duration.ofSeconds(3), Duration.ZERO, -1).write(directory);
        String summary = Files.readString(directory.resolve("summary.txt"));
        assertTrue(summary.startsWith("book run: 2 examples, 1 Go program, 1 release-check run, 4 processes,"), summary);
        assertTrue(summary.contains("  ran again: 1 void run, failing/Hangs run (a JVM found its performance counters'"
                + " file locked)\n"), summary);
        assertTrue(summary.contains("longest entry: release-checks, 8.0 s"), summary);
        assertTrue(Files.readAllLines(directory.resolve("runs.tsv")).contains(
                "failing/Hangs\trun: void, ran again (a JVM found its performance counters' file locked)\tFIRST\t-\t-\t-"
                        + "\t2.000\t-"), directory.toString());
    }

    @Test
    void aRunWhoseResultsAllCameFromTheCacheSaysSo(@TempDir Path directory) throws IOException {
        report(List.of(), Duration.ZERO, Duration.ofMillis(200)).write(directory);
        assertEquals("book run: no process ran; every example's result was reused from an earlier run\n",
                Files.readString(directory.resolve("summary.txt")));
    }

    private static ScheduleReport report(List<Schedule.Span> spans, Duration childCpu, Duration ownCpu) {
        long end = spans.stream().mapToLong(Schedule.Span::ended).max().orElse(0);
        var samples = List.of(new Schedule.Sample(0, Duration.ZERO, 0), new Schedule.Sample(end, childCpu, 0));
        return new ScheduleReport(spans, List.of(), List.of(), Map.of(), samples, 2, 0, 0, end, childCpu, ownCpu, 0.85);
    }

    private static Schedule.Span span(String example, Slots.Demand demand, double from, double to) {
        return new Schedule.Span(new Schedule.Job(example, Schedule.Purpose.FIRST, "run"), demand, (long) (from * S),
                (long) (from * S), (long) (to * S));
    }
}
