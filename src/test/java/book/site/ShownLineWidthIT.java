package book.site;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Measures every line of code the built book shows and fails on one wider than {@value #COLUMNS} columns: wider
 * lines do not fit the PDF's page and make a reader scroll on a phone. (Go by Example's {@code tools/measure.go}.)
 * The captured output and the run commands are what the programs print and what a reader types; they wrap on the
 * page instead, with a hanging indent, so they are not measured.
 *
 * <p>{@code ./mvnw verify} (after the site is rendered; {@code -Dit.test=ShownLineWidthIT} alone).
 */
class ShownLineWidthIT {

    static final int COLUMNS = 90;

    private static final Pattern LISTING = Pattern.compile(
            "<div class=\"listingblock([^\"]*)\">.*?<pre[^>]*>(.*?)</pre>", Pattern.DOTALL);
    private static final Pattern CALLOUT = Pattern.compile("<b class=\"conum\">\\(\\d+\\)</b>");

    private final Path site = Path.of(System.getProperty("book.site", "target/site")).toAbsolutePath().normalize();

    @Test
    void everyLineOfCodeFitsTheColumnLimit() {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            fail("No built site at " + site + ": render it first (./mvnw package), then run this test.");
        }
        var files = new SiteFiles(site);
        var problems = new ArrayList<String>();
        for (String page : files.pages()) {
            Matcher listing = LISTING.matcher(files.read(page));
            while (listing.find()) {
                if (listing.group(1).contains("run-command")) {
                    continue;
                }
                problems.addAll(tooWide(page, listing.group(2)));
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " line(s) of code wider than " + COLUMNS
                + " columns; wrap them in the example:\n  " + String.join("\n  ", problems));
    }

    /** The lines of one listing's HTML that are too wide, as the reader sees them; a callout badge counts as three columns. */
    static List<String> tooWide(String page, String html) {
        String text = CALLOUT.matcher(html).replaceAll("(1)").replaceAll("<[^>]+>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        var wide = new ArrayList<String>();
        for (String line : text.split("\n")) {
            String shown = line.stripTrailing();
            int columns = shown.codePointCount(0, shown.length());
            if (columns > COLUMNS) {
                wide.add(page + ": " + columns + " columns: " + shown.strip());
            }
        }
        return wide;
    }
}
