package book.expect;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the {@code /* Output:} comment of a script, and its {@code /* Sample output:} comment when there is one, as
 * specified in {@code site/authoring.adoc}.
 *
 * <p>{@code Expectation expectation = ExpectationParser.parse(Path.of("examples/goroutines/TenProcesses.java"), source);}
 * throws {@link ExpectationSyntaxException} naming {@code file:line} for anything malformed.
 */
public final class ExpectationParser {

    private static final Pattern INTERLEAVE = Pattern.compile("(\\d+) by ([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern REPEAT = Pattern.compile("(\\d+)(\\.\\.(\\d+)?)?");
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** A pending {@code @optional} or {@code @repeat}, waiting for its pattern line. */
    private record Modifier(String directive, int line, int min, int max) {
    }

    /** An {@code @unordered} or {@code @interleave} block that has not reached its {@code @end} yet. */
    private static final class OpenBlock {
        final String directive;
        final int line;
        final int count;
        final String key;
        final List<Element.Line> lines = new ArrayList<>();
        final Map<String, Integer> names;

        OpenBlock(String directive, int line, int count, String key, Map<String, Integer> names) {
            this.directive = directive;
            this.line = line;
            this.count = count;
            this.key = key;
            this.names = new LinkedHashMap<>(names);
        }
    }

    private final Path script;
    private final Map<String, Integer> runDirectives = new HashMap<>();
    private List<String> args = List.of();
    private int exitCode;
    private DurationRange wall;
    private boolean alone;
    private boolean timeline;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int runs = 1;
    /** The {@code @outcome} lines with their script lines, compiled at the end, when every name is known. */
    private final Map<Integer, String> outcomeLines = new LinkedHashMap<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<Element> stdout = new ArrayList<>();
    private List<Element> stderr;
    private int stderrLine;
    /** The {@code @merged} section: both streams in one pipe, from one more run; null when absent. */
    private List<Element> merged;
    private int mergedLine;
    /** The names of the ordinary run, put aside while the {@code @merged} section, another run, has its own. */
    private Map<String, Integer> ordinaryNames;
    private List<Element> current = stdout;
    private Modifier pending;
    private OpenBlock open;
    /** Names visible to the next top-level line, with the line that defined each. */
    private final Map<String, Integer> visible = new LinkedHashMap<>();
    /** Names that exist but are local to a line or a sequence, for telling the author why they are not visible. */
    private final Map<String, Integer> local = new HashMap<>();

    private ExpectationParser(Path script) {
        this.script = script;
    }

    /** Parses the {@code /* Output:} comment (and the optional {@code /* Sample output:} comment) of a script's source. */
    public static Expectation parse(Path script, String source) {
        List<String> lines = List.of(source.split("\\R", -1));
        ScriptComments comments = ScriptComments.find(script, lines);
        List<String> sample = comments.sample() == null ? null
                : lines.subList(comments.sample().open() + 1, comments.sample().close());
        List<Expectation.OtherRun> others = new ArrayList<>();
        for (ScriptComments.OtherRun other : comments.others()) {
            Expectation expectation = parseComment(script, lines, other.span(), null, List.of());
            if (expectation.runs() > 1 || !expectation.outcomes().isEmpty()) {
                throw new ExpectationSyntaxException(script, other.span().open() + 1, "another run is run once:"
                        + " @runs and @outcome belong in the " + ScriptComments.OUTPUT + " comment");
            }
            if (expectation.merged() != null) {
                throw new ExpectationSyntaxException(script, expectation.merged().line(), "another run has no"
                        + " @merged section: state the order across the streams in the " + ScriptComments.OUTPUT
                        + " comment");
            }
            others.add(new Expectation.OtherRun(other.label(), expectation));
        }
        return parseComment(script, lines, comments.output(), sample, others);
    }

    private static Expectation parseComment(Path script, List<String> lines, ScriptComments.Span span, List<String> sample,
                                            List<Expectation.OtherRun> others) {
        ExpectationParser parser = new ExpectationParser(script);
        for (int i = span.open() + 1; i < span.close(); i++) {
            parser.line(lines.get(i).stripTrailing(), i + 1);
        }
        int outputLine = span.open() + 1;
        int closeLine = span.close() + 1;
        parser.finish(closeLine);
        int ordinaryEnd = parser.merged == null ? closeLine : parser.mergedLine;
        Block out = new Block(script, "stdout", parser.stdout, outputLine, parser.stderr == null ? ordinaryEnd : parser.stderrLine);
        Block err = parser.stderr == null
                ? new Block(script, "stderr", List.of(), outputLine, outputLine)
                : new Block(script, "stderr", parser.stderr, parser.stderrLine, ordinaryEnd);
        Block merged = parser.merged == null ? null
                : new Block(script, Block.MERGED, parser.merged, parser.mergedLine, closeLine);
        return new Expectation(script, parser.args, parser.exitCode, parser.wall, parser.timeout, out, err, merged,
                sample, outputLine, parser.alone, parser.timeline, parser.runs, parser.outcomes, others);
    }

    /**
     * Parses a whole file as the body of an expectation, line 1 being its first line: pattern lines and the block
     * directives ({@code @unordered}, {@code @repeat}, ...), for text other than a run's output that must match the
     * same way, such as the expected report of a must-fail fixture. Run directives are not allowed.
     */
    public static Block parseBody(Path file, String body) {
        List<String> lines = List.of(body.split("\\R", -1));
        ExpectationParser parser = new ExpectationParser(file);
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).stripTrailing();
            String directive = text.split(" ", 2)[0];
            if (RUN_DIRECTIVES.contains(directive) || directive.equals("@stderr") || directive.equals("@merged")) {
                throw parser.error(i + 1, directive + " has no meaning here: this file is matched as one text");
            }
            parser.line(text, i + 1);
        }
        parser.finish(lines.size());
        return new Block(file, "text", parser.stdout, 1, lines.size());
    }

    private static final java.util.Set<String> RUN_DIRECTIVES = java.util.Set.of("@args", "@exit", "@wall", "@timeout",
            "@alone", "@timeline", "@runs", "@outcome");

    private void line(String text, int number) {
        if (text.startsWith("@#")) {
            return;
        }
        if (text.startsWith("@")) {
            directive(text, number);
        } else {
            patternLine(text.startsWith("\\") ? text.substring(1) : text, number);
        }
    }

    private void directive(String text, int number) {
        int space = text.indexOf(' ');
        String name = space < 0 ? text : text.substring(0, space);
        String argument = space < 0 ? "" : text.substring(space + 1).strip();
        if (pending != null) {
            throw error(pending.line(), pending.directive() + " must be followed by a pattern line, not " + name);
        }
        switch (name) {
            case "@unordered" -> {
                noArgument(name, argument, number);
                openBlock(new OpenBlock(name, number, 0, null, visible), number);
            }
            case "@interleave" -> {
                Matcher m = INTERLEAVE.matcher(argument);
                if (!m.matches()) {
                    throw error(number, "@interleave needs a count and a key, like '@interleave 10 by pid'");
                }
                int count = Integer.parseInt(m.group(1));
                String key = m.group(2);
                if (count < 1) {
                    throw error(number, "@interleave needs at least one sequence");
                }
                if (visible.containsKey(key)) {
                    throw error(number, "@interleave by " + key + ": the name " + key + " is already defined at line "
                            + visible.get(key) + "; each sequence defines its own key");
                }
                openBlock(new OpenBlock(name, number, count, key, visible), number);
            }
            case "@end" -> {
                noArgument(name, argument, number);
                closeBlock(number);
            }
            case "@optional" -> {
                noArgument(name, argument, number);
                pending = new Modifier(name, number, 0, 1);
            }
            case "@repeat" -> pending = repeat(argument, number);
            case "@stderr" -> {
                noArgument(name, argument, number);
                outsideBlock(name, number);
                if (stderr != null) {
                    throw error(number, "a second @stderr; the first is at line " + stderrLine);
                }
                if (merged != null) {
                    throw error(number, "@stderr after @merged (line " + mergedLine + "): the @merged section comes last");
                }
                trimTrailingEmptyLines(stdout);
                stderr = new ArrayList<>();
                stderrLine = number;
                current = stderr;
            }
            case "@merged" -> merged(name, argument, number);
            case "@args", "@exit", "@wall", "@timeout", "@runs" -> runDirective(name, argument, number);
            case "@outcome" -> {
                outsideBlock(name, number);
                outcomeLines.put(number, argument);
            }
            case "@alone" -> {
                outsideBlock(name, number);
                Integer before = runDirectives.putIfAbsent(name, number);
                if (before != null) {
                    throw error(number, "a second @alone; the first is at line " + before);
                }
                if (!argument.isEmpty()) {
                    throw error(number, "@alone takes no value");
                }
                alone = true;
            }
            case "@timeline" -> {
                flag(name, argument, number);
                timeline = true;
            }
            default -> throw error(number, "unknown directive " + name
                    + " (the directives are @unordered, @interleave, @end, @optional, @repeat, @stderr, @merged, @args, @exit,"
                    + " @wall, @timeout, @alone, @timeline, @runs, @outcome and @# for comments; write \\@ for a line"
                    + " starting with @)");
        }
    }

    /**
     * Opens the {@code @merged} section, the last: the lines of one more run with standard error in the pipe of
     * standard output. That run is another run, so the names of the ordinary sections are not visible in it.
     */
    private void merged(String name, String argument, int number) {
        noArgument(name, argument, number);
        outsideBlock(name, number);
        if (merged != null) {
            throw error(number, "a second @merged; the first is at line " + mergedLine);
        }
        trimTrailingEmptyLines(current);
        merged = new ArrayList<>();
        mergedLine = number;
        current = merged;
        ordinaryNames = new LinkedHashMap<>(visible);
        visible.clear();
    }

    /** A run directive that takes no value and appears at most once, outside any block: {@code @timeline}. */
    private void flag(String name, String argument, int number) {
        outsideBlock(name, number);
        Integer before = runDirectives.putIfAbsent(name, number);
        if (before != null) {
            throw error(number, "a second " + name + "; the first is at line " + before);
        }
        if (!argument.isEmpty()) {
            throw error(number, name + " takes no value");
        }
    }

    private void runDirective(String name, String argument, int number) {
        outsideBlock(name, number);
        Integer before = runDirectives.putIfAbsent(name, number);
        if (before != null) {
            throw error(number, "a second " + name + "; the first is at line " + before);
        }
        if (argument.isEmpty()) {
            throw error(number, name + " needs a value");
        }
        try {
            switch (name) {
                case "@args" -> args = List.of(argument.split(" +"));
                case "@exit" -> {
                    if (!argument.matches("-?\\d{1,9}")) {
                        throw new IllegalArgumentException("'" + argument + "' is not an exit code");
                    }
                    exitCode = Integer.parseInt(argument);
                }
                case "@wall" -> wall = DurationRange.parse(argument);
                case "@runs" -> {
                    if (!argument.matches("\\d{1,4}") || Integer.parseInt(argument) < 1) {
                        throw new IllegalArgumentException("'" + argument + "' is not a number of runs from 1 to 9999");
                    }
                    runs = Integer.parseInt(argument);
                }
                default -> {
                    timeout = DurationText.parseGo(argument);
                    if (timeout.isNegative() || timeout.isZero()) {
                        throw new IllegalArgumentException("the timeout must be positive");
                    }
                }
            }
        } catch (IllegalArgumentException e) {
            throw error(number, name + ": " + e.getMessage());
        }
    }

    private Modifier repeat(String argument, int number) {
        Matcher m = REPEAT.matcher(argument);
        if (!m.matches()) {
            throw error(number, "@repeat needs a count: N, MIN..MAX or MIN.., like '@repeat 0..2'");
        }
        int min = Integer.parseInt(m.group(1));
        int max = m.group(2) == null ? min : m.group(3) == null ? Element.UNBOUNDED : Integer.parseInt(m.group(3));
        if (max < 1 || min > max) {
            throw error(number, "@repeat " + argument + " allows no line at all; the upper end must be at least 1 and"
                    + " not below the lower end");
        }
        return new Modifier("@repeat", number, min, max);
    }

    private void patternLine(String text, int number) {
        Modifier modifier = pending;
        pending = null;
        Map<String, Integer> names = open == null ? visible : open.names;
        LinePattern pattern;
        try {
            pattern = LinePattern.parse(text, number, names.keySet());
        } catch (IllegalArgumentException e) {
            throw error(number, e.getMessage());
        }
        for (String name : pattern.references()) {
            if (!names.containsKey(name)) {
                throw error(number, unknownName(name));
            }
        }
        for (String name : pattern.definitions()) {
            if (names.containsKey(name)) {
                throw error(number, "{" + name + "=...} defines " + name + " again (defined at line " + names.get(name)
                        + "); write {" + name + "} to refer to the text it matched");
            }
        }
        Element.Line line = modifier == null ? new Element.Line(pattern, 1, 1)
                : new Element.Line(pattern, modifier.min(), modifier.max());
        if (open == null) {
            current.add(line);
            define(line.single() ? visible : local, pattern, number);
        } else if (open.key == null) {
            open.lines.add(line);
            define(local, pattern, number);
        } else {
            sequenceLine(line, number);
        }
    }

    private void sequenceLine(Element.Line line, int number) {
        LinePattern pattern = line.pattern();
        if (open.lines.isEmpty()) {
            if (!line.single()) {
                throw error(number, "the first line of an @interleave block defines the key and cannot be @optional or @repeat");
            }
            if (!pattern.definitions().contains(open.key)) {
                throw error(number, "the first line of '@interleave " + open.count + " by " + open.key + "' must define the key,"
                        + " like {" + open.key + "=int 0.." + (open.count - 1) + "}");
            }
        } else if (!pattern.uses(open.key)) {
            throw error(number, "every line of '@interleave " + open.count + " by " + open.key + "' after the first must use {"
                    + open.key + "}, so that it belongs to one sequence");
        }
        open.lines.add(line);
        define(line.single() ? open.names : local, pattern, number);
    }

    private static void define(Map<String, Integer> scope, LinePattern pattern, int number) {
        for (String name : pattern.definitions()) {
            scope.putIfAbsent(name, number);
        }
    }

    private String unknownName(String name) {
        if (current == merged && ordinaryNames.containsKey(name)) {
            return "unknown placeholder {" + name + "}: " + name + " is defined at line " + ordinaryNames.get(name)
                    + " for the ordinary run; the @merged section describes another run, so define it again here";
        }
        if (local.containsKey(name)) {
            return "unknown placeholder {" + name + "}: " + name + " is defined at line " + local.get(name)
                    + ", but only for that line or sequence (names on @unordered, @optional and @repeat lines and in"
                    + " @interleave sequences stay local)";
        }
        return "unknown placeholder {" + name + "}: not a type (" + PlaceholderType.list() + ") and no name "
                + name + " is defined before it";
    }

    private void openBlock(OpenBlock block, int number) {
        if (open != null) {
            throw error(number, block.directive + " inside " + open.directive + " (line " + open.line + "): blocks do not nest");
        }
        open = block;
    }

    private void closeBlock(int number) {
        if (open == null) {
            throw error(number, "@end without @unordered or @interleave");
        }
        if (open.lines.isEmpty()) {
            throw error(number, "empty " + open.directive + " block (opened at line " + open.line + ")");
        }
        current.add(open.key == null
                ? new Element.Unordered(open.line, open.lines)
                : new Element.Interleave(open.line, open.count, open.key, open.lines));
        if (open.key != null) {
            open.names.forEach((name, line) -> {
                if (!visible.containsKey(name)) {
                    local.putIfAbsent(name, line);
                }
            });
        }
        open = null;
    }

    private void outsideBlock(String name, int number) {
        if (open != null) {
            throw error(number, name + " inside " + open.directive + " (line " + open.line + "); close the block with @end first");
        }
    }

    private void noArgument(String name, String argument, int number) {
        if (!argument.isEmpty()) {
            throw error(number, name + " takes no argument, found '" + argument + "'");
        }
    }

    private void finish(int closeLine) {
        if (timeline && wall != null) {
            throw error(runDirectives.get("@timeline"), "@timeline cannot go with @wall (line " + runDirectives.get("@wall")
                    + "): Flight Recorder's start-up, most of a second on a busy machine, would count against the bound;"
                    + " time the work inside the program and check it with {duration}");
        }
        if (pending != null) {
            throw error(pending.line(), pending.directive() + " must be followed by a pattern line, not the end of the comment");
        }
        if (open != null) {
            throw error(open.line, "unclosed " + open.directive + " block: no @end before the end of the comment at line "
                    + closeLine);
        }
        trimTrailingEmptyLines(current);
        if (merged != null && merged.isEmpty()) {
            throw error(mergedLine, "@merged has no lines: it states the order of both streams' lines in one pipe,"
                    + " so it lists them all");
        }
        if (ordinaryNames != null) {
            // Outcomes read the ordinary runs, not the merged one.
            visible.clear();
            visible.putAll(ordinaryNames);
        }
        outcomeLines.forEach((number, argument) -> {
            try {
                outcomes.add(Outcome.parse(argument, number, outcomeContext(number)));
            } catch (IllegalArgumentException e) {
                throw error(number, e.getMessage());
            }
        });
        if (!outcomes.isEmpty() && outcomes.stream().noneMatch(o -> o.kind() != OutcomeClass.ACCEPTABLE)) {
            throw error(outcomeLines.keySet().iterator().next(), "every @outcome is acceptable, so the outcomes check"
                    + " nothing; state what is interesting or forbidden");
        }
    }

    /** Outcomes read the names every run defines (those on plain lines) and compile patterns in that scope. */
    private Observation.Context outcomeContext(int number) {
        return new Observation.Context() {
            @Override
            public LinePattern pattern(String quoted) {
                LinePattern pattern = LinePattern.parse(Observation.unquote(quoted), number, visible.keySet());
                for (String name : pattern.references()) {
                    if (!visible.containsKey(name)) {
                        throw new IllegalArgumentException(unknownName(name));
                    }
                }
                return pattern;
            }

            @Override
            public String captured(String name) {
                if (!visible.containsKey(name)) {
                    throw new IllegalArgumentException(unknownName(name).replace("unknown placeholder", "an outcome reads"));
                }
                return name;
            }
        };
    }

    /** Empty pattern lines at the end of a section would only match trailing empty output, which is ignored. */
    private static void trimTrailingEmptyLines(List<Element> elements) {
        while (!elements.isEmpty() && elements.getLast() instanceof Element.Line line && line.single()
                && line.pattern().text().isEmpty()) {
            elements.removeLast();
        }
    }

    private ExpectationSyntaxException error(int line, String problem) {
        return new ExpectationSyntaxException(script, line, problem);
    }
}
