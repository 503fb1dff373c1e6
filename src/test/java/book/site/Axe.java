package book.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Deque's axe-core (its {@code axe.min.js}, from the npm registry at the version {@code src/build/axe}
 * pins, installed by {@code src/build/ensure-axe}) on the page the browser shows, and lists every violation
 * of the WCAG 2.x A and AA rules and of axe's best practices, whatever its impact, one line each with the
 * elements it found.
 *
 * <p>{@code List<String> problems = Axe.violations(browser);} and, where only colours changed since a run of every
 * rule ({@link ColourOnlyScheme}), {@code Axe.colourViolations(browser)}.
 */
final class Axe {

    /**
     * The rules of {@link #TAGS} whose answer can depend on colours, read from the source of axe-core {@link #READ}: the
     * checks of color-contrast (text, background, shadow and stroke colours, background images), link-in-text-block (a
     * link's colour against its text's, its background and border colours) and those of the three rules that ask
     * whether a table is a data table (table-fake-caption, td-has-header, th-has-data-cells: axe's isDataTable compares
     * its rows' background colours and images). No other rule's check or match reads a colour: the others read the
     * DOM, ARIA, sizes, positions, fonts, opacity and visibility.
     */
    static final List<String> COLOUR_RULES = List.of(
            "color-contrast", "link-in-text-block", "table-fake-caption", "td-has-header", "th-has-data-cells");
    /** The axe-core whose rules {@link #COLOUR_RULES} was read from; {@link #installedVersion()} must be it. */
    static final String READ = "4.14.1";
    private static final String TAGS = "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']";

    /** Where src/build/ensure-axe installs the version src/build/axe/package-lock.json pins. */
    private static final Path INSTALLED = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final String SCRIPT = load();

    private Axe() {
    }

    /** Violations of every rule of the WCAG 2.x A and AA and of axe's best practices. */
    static List<String> violations(Browser browser) {
        return run(browser, "{ type: 'tag', values: " + TAGS + " }");
    }

    /** Violations of {@link #COLOUR_RULES} alone. */
    static List<String> colourViolations(Browser browser) {
        return run(browser, "{ type: 'rule', values: " + COLOUR_RULES.stream().map(rule -> "'" + rule + "'").toList() + " }");
    }

    /** The version of the axe-core that src/build/ensure-axe installed, from its package.json. */
    static String installedVersion() {
        Path manifest = root().resolve(INSTALLED).resolveSibling("package.json");
        try {
            Matcher version = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(manifest));
            if (!version.find()) {
                throw new IllegalStateException(manifest + " names no version");
            }
            return version.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> run(Browser browser, String runOnly) {
        if (Boolean.FALSE.equals(browser.js("return typeof window.axe === 'object'"))) {
            browser.js(SCRIPT + "\n;return true;");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'], runOnly: %s })
                  .then(result => done(result.violations.map(v => ({
                      id: v.id, impact: v.impact || 'unknown', help: v.help, count: v.nodes.length,
                      targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.failureSummary
                          ? ' (' + n.failureSummary.split('\\n').slice(1).join(' ').trim().slice(0, 160) + ')' : '')) }))),
                        error => done([{ id: 'axe-error', impact: 'critical', help: String(error), count: 1, targets: [] }]));"""
                .formatted(runOnly));
        var problems = new ArrayList<String>();
        for (Map<String, Object> violation : found) {
            problems.add("axe %s (%s, %s element(s)): %s; %s".formatted(violation.get("id"), violation.get("impact"),
                    violation.get("count"), violation.get("help"), violation.get("targets")));
        }
        return problems;
    }

    private static Path root() {
        return Path.of(System.getProperty("book.root", "."));
    }

    private static String load() {
        Path script = root().resolve(INSTALLED);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException(script + " is missing: src/build/ensure-axe installs it (./mvnw verify runs it)");
        }
        try {
            return Files.readString(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
