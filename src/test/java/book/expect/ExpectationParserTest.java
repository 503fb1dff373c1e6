package book.expect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static book.expect.Scripts.SCRIPT;
import static book.expect.Scripts.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectationParserTest {

    /** Parses an expectation that must be rejected, and checks the message names the script and line. */
    private static ExpectationSyntaxException rejects(int line, String messagePart, String... expectation) {
        var e = assertThrows(ExpectationSyntaxException.class, () -> parse(expectation));
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(SCRIPT, e.path());
        assertTrue(e.getMessage().startsWith("examples/demo/Demo.java:" + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        return e;
    }

    @Test
    void runDirectivesHaveDefaults() {
        Expectation expectation = parse("hello");
        assertEquals(List.of(), expectation.args());
        assertEquals(0, expectation.exitCode());
        assertNull(expectation.wall());
        assertEquals(Duration.ofSeconds(30), expectation.timeout());
        assertNull(expectation.sample());
        assertEquals(2, expectation.line());
        assertFalse(expectation.timingSensitive());
    }

    @Test
    void runDirectivesAreRead() {
        Expectation expectation = parse("@args examples/waitgroups/data/moby.txt  b c", "@exit 3", "@wall 0.9s..1.5s",
                "@timeout 1m", "hello");
        assertEquals(List.of("examples/waitgroups/data/moby.txt", "b", "c"), expectation.args());
        assertEquals(3, expectation.exitCode());
        assertEquals(DurationRange.parse("0.9s..1.5s"), expectation.wall());
        assertEquals(Duration.ofMinutes(1), expectation.timeout());
        assertTrue(expectation.timingSensitive());
    }

    @Test
    void durationRangeMakesTheExampleTimingSensitive() {
        assertTrue(parse("took {duration ..2s}").timingSensitive());
        assertTrue(parse("@interleave 1 by n", "{n=int} took {duration ..2s}", "@end").timingSensitive());
        assertTrue(parse("x", "@stderr", "took {duration 1s..}").timingSensitive());
        assertFalse(parse("took {duration}").timingSensitive());
    }

    @Test
    void aloneMakesTheExampleRunAloneWithoutClaimingATimeBound() {
        Expectation alone = parse("@alone", "hello");
        assertTrue(alone.runsAlone());
        assertFalse(alone.timingSensitive());
        assertFalse(parse("hello").runsAlone());
        assertTrue(parse("@wall ..2s", "hello").runsAlone());
    }

    @Test
    void aloneTakesNoValueAndAppearsOnce() {
        assertThrows(ExpectationSyntaxException.class, () -> parse("@alone yes", "hello"));
        assertThrows(ExpectationSyntaxException.class, () -> parse("@alone", "@alone", "hello"));
        assertThrows(ExpectationSyntaxException.class, () -> parse("@unordered", "@alone", "hello", "@end"));
    }

    @Test
    void timelineAsksForARecordedRunAndTakesNoValue() {
        assertTrue(parse("@timeline", "hello").timeline());
        assertFalse(parse("hello").timeline());
        assertThrows(ExpectationSyntaxException.class, () -> parse("@timeline yes", "hello"));
        assertThrows(ExpectationSyntaxException.class, () -> parse("@timeline", "@timeline", "hello"));
    }

    @Test
    void timelineRefusesAWallBoundThatTheRecorderWouldSpend() {
        var error = assertThrows(ExpectationSyntaxException.class, () -> parse("@wall ..2s", "@timeline", "hello"));
        assertTrue(error.getMessage().startsWith("examples/demo/Demo.java:4: @timeline cannot go with @wall (line 3)"),
                error.getMessage());
    }

    @Test
    void commentsAreIgnored() {
        Match match = OutputMatcher.match(parse("@# a note", "hello", "@# another").stdout(), List.of("hello"), Map.of());
        assertTrue(match.ok(), match.report());
    }

    @Test
    void leadingBackslashEscapesAnAtSign() {
        Match match = OutputMatcher.match(parse("\\@home", "\\\\server").stdout(), List.of("@home", "\\server"), Map.of());
        assertTrue(match.ok(), match.report());
    }

    @Test
    void sampleOutputCommentIsRead() {
        String source = Scripts.source("hello {word}") + "\n/* Sample output:\nhello world\n*/\n";
        assertEquals(List.of("hello world"), ExpectationParser.parse(SCRIPT, source).sample());
    }

    @Test
    void rejectsMissingOutputComment() {
        var e = assertThrows(ExpectationSyntaxException.class,
                () -> ExpectationParser.parse(Path.of("examples/x/Y.java"), "void main() {}\n/* Output: hello */\n"));
        assertTrue(e.getMessage().startsWith("examples/x/Y.java:3: no /* Output: comment"), e.getMessage());
    }

    @Test
    void rejectsTwoOutputComments() {
        var e = assertThrows(ExpectationSyntaxException.class,
                () -> ExpectationParser.parse(SCRIPT, Scripts.source("a") + "/* Output:\nb\n*/\n"));
        assertEquals(5, e.line(), e.getMessage());
    }

    @Test
    void rejectsUnterminatedComment() {
        var e = assertThrows(ExpectationSyntaxException.class,
                () -> ExpectationParser.parse(SCRIPT, "void main() {}\n/* Output:\nhello\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unterminated"), e.getMessage());
    }

    @Test
    void rejectsUnknownDirective() {
        rejects(4, "unknown directive @unorderd", "a", "@unorderd", "b", "@end");
    }

    @Test
    void rejectsUnknownPlaceholderType() {
        rejects(4, "unknown placeholder {durtion}", "a", "took {durtion}");
        rejects(3, "unknown placeholder {durtion 1s..2s}", "took {durtion 1s..2s}");
    }

    @Test
    void rejectsUnclosedBlock() {
        rejects(3, "unclosed @unordered block", "@unordered", "a", "b");
    }

    @Test
    void rejectsEndWithoutBlock() {
        rejects(4, "@end without @unordered or @interleave", "a", "@end");
    }

    @Test
    void rejectsEmptyBlock() {
        rejects(4, "empty @unordered block", "@unordered", "@end");
    }

    @Test
    void rejectsNestedBlocks() {
        rejects(4, "blocks do not nest", "@unordered", "@interleave 2 by id", "{id=int}", "@end", "@end");
    }

    @Test
    void rejectsBadRanges() {
        rejects(3, "bad placeholder {int 9..0}", "{int 9..0}");
        rejects(3, "bad placeholder {duration 2x..}", "{duration 2x..}");
        rejects(3, "@wall", "@wall 2s");
        rejects(3, "@repeat", "@repeat 2..1", "a");
        rejects(3, "@repeat", "@repeat ..3", "a");
    }

    @Test
    void rejectsInterleaveWithoutBy() {
        rejects(3, "@interleave needs a count and a key", "@interleave 10", "a", "@end");
    }

    @Test
    void rejectsInterleaveWhoseFirstLineDoesNotDefineTheKey() {
        rejects(4, "must define the key", "@interleave 2 by pid", "Started process {int}", "Completed process {pid}", "@end");
    }

    @Test
    void rejectsInterleaveLineThatDoesNotUseTheKey() {
        rejects(5, "must use {pid}", "@interleave 2 by pid", "Started process {pid=int 0..1}", "Completed a process", "@end");
    }

    @Test
    void rejectsAnUndefinedName() {
        rejects(3, "unknown placeholder {sum}: not a type", "sum of tallies: {sum}", "shared sum: {sum=int}");
    }

    @Test
    void rejectsANameUsedOutsideItsLocalScope() {
        rejects(6, "only for that line or sequence", "@unordered", "id {id=int}", "@end", "again {id}");
        rejects(6, "only for that line or sequence", "@interleave 1 by id", "id {id=int}", "@end", "again {id}");
        rejects(5, "only for that line or sequence", "@optional", "id {id=int}", "again {id}");
    }

    @Test
    void rejectsARedefinedName() {
        rejects(4, "defines id again", "id {id=int}", "id {id=int}");
    }

    @Test
    void rejectsAModifierWithoutAPatternLine() {
        rejects(3, "@optional must be followed by a pattern line", "@optional", "@end");
        rejects(4, "@repeat must be followed by a pattern line", "a", "@repeat 2");
    }

    @Test
    void rejectsADoubledRunDirective() {
        rejects(4, "a second @exit; the first is at line 3", "@exit 1", "@exit 2");
    }

    @Test
    void rejectsARunDirectiveInsideABlock() {
        rejects(4, "@exit inside @unordered", "@unordered", "@exit 1", "a", "@end");
    }

    @Test
    void rejectsANonNumericExitCode() {
        rejects(3, "not an exit code", "@exit one");
    }

    @Test
    void namesFromStdoutAreVisibleToStderr() {
        Expectation expectation = parse("job {id=int}", "@stderr", "job {id} failed");
        Match err = OutputMatcher.match(expectation.stderr(), List.of("job 4 failed"), Map.of("id", "4"));
        assertTrue(err.ok(), err.report());
    }

    @Test
    void aNameMayShadowAPlaceholderType() {
        Expectation expectation = parse("@interleave 2 by word", "{word=/hello|world/} 0", "{word} 1", "@end");
        Match match = OutputMatcher.match(expectation.stdout(), List.of("hello 0", "world 0", "world 1", "hello 1"), Map.of());
        assertTrue(match.ok(), match.report());
    }
}
