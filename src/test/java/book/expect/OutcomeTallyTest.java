package book.expect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static book.expect.Scripts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Repeated runs: every observation and every outcome class accepts and rejects; the tally counts and explains. */
class OutcomeTallyTest {

    private static final String[] COUNTER = {
            "@runs 4",
            "@outcome acceptable \"final count 2000\": {count} = 2000",
            "@outcome interesting \"below 2000\": {count} in ..1999",
            "@outcome forbidden \"above 2000\": {count} in 2001..",
            "final count: {count=int}"};

    private static RunOutput run(Map<String, String> bindings, String... stdout) {
        return new RunOutput(List.of(stdout), List.of(), 0, bindings);
    }

    private static RunOutput count(int value) {
        return run(Map.of("count", Integer.toString(value)), "final count: " + value);
    }

    private static OutcomeTally.Tally tally(String[] expectation, RunOutput... runs) {
        return OutcomeTally.of(parse(expectation), List.of(runs));
    }

    @Test
    void countsEachRunUnderItsOutcome() {
        var tally = tally(COUNTER, count(2000), count(1999), count(1500), count(2000));
        assertEquals(List.of(), tally.failures());
        assertEquals(List.of(new OutcomeTally.Count("final count 2000", OutcomeClass.ACCEPTABLE, 2),
                new OutcomeTally.Count("below 2000", OutcomeClass.INTERESTING, 2),
                new OutcomeTally.Count("above 2000", OutcomeClass.FORBIDDEN, 0)), tally.counts());
        assertEquals("final count 2000: 2 runs; below 2000: 2 runs; above 2000: never",
                OutcomeTally.summary(tally.counts()));
    }

    @Test
    void anInterestingOutcomeNeverSeenFails() {
        var tally = tally(COUNTER, count(2000), count(2000), count(2000), count(2000));
        assertEquals(List.of(new OutcomeTally.Failure("examples/demo/Demo.java:5: interesting outcome \"below 2000\""
                + " seen in 0 of 4 runs; it must be seen in at least one", -1)), tally.failures());
    }

    @Test
    void aForbiddenOutcomeSeenOnceFailsAndNamesTheRun() {
        var tally = tally(COUNTER, count(1999), count(2000), count(2001), count(2000));
        assertEquals(List.of(new OutcomeTally.Failure("examples/demo/Demo.java:6: forbidden outcome \"above 2000\""
                + " seen in 1 of 4 runs; it must be seen in none", 2)), tally.failures());
    }

    @Test
    void aShareOfRunsIsRoundedUp() {
        String[] share = COUNTER.clone();
        share[2] = "@outcome interesting 30% \"below 2000\": {count} in ..1999";
        assertEquals(List.of(), tally(share, count(2000), count(1999), count(1998), count(2000)).failures());
        var tally = tally(share, count(2000), count(1999), count(2000), count(2000));
        assertEquals("examples/demo/Demo.java:5: interesting outcome \"below 2000\" seen in 1 of 4 runs; it must be"
                + " seen in at least 30% of them (2)", tally.failures().getFirst().message());
    }

    @Test
    void aRunNoOutcomeDescribesFails() {
        String[] narrow = {"@outcome acceptable \"two\": {count} = 2", "@outcome interesting \"one\": {count} = 1",
                "final count: {count=int}"};
        var tally = tally(narrow, count(1), count(7));
        assertEquals(List.of(new OutcomeTally.Failure("examples/demo/Demo.java:2: run 2 of 2 showed none of the stated"
                + " outcomes; add an @outcome line for what it printed, or correct the program", 1)), tally.failures());
    }

    @Test
    void theFirstOutcomeARunMeetsCountsIt() {
        String[] overlapping = {"@outcome interesting \"small\": {count} in ..10", "@outcome acceptable \"any\": any run",
                "final count: {count=int}"};
        assertEquals(List.of(1, 1), tally(overlapping, count(3), count(30)).counts().stream()
                .map(OutcomeTally.Count::runs).toList());
    }

    @Test
    void seenAndAbsentReadWhichOptionalLinesAppeared() {
        String[] optional = {"@outcome interesting \"the worker finished\": seen \"Task Completed\"",
                "@outcome acceptable \"the JVM left it behind\": absent \"Task Completed\"",
                "Exiting", "@optional", "Task Completed"};
        var tally = tally(optional, run(Map.of(), "Exiting"), run(Map.of(), "Exiting", "Task Completed"));
        assertEquals(List.of(1, 1), tally.counts().stream().map(OutcomeTally.Count::runs).toList());
        assertEquals(1, tally(optional, run(Map.of(), "Exiting")).failures().size());
    }

    @Test
    void countReadsHowManyLinesMatchAPattern() {
        String[] greetings = {"@outcome forbidden \"a lost greeting\": count \"Hello {word}!\" in 0..1",
                "@outcome interesting \"both greetings\": count \"Hello {word}!\" = 2",
                "@unordered", "@repeat 0..2", "Hello {word}!", "took {duration}", "@end"};
        assertEquals(List.of(), tally(greetings, run(Map.of(), "Hello A!", "took 1ms", "Hello B!")).failures());
        var lost = tally(greetings, run(Map.of(), "took 1ms", "Hello B!"));
        assertEquals(List.of(1, 0), lost.counts().stream().map(OutcomeTally.Count::runs).toList());
        assertEquals(2, lost.failures().size());
    }

    @Test
    void beforeReadsTheOrderOfTwoLines() {
        String[] order = {"@outcome interesting \"the worker first\": \"worker {*}\" before \"main {*}\"",
                "@outcome acceptable \"main first\": \"main {*}\" before \"worker {*}\"",
                "@unordered", "worker done", "main done", "@end"};
        var tally = tally(order, run(Map.of(), "main done", "worker done"), run(Map.of(), "worker done", "main done"));
        assertEquals(List.of(1, 1), tally.counts().stream().map(OutcomeTally.Count::runs).toList());
        assertEquals(1, tally(order, run(Map.of(), "main done", "worker done")).failures().size());
    }

    @Test
    void exitAndConjunctionsCombine() {
        String[] exit = {"@exit 0", "@outcome forbidden \"quiet failure\": exit in 1.. and absent \"error{*}\"",
                "@outcome acceptable \"fine\": any run", "{*}"};
        var ok = new RunOutput(List.of("x"), List.of(), 0, Map.of());
        var quiet = new RunOutput(List.of("x"), List.of(), 3, Map.of());
        var loud = new RunOutput(List.of("error: and \" quoted"), List.of(), 3, Map.of());
        var tally = tally(exit, ok, quiet, loud, ok);
        assertEquals(List.of(1, 3), tally.counts().stream().map(OutcomeTally.Count::runs).toList());
        assertEquals(1, tally.failures().size());
        assertEquals(List.of(), tally(exit, ok, loud).failures());
    }

    @Test
    void patternsMayUseCapturedNames() {
        String[] names = {"@outcome interesting \"the winner also finished last\": \"last: {winner}\" before \"end\"",
                "@outcome acceptable \"other\": any run",
                "winner: {winner=word}", "@unordered", "last: {word}", "end", "@end"};
        List<RunOutput> runs = new ArrayList<>();
        runs.add(run(Map.of("winner", "a"), "winner: a", "last: b", "end"));
        assertEquals(1, OutcomeTally.of(parse(names), runs).failures().size());
        runs.add(run(Map.of("winner", "a"), "winner: a", "last: a", "end"));
        assertTrue(OutcomeTally.of(parse(names), runs).failures().isEmpty());
    }
}
