package book.expect;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinePatternTest {

    private static LineMatch match(String pattern, String line) {
        return match(pattern, line, Map.of());
    }

    private static LineMatch match(String pattern, String line, Map<String, String> names) {
        return LinePattern.parse(pattern, 7, names.keySet()).match(line, names);
    }

    private static void accepts(String pattern, String line) {
        assertInstanceOf(LineMatch.Matched.class, match(pattern, line), () -> pattern + " should match " + line);
    }

    private static String rejects(String pattern, String line) {
        return assertInstanceOf(LineMatch.Mismatch.class, match(pattern, line), () -> pattern + " should not match " + line)
                .reason();
    }

    @Test
    void literalTextMatchesItself() {
        accepts("All processes completed", "All processes completed");
    }

    @Test
    void literalTextRejectsOtherText() {
        String reason = rejects("All processes completed", "All process completed");
        assertTrue(reason.contains("column 12"), reason);
    }

    @Test
    void wildcardMatchesAnyTextIncludingNone() {
        accepts("took {*} ms", "took 12 and more ms");
        accepts("[{*}]", "[]");
    }

    @Test
    void wildcardStillNeedsTheLiteralAroundIt() {
        rejects("took {*} ms", "took 12 s");
    }

    @Test
    void wordMatchesNonBlankText() {
        accepts("hello {word}!", "hello world!");
    }

    @Test
    void wordRejectsBlanksAndEmptyText() {
        rejects("hello {word}", "hello big world");
        rejects("hello {word}", "hello ");
    }

    @Test
    void regexMatchesTheWholePlaceholderText() {
        accepts("mail {/[a-z]+@example\\.com/} sent", "mail ada@example.com sent");
    }

    @Test
    void regexRejectsTextItDoesNotMatch() {
        rejects("mail {/[a-z]+@example\\.com/} sent", "mail ada@example.org sent");
    }

    @Test
    void regexMayContainBraces() {
        accepts("id {/[0-9]{3}/}", "id 123");
        rejects("id {/[0-9]{3}/}", "id 1234");
    }

    @Test
    void intAcceptsValuesWithinItsRange() {
        accepts("count {int 0..1999}", "count 1999");
        accepts("count {int}", "count -7");
        accepts("count {int 1..}", "count 123456789012345678901234567890");
    }

    @Test
    void intRejectsValuesOutsideItsRange() {
        assertEquals("2000 is outside 0..1999", rejects("count {int 0..1999}", "count 2000"));
        rejects("count {int ..5}", "count 6");
        rejects("count {int}", "count 1.5");
    }

    @Test
    void intAfterAWildcardDoesNotStartInsideANumber() {
        rejects("{*}{int 0..5}", "13");
    }

    @Test
    void numberAcceptsDecimalsAndExponents() {
        accepts("ratio {number 0.5..1.5}", "ratio 1.25");
        accepts("ratio {number}", "ratio -1.5");
        accepts("ratio {number 300..400}", "ratio 3.25e2");
    }

    @Test
    void numberRejectsValuesOutsideItsRange() {
        assertEquals("1.7 is outside 0.5..1.5", rejects("ratio {number 0.5..1.5}", "ratio 1.7"));
        rejects("ratio {number}", "ratio many");
    }

    @Test
    void durationAcceptsGoAndJavaStyles() {
        accepts("took {duration 0.9s..1.5s}", "took 1.000563257s");
        accepts("took {duration 0.9s..1.5s}", "took PT1.0005S");
        accepts("took {duration ..20us}", "took 15.607µs");
        accepts("took {duration ..20us}", "took 15.6us");
        accepts("took {duration ..1s}", "took 250ms");
        accepts("took {duration 1m..2m}", "took 1m2.5s");
        accepts("took {duration 1m..2m}", "took PT1M2.5S");
        accepts("took {duration}", "took 12ns");
    }

    @Test
    void durationRejectsValuesOutsideItsRangeInBothStyles() {
        assertEquals("1.73 s is outside 0.9 s..1.5 s", rejects("took {duration 0.9s..1.5s}", "took 1.73s"));
        assertEquals("1.73 s is outside 0.9 s..1.5 s", rejects("took {duration 0.9s..1.5s}", "took PT1.73S"));
        rejects("took {duration ..2s}", "took 2.000000001s");
    }

    @Test
    void durationRejectsTextThatIsNoDuration() {
        rejects("took {duration}", "took 5min");
        rejects("took {duration}", "took 5");
    }

    @Test
    void outOfRangeNearAnEndShowsThePrintedText() {
        assertEquals("1.5004s is outside ..1.5 s", rejects("{duration ..1.5s}", "1.5004s"));
    }

    @Test
    void rangedValuesAreMeasuredForTheSentence() {
        var matched = assertInstanceOf(LineMatch.Matched.class, match("took {duration 0.9s..1.5s}", "took 1.004s"));
        assertEquals(List.of("a duration of 1.004 s within 0.9 s..1.5 s"), matched.measures());
    }

    @Test
    void namedPlaceholderRemembersItsText() {
        var matched = assertInstanceOf(LineMatch.Matched.class, match("{a=int} + {b=word} = {a}", "3 + x = 3"));
        assertEquals(Map.of("a", "3", "b", "x"), matched.defined());
    }

    @Test
    void referenceRejectsDifferentText() {
        assertEquals("{a} is \"3\" here, found \"4\"", rejects("{a=int} + {a}", "3 + 4"));
        assertInstanceOf(LineMatch.Mismatch.class, match("sum: {sum}", "sum: 41", Map.of("sum", "42")));
    }

    @Test
    void referenceAcceptsTheNamedText() {
        assertInstanceOf(LineMatch.Matched.class, match("sum: {sum}", "sum: 42", Map.of("sum", "42")));
    }

    @Test
    void aVisibleNameShadowsTheTypeOfTheSameName() {
        assertInstanceOf(LineMatch.Matched.class, match("{word} 1", "hello 1", Map.of("word", "hello")));
        assertInstanceOf(LineMatch.Mismatch.class, match("{word} 1", "world 1", Map.of("word", "hello")));
    }

    @Test
    void doubledBraceIsALiteralBrace() {
        accepts("{{1=Ada, 3=Grace}", "{1=Ada, 3=Grace}");
        rejects("{{int}", "7");
    }

    @Test
    void unknownTypeIsRejected() {
        var e = assertThrows(IllegalArgumentException.class, () -> LinePattern.parse("{durtion 1s..2s}", 3, Set.of()));
        assertTrue(e.getMessage().startsWith("unknown placeholder {durtion 1s..2s}"), e.getMessage());
    }

    @Test
    void unclosedPlaceholderIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LinePattern.parse("count {int 0..9", 3, Set.of()));
    }

    @Test
    void badRangeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LinePattern.parse("{int 9..0}", 3, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> LinePattern.parse("{int 1.5..2}", 3, Set.of()));
        assertThrows(IllegalArgumentException.class, () -> LinePattern.parse("{word 1..2}", 3, Set.of()));
    }

    @Test
    void badRegexIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LinePattern.parse("{/[a-/}", 3, Set.of()));
    }
}
