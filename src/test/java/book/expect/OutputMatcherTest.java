package book.expect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static book.expect.Scripts.parse;
import static book.expect.Scripts.stdout;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputMatcherTest {

    private static final List<String> TEN_PROCESSES = List.of(
            "@interleave 3 by pid",            // line 3
            "Started process {pid=int 0..2}",  // line 4
            "Completed process {pid}",         // line 5
            "@end",
            "All processes completed");        // line 7

    private static final List<String> WORKERS = List.of(
            "Start",                 // line 3
            "@unordered",            // line 4
            "worker 1 done",         // line 5
            "worker 2 done",         // line 6
            "worker 3 done",         // line 7
            "@end",
            "Done");                 // line 9

    private static void passes(Match match) {
        assertTrue(match.ok(), match::report);
        assertEquals(-1, match.failedLine());
    }

    private static Match fails(Match match) {
        assertFalse(match.ok(), () -> "expected a failure; checks: " + match.checks());
        return match;
    }

    @Test
    void exactLinesAccept() {
        Match match = stdout(List.of("one", "two"), "one", "two");
        passes(match);
        assertEquals(List.of("lines 1–2 exact"), match.checks());
    }

    @Test
    void exactLinesDoNotVary() {
        assertEquals(List.of(), stdout(List.of("one", "two"), "one", "two").varyingLines());
    }

    @Test
    void placeholderAndUnorderedLinesVary() {
        Match match = stdout(WORKERS, "Start", "worker 2 done", "worker 1 done", "worker 3 done", "Done");
        passes(match);
        assertEquals(List.of(2, 3, 4), match.varyingLines());
        assertEquals(List.of(2), stdout(List.of("a", "took {duration}", "b"), "a", "took 5ms", "b").varyingLines());
    }

    @Test
    void exactLinesRejectAChangedLine() {
        Match match = fails(stdout(List.of("one", "two"), "one", "too"));
        assertEquals(4, match.failedLine());
    }

    @Test
    void exactLinesRejectAMissingLine() {
        Match match = fails(stdout(List.of("one", "two"), "one"));
        assertEquals(4, match.failedLine());
        assertTrue(match.report().contains("end of output"), match.report());
    }

    @Test
    void exactLinesRejectAnExtraLine() {
        Match match = fails(stdout(List.of("one"), "one", "two"));
        assertEquals(4, match.failedLine(), "the closing */ line: the expectation ends there");
        assertTrue(match.report().contains("line 2 is not accounted for"), match.report());
    }

    @Test
    void trailingWhiteSpaceAndTrailingEmptyLinesAreIgnored() {
        passes(stdout(List.of("one", "", "two"), "one  ", "", "two\t", "", ""));
    }

    @Test
    void emptyLinesInsideTheOutputCount() {
        fails(stdout(List.of("one", "two"), "one", "", "two"));
    }

    @Test
    void unorderedBlockAcceptsAPermutation() {
        Match match = stdout(WORKERS, "Start", "worker 3 done", "worker 1 done", "worker 2 done", "Done");
        passes(match);
        assertEquals(List.of("line 1 exact", "lines 2–4 in any order", "line 5 exact"), match.checks());
    }

    @Test
    void unorderedBlockRejectsMissingLine() {
        Match match = fails(stdout(WORKERS, "Start", "worker 3 done", "worker 1 done", "Done"));
        assertEquals(6, match.failedLine(), match.report());
        assertTrue(match.report().contains("worker 2 done"), match.report());
    }

    @Test
    void unorderedBlockRejectsExtraLine() {
        fails(stdout(WORKERS, "Start", "worker 3 done", "worker 1 done", "worker 4 done", "worker 2 done", "Done"));
    }

    @Test
    void unorderedBlockRejectsADuplicateInPlaceOfAnotherLine() {
        Match match = fails(stdout(WORKERS, "Start", "worker 3 done", "worker 1 done", "worker 3 done", "Done"));
        assertTrue(match.report().contains("already used up"), match.report());
    }

    @Test
    void unorderedBlockAssignsOverlappingWildcardsAsAWhole() {
        // First-fit would give "worker 1 done" to {*} and leave nothing for the specific line.
        List<String> expectation = List.of("@unordered", "worker {*}", "worker 1 done", "@end");
        passes(stdout(expectation, "worker 1 done", "worker 2 failed"));
        passes(stdout(expectation, "worker 2 failed", "worker 1 done"));
    }

    @Test
    void unorderedBlockWithOverlappingWildcardsStillRejectsAMissingSpecificLine() {
        List<String> expectation = List.of("@unordered", "worker {*}", "worker 1 done", "@end");
        fails(stdout(expectation, "worker 2 done", "worker 3 done"));
    }

    @Test
    void unorderedBlockReportsAValueOutOfRange() {
        Match match = fails(stdout(List.of("@unordered", "worker {int 0..2} done", "start", "@end"), "worker 5 done", "start"));
        assertEquals(4, match.failedLine());
        assertTrue(match.report().contains("because:  5 is outside 0..2"), match.report());
    }

    @Test
    void largeBlocksMatchQuickly() {
        List<String> expectation = new java.util.ArrayList<>(List.of("@unordered", "@repeat 0..", "line {*}"));
        List<String> output = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            expectation.add("line " + i);
            output.addFirst("line " + i);
        }
        expectation.addAll(List.of("@end", "@interleave 10 by id", "a {id=int 0..9}", "@repeat 1..3", "b {id}", "c {id}", "@end"));
        for (String step : List.of("a", "b", "b", "c")) {
            for (int id = 9; id >= 0; id--) {
                output.add(step + " " + id);
            }
        }
        // The bound is on the matching thread's CPU time, which a loaded machine does not stretch as it does the
        // wall time (a quiet run takes milliseconds); a search that backtracks through the block's orders would take
        // far longer than either limit, and the wall-time limit ends it instead of hanging the build.
        long cpuNanos = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMinutes(2), () -> {
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = threads.getCurrentThreadCpuTime();
            passes(stdout(expectation, output.toArray(String[]::new)));
            return threads.getCurrentThreadCpuTime() - start;
        });
        assertTrue(cpuNanos < java.time.Duration.ofSeconds(5).toNanos(), "matching took " + cpuNanos / 1e9 + " s of CPU");
    }

    @Test
    void repeatInsideUnorderedCountsLinesAnywhereInTheBlock() {
        List<String> expectation = List.of("@unordered", "@repeat 2..3", "tick", "tock", "@end", "end");
        passes(stdout(expectation, "tick", "tock", "tick", "end"));
        passes(stdout(expectation, "tick", "tick", "tock", "tick", "end"));
        fails(stdout(expectation, "tick", "tock", "end"));
        fails(stdout(expectation, "tick", "tick", "tick", "tock", "tick", "end"));
    }

    @Test
    void unorderedLineNamesAreLocalToTheLine() {
        List<String> expectation = List.of("@unordered", "{a=int} and {a}", "{a=int} or {a}", "@end");
        passes(stdout(expectation, "2 or 2", "1 and 1"));
        fails(stdout(expectation, "2 or 3", "1 and 1"));
    }

    @Test
    void interleaveAcceptsInterleavings() {
        Match match = stdout(TEN_PROCESSES, "Started process 2", "Started process 0", "Completed process 0",
                "Started process 1", "Completed process 2", "Completed process 1", "All processes completed");
        passes(match);
        assertEquals(List.of("lines 1–6 as 3 interleaved sequences by pid", "line 7 exact"), match.checks());
        passes(stdout(TEN_PROCESSES, "Started process 0", "Completed process 0", "Started process 1", "Completed process 1",
                "Started process 2", "Completed process 2", "All processes completed"));
    }

    @Test
    void interleaveRejectsCompletedBeforeStarted() {
        Match match = fails(stdout(TEN_PROCESSES, "Started process 0", "Started process 1", "Completed process 2",
                "Started process 2", "Completed process 0", "Completed process 1", "All processes completed"));
        assertEquals(5, match.failedLine());
        assertTrue(match.report().contains("no sequence with pid=2 has started"), match.report());
        assertTrue(match.report().contains("  >    3"), match.report());
    }

    @Test
    void interleaveRejectsDuplicateKey() {
        Match match = fails(stdout(TEN_PROCESSES, "Started process 0", "Completed process 0", "Started process 0",
                "Completed process 0", "Started process 1", "Completed process 1", "All processes completed"));
        assertEquals(4, match.failedLine());
        assertTrue(match.report().contains("pid=0 has already started"), match.report());
    }

    @Test
    void interleaveRejectsTooFewSequences() {
        Match match = fails(stdout(TEN_PROCESSES, "Started process 0", "Completed process 0", "Started process 1",
                "Completed process 1", "All processes completed"));
        assertTrue(match.report().contains("only 2 of 3 sequences"), match.report());
    }

    @Test
    void interleaveRejectsTooManySequences() {
        List<String> expectation = List.of("@interleave 2 by id", "go {id=int}", "stop {id}", "@end");
        Match match = fails(stdout(expectation, "go 1", "go 2", "go 3", "stop 1", "stop 2", "stop 3"));
        assertTrue(match.report().contains("all 2 sequences have already started"), match.report());
    }

    @Test
    void interleaveRejectsKeyOutOfRange() {
        Match match = fails(stdout(TEN_PROCESSES, "Started process 0", "Started process 3", "Completed process 3",
                "Completed process 0", "Started process 1", "Completed process 1", "All processes completed"));
        assertEquals(4, match.failedLine());
        assertTrue(match.report().contains("3 is outside 0..2"), match.report());
    }

    @Test
    void interleaveRejectsAnUnfinishedSequence() {
        Match match = fails(stdout(TEN_PROCESSES, "Started process 0", "Started process 1", "Started process 2",
                "Completed process 0", "Completed process 1", "All processes completed"));
        assertEquals(5, match.failedLine());
        assertTrue(match.report().contains("pid=2 is not finished"), match.report());
    }

    @Test
    void interleaveSequencesMayRepeatLines() {
        List<String> expectation = List.of("@interleave 2 by id", "start {id=int}", "@repeat 1..", "step {id}", "stop {id}", "@end");
        passes(stdout(expectation, "start 1", "start 2", "step 2", "step 1", "step 1", "stop 1", "step 2", "stop 2"));
        fails(stdout(expectation, "start 1", "start 2", "step 2", "stop 1", "stop 2"));
    }

    @Test
    void optionalLineMayBePresent() {
        Match match = stdout(List.of("a", "@optional", "b", "c"), "a", "b", "c");
        passes(match);
        assertEquals(List.of("line 1 exact", "optional line 'b' (present)", "line 3 exact"), match.checks());
    }

    @Test
    void optionalLineMayBeAbsent() {
        passes(stdout(List.of("a", "@optional", "b", "c"), "a", "c"));
    }

    @Test
    void optionalLineRejectsAnotherLineInItsPlace() {
        Match match = fails(stdout(List.of("a", "@optional", "b", "c"), "a", "x", "c"));
        assertEquals(6, match.failedLine(), "the mandatory line leads the report");
        assertTrue(match.report().contains("Demo.java:5 'b'"), match.report());
    }

    @Test
    void repeatAcceptsEveryCountInItsRange() {
        List<String> expectation = List.of("@repeat 0..2", "Hello World!", "bye");
        passes(stdout(expectation, "bye"));
        passes(stdout(expectation, "Hello World!", "bye"));
        Match two = stdout(expectation, "Hello World!", "Hello World!", "bye");
        passes(two);
        assertEquals(List.of("0 to 2 lines 'Hello World!' (saw 2)", "line 3 exact"), two.checks());
    }

    @Test
    void repeatRejectsMoreThanItsMaximum() {
        Match match = fails(stdout(List.of("@repeat 0..2", "Hello World!", "bye"),
                "Hello World!", "Hello World!", "Hello World!", "bye"));
        assertEquals(5, match.failedLine());
    }

    @Test
    void repeatRejectsFewerThanItsMinimum() {
        fails(stdout(List.of("@repeat 2", "tick"), "tick"));
        fails(stdout(List.of("@repeat 2..", "tick"), "tick"));
        passes(stdout(List.of("@repeat 2..", "tick"), "tick", "tick", "tick", "tick"));
    }

    @Test
    void repeatBacktracksWhenTheNextLineAlsoMatches() {
        passes(stdout(List.of("@repeat 1..", "{*}", "last"), "a", "b", "last"));
    }

    @Test
    void rangedValuesAppearInTheChecks() {
        Match match = stdout(List.of("took {duration 0.9s..1.5s}", "count {int 1..}"), "took 1.004s", "count 7");
        passes(match);
        assertEquals(List.of("line 1 a duration of 1.004 s within 0.9 s..1.5 s", "line 2 an integer 7 within 1.."),
                match.checks());
    }

    @Test
    void durationOutOfRangeIsReportedWithItsValue() {
        Match match = fails(stdout(List.of("start", "took {duration 0.9s..1.5s}"), "start", "took 1.73s"));
        assertEquals(4, match.failedLine());
        assertTrue(match.report().contains("1.73 s is outside 0.9 s..1.5 s"), match.report());
    }

    @Test
    void namedValueIsRememberedForLaterLines() {
        List<String> expectation = List.of("shared sum: {sum=int 0..560000}", "sum of tallies: {sum}");
        Match match = stdout(expectation, "shared sum: 1234", "sum of tallies: 1234");
        passes(match);
        assertEquals(Map.of("sum", "1234"), match.bindings());
    }

    @Test
    void namedValueRejectsADifferentValueLater() {
        Match match = fails(stdout(List.of("shared sum: {sum=int 0..560000}", "sum of tallies: {sum}"),
                "shared sum: 1234", "sum of tallies: 1235"));
        assertTrue(match.report().contains("{sum} is \"1234\" here"), match.report());
    }

    @Test
    void stderrBlockMatchesStandardError() {
        Expectation expectation = parse("id {id=int}", "@stderr", "failed: {id}", "@repeat 1..", "{*}");
        Match out = OutputMatcher.match(expectation.stdout(), List.of("id 7"), Map.of());
        passes(out);
        Match err = OutputMatcher.match(expectation.stderr(), List.of("failed: 7", "\tat Demo.main"), out.bindings());
        passes(err);
        assertEquals("stderr line 1 matching 'failed: {id}'", err.checks().getFirst());
    }

    @Test
    void stderrBlockRejectsOtherErrors() {
        Expectation expectation = parse("id {id=int}", "@stderr", "failed: {id}");
        Match err = fails(OutputMatcher.match(expectation.stderr(), List.of("failed: 8"), Map.of("id", "7")));
        assertEquals(5, err.failedLine());
        assertTrue(err.report().startsWith("examples/demo/Demo.java:5: stderr line 1"), err.report());
    }

    @Test
    void withoutStderrDirectiveStandardErrorMustBeEmpty() {
        Expectation expectation = parse("hello");
        Match empty = OutputMatcher.match(expectation.stderr(), List.of("", "  "), Map.of());
        passes(empty);
        assertEquals(List.of("stderr empty"), empty.checks());
        Match noisy = fails(OutputMatcher.match(expectation.stderr(), List.of("WARNING: boom"), Map.of()));
        assertEquals(2, noisy.failedLine());
        assertTrue(noisy.report().contains("WARNING: boom"), noisy.report());
    }

    @Test
    void reportNamesTheFailedExpectationLineTheActualLineAndAccountsForEveryOutputLine() {
        Match match = fails(stdout(WORKERS, "Start", "worker 1 done", "worker 2 done", "worker 3 done", "Finished"));
        String report = match.report();
        assertEquals(9, match.failedLine());
        assertTrue(report.startsWith("examples/demo/Demo.java:9: stdout line 5 does not match"), report);
        assertTrue(report.contains("expected: Done"), report);
        assertTrue(report.contains("actual:   Finished"), report);
        assertTrue(report.contains("   1  examples/demo/Demo.java:3   Start"), report);
        assertTrue(report.contains("   3  examples/demo/Demo.java:6   worker 2 done"), report);
        assertTrue(report.contains("  >    5"), report);
    }

    @Test
    void reportPointsAtTheFurthestLineReached() {
        // The first line could be the optional one, but the real problem is further down.
        Match match = fails(stdout(List.of("@optional", "a {*}", "a b", "c", "d"), "a b", "c", "e"));
        assertEquals(7, match.failedLine());
        assertTrue(match.report().contains("actual:   e"), match.report());
    }
}
