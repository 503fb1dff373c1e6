package book.render;

import org.asciidoctor.Options;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The outcome table converts, with Asciidoctor, into the table the page shows: its role, a bar and asterisks in an
 * outcome's text shown as written, "never" for an outcome no run showed, and its caption. It converts in an
 * Asciidoctor runtime ({@link TestAsciidoctor}), seconds of work to start, so it runs in {@code ./mvnw verify};
 * {@link OutcomeTableTest} checks the lines themselves.
 */
class OutcomeTableIT {

    @Test
    void convertsIntoATableThatShowsEachOutcomeAsWritten() {
        String table = String.join("\n", OutcomeTable.lines(OutcomeTableTest.tenRuns()));
        String html = TestAsciidoctor.convert(extensions -> { }, asciidoctor ->
                asciidoctor.convert(table, Options.builder().build()));
        assertTrue(html.contains("class=\"tableblock frame-all grid-all stretch outcomes\""), html);
        assertTrue(html.contains("<p class=\"tableblock\">below 2000 | *lost*</p>"), html);
        assertTrue(html.contains("<p class=\"tableblock\">never</p>"), html);
        assertTrue(html.contains("<caption class=\"title\">Outcomes of this build"), html);
    }
}
