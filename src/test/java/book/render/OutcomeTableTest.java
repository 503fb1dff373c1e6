package book.render;

import book.expect.OutcomeClass;
import book.expect.OutcomeTally;
import book.run.RunResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The AsciiDoc table of an example's outcomes; {@link OutcomeTableIT} converts it with Asciidoctor. */
class OutcomeTableTest {

    private static RunResult result(int runs, List<OutcomeTally.Count> outcomes) {
        return new RunResult("mutexes/RaceyCounter", "examples/mutexes/RaceyCounter.java", "jbang x", RunResult.Status.PASSED,
                0, List.of("out"), List.of(), 0.2, 0.5, "Line 1 exact.", "", "f", List.of(), "", runs, outcomes, List.of(), List.of());
    }

    /** Ten runs: nine acceptable, one interesting with a bar and asterisks in its text, a forbidden one never seen. */
    static RunResult tenRuns() {
        return result(10, List.of(
                new OutcomeTally.Count("final count 2000", OutcomeClass.ACCEPTABLE, 9),
                new OutcomeTally.Count("below 2000 | *lost*", OutcomeClass.INTERESTING, 1),
                new OutcomeTally.Count("above 2000", OutcomeClass.FORBIDDEN, 0)));
    }

    @Test
    void listsEachOutcomeWithItsClassAndHowManyRunsShowedIt() {
        var lines = OutcomeTable.lines(tenRuns());
        assertEquals(List.of(
                ".Outcomes of this build's 10 runs (the output above is the first)",
                "[.outcomes,cols=\"4,2,2\",options=\"header\",caption=\"\"]",
                "|===",
                "| Outcome | Class | Runs that showed it",
                "| pass:c[final count 2000] | acceptable | 9 runs",
                "| pass:c[below 2000 \\| *lost*] | interesting | 1 run",
                "| pass:c[above 2000] | forbidden | never",
                "|===",
                ""), lines);
    }

    @Test
    void showsNothingForAnExampleWithoutOutcomes() {
        assertEquals(List.of(), OutcomeTable.lines(result(1, List.of())));
        assertEquals(List.of(), OutcomeTable.lines(result(5, List.of())));
    }
}
