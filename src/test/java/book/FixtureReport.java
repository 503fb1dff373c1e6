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
 * the text that {@code -Dbook.update=true} puts into a new or outdated {@code .report} file.
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
