package book.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs Deque's axe-core (its {@code axe.min.js}, from the npm registry at the version {@code src/build/axe}
 * pins, installed by {@code src/build/ensure-axe}) on the page the browser shows, and lists every violation
 * of the WCAG 2.x A and AA rules and of axe's best practices, whatever its impact, one line each with the
 * elements it found.
 *
 * <p>{@code List<String> problems = Axe.violations(browser);}
 */
final class Axe {

    /** Where src/build/ensure-axe installs the version src/build/axe/package-lock.json pins. */
    private static final Path INSTALLED = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final String SCRIPT = load();

    private Axe() {
    }

    static List<String> violations(Browser browser) {
        if (Boolean.FALSE.equals(browser.js("return typeof window.axe === 'object'"))) {
            browser.js(SCRIPT + "\n;return true;");
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> found = (List<Map<String, Object>>) browser.asyncJs("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'],
                    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
                  .then(result => done(result.violations.map(v => ({
                      id: v.id, impact: v.impact || 'unknown', help: v.help, count: v.nodes.length,
                      targets: v.nodes.slice(0, 3).map(n => n.target.join(' ') + (n.failureSummary
                          ? ' (' + n.failureSummary.split('\\n').slice(1).join(' ').trim().slice(0, 160) + ')' : '')) }))),
                        error => done([{ id: 'axe-error', impact: 'critical', help: String(error), count: 1, targets: [] }]));""");
        var problems = new ArrayList<String>();
        for (Map<String, Object> violation : found) {
            problems.add("axe %s (%s, %s element(s)): %s; %s".formatted(violation.get("id"), violation.get("impact"),
                    violation.get("count"), violation.get("help"), violation.get("targets")));
        }
        return problems;
    }

    private static String load() {
        Path script = Path.of(System.getProperty("book.root", ".")).resolve(INSTALLED);
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
