package book;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FixtureReportTest {

    private static final Path FILE = Path.of("src/test/fixtures/failing/Demo.report");

    @Test
    void recordsLiteralTextWithItsVaryingPartsAsPlaceholders() {
        String report = """
                Demo.java FAILED after 0.35 s
                  expected: took {duration ..100ms}
                  because:  0.405 s is outside ..0.1 s
                @home and \\back
                took PT0.0176S, lock java.util.concurrent.CountDownLatch@5e2de80c[Count = 1]
                --- thread dump, taken before the kill ---
                "main" #1 RUNNABLE
                """;
        assertEquals("""
                Demo.java FAILED after {number} s
                  expected: took {{duration ..100ms}
                  because:  {number} s is outside ..{number} s
                \\@home and \\back
                took {duration}, lock java.util.concurrent.CountDownLatch@{/[0-9a-f]+/}[Count = 1]
                --- thread dump, taken before the kill ---
                @repeat 0..
                {*}
                """, FixtureReport.record(report));
        assertTrue(FixtureReport.match(FILE, FixtureReport.record(report), report).ok());
        assertTrue(FixtureReport.match(FILE, FixtureReport.record(report), report.replace("0.35 s", "12.07 s")).ok());
    }

    @Test
    void anyOtherDifferenceFailsWithTheReportFileAndLine() {
        String expected = FixtureReport.record("Demo.java FAILED after 0.35 s\nexpected exit code 0, got 3\n");
        var match = FixtureReport.match(FILE, expected, "Demo.java FAILED after 0.35 s\nexpected exit code 0, got 4\n");
        assertFalse(match.ok());
        assertTrue(match.report().startsWith("src/test/fixtures/failing/Demo.report:2: text line 2 does not match"),
                match.report());
    }

    @Test
    void updateKeepsAReportThatStillMatches() {
        String expected = """
                Demo.java FAILED after {number} s
                Words, one lock: {int 0..1399999} counted, {int 1..} lost
                """;
        String report = "Demo.java FAILED after 0.41 s\nWords, one lock: 1309532 counted, 90468 lost\n";
        assertEquals(expected, FixtureReport.update(FILE, expected, report));
    }

    @Test
    void updateKeepsTheLinesGeneralisedByHandWhenAPathOrLineNumberChanges() {
        String expected = """
                target/fixtures/failing/Demo.java FAILED after {number} s
                target/fixtures/failing/Demo.java:75: stdout line 2 does not match
                  actual:   Words, one lock: {int 0..1399999} counted, {int 1..} lost
                --- stdout (1 lines) ---
                Words, one lock: {int 0..1399999} counted, {int 1..} lost
                """;
        String report = """
                target/fixtures/failing/Demo.java FAILED after 0.41 s
                target/fixtures/failing/Demo.java:79: stdout line 2 does not match
                  actual:   Words, one lock: 1372145 counted, 27855 lost
                  because:  a new line in the report
                --- stdout (1 lines) ---
                Words, one lock: 1372145 counted, 27855 lost
                --- thread dump, taken before the kill ---
                "main" #1 RUNNABLE
                """;
        String updated = FixtureReport.update(FILE, expected, report);
        assertEquals("""
                target/fixtures/failing/Demo.java FAILED after {number} s
                target/fixtures/failing/Demo.java:79: stdout line 2 does not match
                  actual:   Words, one lock: {int 0..1399999} counted, {int 1..} lost
                  because:  a new line in the report
                --- stdout (1 lines) ---
                Words, one lock: {int 0..1399999} counted, {int 1..} lost
                --- thread dump, taken before the kill ---
                @repeat 0..
                {*}
                """, updated);
        assertTrue(FixtureReport.match(FILE, updated, report.replace("27855", "5211")).ok());
    }
}
