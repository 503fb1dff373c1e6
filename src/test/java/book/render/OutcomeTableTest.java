package book.render;

import book.expect.OutcomeClass;
import book.expect.OutcomeTally;
import book.run.RunResult;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutcomeTableTest {

    private static RunResult result(int runs, List<OutcomeTally.Count> outcomes) {
        return new RunResult("mutexes/RaceyCounter", "examples/mutexes/RaceyCounter.java", "jbang x", RunResult.Status.PASSED,
                0, List.of("out"), List.of(), 0.2, 0.5, "Line 1 exact.", "", "f", List.of(), "", runs, outcomes, List.of());
    }

    @Test
    void listsEachOutcomeWithItsClassAndHowManyRunsShowedIt() {
        var lines = OutcomeTable.lines(result(10, List.of(
                new OutcomeTally.Count("final count 2000", OutcomeClass.ACCEPTABLE, 9),
                new OutcomeTally.Count("below 2000 | *lost*", OutcomeClass.INTERESTING, 1),
                new OutcomeTally.Count("above 2000", OutcomeClass.FORBIDDEN, 0))));
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
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            String html = asciidoctor.convert(String.join("\n", lines), Options.builder().build());
            assertTrue(html.contains("class=\"tableblock frame-all grid-all stretch outcomes\""), html);
            assertTrue(html.contains("<p class=\"tableblock\">below 2000 | *lost*</p>"), html);
            assertTrue(html.contains("<p class=\"tableblock\">never</p>"), html);
            assertTrue(html.contains("<caption class=\"title\">Outcomes of this build"), html);
        }
    }

    @Test
    void showsNothingForAnExampleWithoutOutcomes() {
        assertEquals(List.of(), OutcomeTable.lines(result(1, List.of())));
        assertEquals(List.of(), OutcomeTable.lines(result(5, List.of())));
    }
}
