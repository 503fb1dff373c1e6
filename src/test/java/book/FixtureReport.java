package book;

import book.expect.Block;
import book.expect.ExpectationParser;
import book.expect.Match;
import book.expect.OutputMatcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole expected report of a must-fail fixture, kept beside it as {@code Name.report} and written in the book's
 * expectation language, so that times, hash codes and thread dumps may vary while every other word is checked.
 *
 * <p>{@code FixtureReport.match(file, text, report)} matches a report; {@code FixtureReport.record(report)} writes
 * the text that {@code -Dbook.update=true} puts into a new {@code .report} file, and
 * {@code FixtureReport.update(file, text, report)} what it leaves in an existing one.
 */
final class FixtureReport {

    private static final String DUMP = "--- thread dump, taken before the kill ---";
    /** What varies from run to run in a report, and the placeholder that stands for it. */
    private static final List<Map.Entry<Pattern, String>> VARYING = List.of(
            Map.entry(Pattern.compile("\\b\\d+\\.\\d+ s\\b"), "{number} s"),
            Map.entry(Pattern.compile("\\bPT[0-9.]+S\\b"), "{duration}"),
            Map.entry(Pattern.compile("@[0-9a-f]{5,8}\\b"), "@{/[0-9a-f]+/}"));

    private FixtureReport() {
    }

    /** Matches a fixture's report against the expected report in {@code file}, whose text is {@code expected}. */
    static Match match(Path file, String expected, String report) {
        Block block = ExpectationParser.parseBody(file, expected);
        return OutputMatcher.match(block, report.lines().toList(), Map.of());
    }

    /**
     * What {@code -Dbook.update=true} leaves in an existing report file whose text is {@code expected}: that text
     * itself while it still matches; otherwise the report recorded again, except that every line of the old text that
     * still matches its line of the report is kept as it was written. So a placeholder generalised by hand survives
     * a change elsewhere in the report, such as a path or a line number. Lines after the old text's first directive
     * ({@code @repeat}, {@code @unordered}, ...) are recorded again.
     */
    static String update(Path file, String expected, String report) {
        if (match(file, expected, report).ok()) {
            return expected;
        }
        List<String> recorded = record(report).lines().toList();
        List<String> actual = report.lines().toList();
        List<String> old = expected.lines().takeWhile(line -> !line.startsWith("@")).toList();
        int dump = actual.indexOf(DUMP);
        int lines = dump < 0 ? actual.size() : dump;
        // Which old line matches which report line on its own, and the most old lines that can keep their place (a diff).
        boolean[][] fits = new boolean[old.size()][lines];
        int[][] kept = new int[old.size() + 1][lines + 1];
        for (int i = old.size() - 1; i >= 0; i--) {
            for (int j = lines - 1; j >= 0; j--) {
                fits[i][j] = fits(file, old.get(i), actual.get(j));
                kept[i][j] = Math.max(Math.max(kept[i + 1][j], kept[i][j + 1]), fits[i][j] ? 1 + kept[i + 1][j + 1] : 0);
            }
        }
        var merged = new ArrayList<String>();
        for (int i = 0, j = 0; j < lines; ) {
            if (i < old.size() && fits[i][j] && kept[i][j] == 1 + kept[i + 1][j + 1]) {
                merged.add(old.get(i++));
                j++;
            } else if (i < old.size() && kept[i][j] == kept[i + 1][j]) {
                i++;
            } else {
                merged.add(recorded.get(j++));
            }
        }
        merged.addAll(recorded.subList(lines, recorded.size()));
        String text = String.join("\n", merged) + "\n";
        return match(file, text, report).ok() ? text : record(report);
    }

    /** Whether one line of an expected report, on its own, matches one line of a report. */
    private static boolean fits(Path file, String expected, String actual) {
        if (expected.isBlank() || actual.isBlank()) {
            return expected.isBlank() && actual.isBlank();
        }
        try {
            return OutputMatcher.match(ExpectationParser.parseBody(file, expected), List.of(actual), Map.of()).ok();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The report as an expectation: literal text escaped, the varying parts as placeholders, a thread dump as any lines. */
    static String record(String report) {
        String home = System.getProperty("user.home");
        List<String> lines = new ArrayList<>();
        for (String line : report.lines().toList()) {
            if (line.equals(DUMP)) {
                lines.add(line);
                lines.add("@repeat 0..");
                lines.add("{*}");
                break;
            }
            String text = line.replace("{", "{{");
            for (var varying : VARYING) {
                text = varying.getKey().matcher(text).replaceAll(Matcher.quoteReplacement(varying.getValue()));
            }
            if (home != null && home.length() > 1) {
                text = text.replace(home, "{*}");
            }
            lines.add(text.startsWith("@") || text.startsWith("\\") ? "\\" + text : text);
        }
        return String.join("\n", lines) + "\n";
    }
}
