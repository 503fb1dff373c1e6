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

    @Test
    void runsAndOutcomesAreRead() {
        Expectation expectation = parse("@runs 20", "@outcome acceptable \"all\": {n} = 2", "@# arithmetic",
                "@outcome interesting 25% \"some \\\" lost\": {n} in ..1", "n={n=int}");
        assertEquals(20, expectation.runs());
        assertEquals(List.of("acceptable \"all\": {n} = 2", "interesting 25% \"some \" lost\": {n} in ..1"),
                expectation.outcomes().stream().map(Outcome::toString).toList());
        assertEquals(List.of(4, 6), expectation.outcomes().stream().map(Outcome::line).toList());
        assertEquals(5, expectation.outcomes().get(1).required(20));
        assertEquals(1, parse("x").runs());
    }

    @Test
    void runsNeedsACount() {
        rejects(3, "@runs: '0' is not a number of runs", "@runs 0", "x");
        rejects(3, "@runs: 'many' is not a number of runs", "@runs many", "x");
        rejects(4, "a second @runs; the first is at line 3", "@runs 2", "@runs 3", "x");
        rejects(4, "@runs inside @unordered", "@unordered", "@runs 2", "x", "@end");
    }

    @Test
    void outcomesAreCheckedWhenParsed() {
        rejects(3, "@outcome needs a class, a label in quotes and a condition", "@outcome forbidden {n} = 3", "{n=int}");
        rejects(3, "unknown outcome class 'rare': the classes are acceptable, interesting and forbidden",
                "@outcome rare \"x\": {n} = 3", "{n=int}");
        rejects(3, "a forbidden outcome takes no share of runs", "@outcome forbidden 5% \"x\": {n} = 3", "{n=int}");
        rejects(3, "a share of runs is 1% to 100%, not 120%", "@outcome interesting 120% \"x\": {n} = 3", "{n=int}");
        rejects(3, "'{n} > 3' is not an observation; an outcome reads {name} = TEXT", "@outcome forbidden \"x\": {n} > 3",
                "{n=int}");
        rejects(3, "an outcome reads {m}: not a type", "@outcome forbidden \"x\": {m} = 3", "{n=int}");
        rejects(3, "is defined at line 5, but only for that line", "@outcome forbidden \"x\": {m} = 3", "@optional",
                "{m=int}");
        rejects(3, "unclosed placeholder", "@outcome forbidden \"x\": seen \"{int\"", "{n=int}");
        rejects(3, "'1x' is not an integer", "@outcome forbidden \"x\": count \"a\" = 1x", "{n=int}");
        rejects(3, "a range needs at least one end", "@outcome forbidden \"x\": exit in ..", "{n=int}");
        rejects(3, "every @outcome is acceptable, so the outcomes check nothing", "@outcome acceptable \"x\": any run",
                "{n=int}");
        rejects(4, "@outcome inside @unordered", "@unordered", "@outcome forbidden \"x\": any run", "x", "@end");
    }

    @Test
    void otherRunsHaveTheirOwnArgumentsAndExpectations() {
        Expectation expectation = ExpectationParser.parse(SCRIPT, """
                void main() {}
                /* Output:
                @args a.txt
                a
                */
                /* Output, with a missing file:
                @args missing.txt
                @exit 1
                @stderr
                demo: missing.txt: no such file
                */
                /* Sample output:
                a
                */
                """);
        assertEquals(List.of("a.txt"), expectation.args());
        assertEquals(1, expectation.others().size());
        Expectation.OtherRun other = expectation.others().getFirst();
        assertEquals("with a missing file", other.label());
        assertEquals(List.of("missing.txt"), other.expectation().args());
        assertEquals(1, other.expectation().exitCode());
        assertEquals(6, other.expectation().line());
        assertNull(other.expectation().sample());
        assertEquals(List.of("a.txt", "missing.txt"), expectation.allArgs());
        assertTrue(OutputMatcher.match(other.expectation().stderr(), List.of("demo: missing.txt: no such file"),
                Map.of()).ok());
    }

    @Test
    void otherRunsAreCheckedWhenParsed() {
        var twice = assertThrows(ExpectationSyntaxException.class, () -> ExpectationParser.parse(SCRIPT,
                "void main() {}\n/* Output:\na\n*/\n/* Output, bad:\nb\n*/\n/* Output, bad:\nc\n*/\n"));
        assertEquals("examples/demo/Demo.java:8: a second run labelled 'bad'; the first is at line 5", twice.getMessage());
        var repeated = assertThrows(ExpectationSyntaxException.class, () -> ExpectationParser.parse(SCRIPT,
                "void main() {}\n/* Output:\na\n*/\n/* Output, bad:\n@runs 3\nb\n*/\n"));
        assertEquals("examples/demo/Demo.java:5: another run is run once: @runs and @outcome belong in the /* Output:"
                + " comment", repeated.getMessage());
        var open = assertThrows(ExpectationSyntaxException.class, () -> ExpectationParser.parse(SCRIPT,
                "void main() {}\n/* Output:\na\n*/\n/* Output, bad:\nb\n"));
        assertTrue(open.getMessage().startsWith("examples/demo/Demo.java:5: unterminated /* Output, bad:"), open.getMessage());
    }
    /** A worker's stack trace on stderr, then main's line on stdout: the order only one pipe can show. */
    private static final String[] TRACE_THEN_MAIN = {
            "main: carried on",                        // line 3
            "@stderr",                                 // line 4
            "Exception in thread \"worker\" {*}",      // line 5
            "@repeat 1..",
            "{/\\s+at .+/}",                           // line 7
            "@merged",                                 // line 8
            "Exception in thread \"worker\" {*}",      // line 9
            "@repeat 1..",
            "{/\\s+at .+/}",                           // line 11
            "main: carried on"};                       // line 12

    @Test
    void mergedSectionStatesTheOrderAcrossBothStreams() {
        Expectation expectation = parse(TRACE_THEN_MAIN);
        assertEquals(8, expectation.merged().line());
        List<String> trace = List.of("Exception in thread \"worker\" java.lang.IllegalStateException: failed",
                "\tat Demo.work(Demo.java:6)");
        assertTrue(OutputMatcher.match(expectation.stdout(), List.of("main: carried on"), Map.of()).ok());
        Match err = OutputMatcher.match(expectation.stderr(), trace, Map.of());
        assertTrue(err.ok(), err::report);
        var inOrder = new java.util.ArrayList<>(trace);
        inOrder.add("main: carried on");
        Match merged = OutputMatcher.match(expectation.merged(), inOrder, Map.of());
        assertTrue(merged.ok(), merged::report);
    }

    @Test
    void mergedSectionRejectsTheOtherOrder() {
        Expectation expectation = parse(TRACE_THEN_MAIN);
        Match merged = OutputMatcher.match(expectation.merged(), List.of("main: carried on",
                "Exception in thread \"worker\" java.lang.IllegalStateException: failed", "\tat Demo.work(Demo.java:6)"),
                Map.of());
        assertFalse(merged.ok());
        assertTrue(merged.report().startsWith("examples/demo/Demo.java:9: merged output line 1 does not match"),
                merged.report());
        assertTrue(merged.report().contains("merged output as printed"), merged.report());
    }

    @Test
    void withoutMergedSectionThereIsNoMergedRun() {
        assertNull(parse("hello").merged());
        assertNull(parse("hello", "@stderr", "oops").merged());
    }

    @Test
    void mergedSectionIsAnotherRunWithNamesOfItsOwn() {
        rejects(5, "x is defined at line 3 for the ordinary run; the @merged section describes another run",
                "took {x=int} ms", "@merged", "took {x} ms");
        Expectation again = parse("took {x=int} ms", "@merged", "took {x=int} ms");
        assertTrue(OutputMatcher.match(again.merged(), List.of("took 7 ms"), Map.of()).ok());
        // Outcomes classify the ordinary runs, so they still read the names of the ordinary sections.
        Expectation outcomes = parse("@runs 2", "@outcome interesting \"some\": {x} in 1..",
                "@outcome acceptable \"none\": any run", "took {x=int} ms", "@merged", "took {int} ms");
        assertEquals(2, outcomes.outcomes().size());
        assertTrue(parse("x", "@merged", "took {duration ..2s}").timingSensitive());
    }

    @Test
    void mergedSectionIsRejectedWhereItMeansNothing() {
        rejects(4, "@merged takes no argument, found 'now'", "x", "@merged now", "x");
        rejects(6, "a second @merged; the first is at line 4", "x", "@merged", "x", "@merged", "x");
        rejects(4, "@merged inside @unordered (line 3)", "@unordered", "@merged", "x", "@end");
        rejects(6, "@stderr after @merged (line 4): the @merged section comes last", "x", "@merged", "x", "@stderr",
                "y");
        rejects(4, "@merged has no lines", "x", "@merged");
        rejects(4, "@optional must be followed by a pattern line, not @merged", "x", "@optional", "@merged", "x");
        var other = assertThrows(ExpectationSyntaxException.class, () -> ExpectationParser.parse(SCRIPT,
                "void main() {}\n/* Output:\na\n*/\n/* Output, bad:\nb\n@merged\nb\n*/\n"));
        assertEquals("examples/demo/Demo.java:7: another run has no @merged section: state the order across the"
                + " streams in the /* Output: comment", other.getMessage());
        var body = assertThrows(ExpectationSyntaxException.class, () -> ExpectationParser.parseBody(
                java.nio.file.Path.of("Demo.report"), "a\n@merged\na\n"));
        assertEquals("Demo.report:2: @merged has no meaning here: this file is matched as one text", body.getMessage());
    }
}
