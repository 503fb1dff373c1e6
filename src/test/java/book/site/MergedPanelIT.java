package book.site;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An example whose expectation has {@code @merged} shows, under its standard output and standard error, the panel of
 * one more run with both streams read from one pipe, as a terminal shows them: it holds every line of both panels
 * above it (a reader sees the same program print the same lines, interleaved). Examples without {@code @merged}
 * have no such panel.
 *
 * <p>{@code ./mvnw verify} (after the site is rendered; {@code -Dit.test=MergedPanelIT} alone).
 */
class MergedPanelIT {

    private static final Pattern MERGED = Pattern.compile("(?m)^@merged\\s*$");
    private static final Pattern PANEL = Pattern.compile(
            "<div class=\"literalblock verified-output( stderr| merged)?\"><div class=\"title\">([^<]*)</div>"
                    + "<div class=\"content\"><pre>(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("<span class=\"line[^\"]*\"[^>]*>(.*?)</span>", Pattern.DOTALL);

    private final Path root = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();
    private final Path site = Path.of(System.getProperty("book.site", "target/site")).toAbsolutePath().normalize();

    @Test
    void examplesWithMergedShowBothStreamsTogetherAndOnlyThey() throws IOException {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            fail("No built site at " + site + ": render it first (./mvnw package), then run this test.");
        }
        var files = new SiteFiles(site);
        var problems = new ArrayList<String>();
        int withMerged = 0;
        try (Stream<Path> scripts = Files.walk(root.resolve("examples"), 2)) {
            for (Path script : scripts.filter(file -> file.toString().endsWith(".java")).sorted().toList()) {
                String id = root.resolve("examples").relativize(script).toString().replace('\\', '/');
                boolean merged = MERGED.matcher(Files.readString(script)).find();
                withMerged += merged ? 1 : 0;
                String panel = files.pages().stream().map(files::read).map(page -> examplePanel(page, id))
                        .filter(found -> !found.isEmpty()).findFirst().orElse("");
                if (panel.isEmpty()) {
                    continue; // shown by no page: the renderer's own checks report that
                }
                List<String> stdout = new ArrayList<>(), stderr = new ArrayList<>(), together = new ArrayList<>();
                Matcher output = PANEL.matcher(panel);
                while (output.find()) {
                    List<String> lines = LINE.matcher(output.group(3)).results().map(line -> line.group(1)).toList();
                    (" merged".equals(output.group(1)) ? together : " stderr".equals(output.group(1)) ? stderr : stdout)
                            .addAll(lines);
                }
                if (merged && together.isEmpty()) {
                    problems.add(id + ": has @merged, but its page shows no panel of both streams together");
                } else if (merged && !together.containsAll(stdout) || merged && !together.containsAll(stderr)) {
                    problems.add(id + ": the panel of both streams lacks lines of the panels above it: " + together);
                } else if (!merged && !together.isEmpty()) {
                    problems.add(id + ": shows a panel of both streams together without @merged");
                }
            }
        }
        assertFalse(withMerged == 0, "no example has @merged, so this test checks nothing");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The part of the page from the example's source link to the next example, or empty when it is not there. */
    private static String examplePanel(String page, String id) {
        int start = page.indexOf("href=\"examples/" + id + "\"");
        if (start < 0) {
            return "";
        }
        int end = page.indexOf("class=\"openblock example-run", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }
}
