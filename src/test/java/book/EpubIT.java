package book;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static book.WholeBook.assertContainsAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EPUB that the build writes holds the whole book: every chapter under the title the reading order gives it, every
 * example with its run command, every timeline as a picture with its description, the credits; it is valid by
 * epubcheck, with its metadata, its cover and links between chapters that arrive.
 *
 * <p>The ebook render ({@code ./mvnw verify}, in the background) converts the EPUB first and says so
 * ({@link book.render.RenderStatus#ready}): this test waits for the EPUB alone, and runs while the PDF still converts,
 * on the test thread the browser test leaves (see {@link IntegrationTestOrder}); {@link EbooksIT} waits for the PDF.
 */
class EpubIT {

    private static WholeBook book;
    private static Path epub;

    @BeforeAll
    static void awaitTheEpub() throws IOException {
        book = WholeBook.read();
        book.awaitEbook("book.epub");
        epub = book.site().resolve("book.epub");
        assertTrue(Files.isRegularFile(epub), epub + " was not built");
    }

    @Test
    void oneDocumentPerChapterAndEveryRunCommand() throws IOException {
        var text = new StringBuilder();
        int documents = 0;
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            assertEquals("application/epub+zip",
                    new String(zip.getInputStream(zip.getEntry("mimetype")).readAllBytes(), StandardCharsets.US_ASCII));
            for (var entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".xhtml") && !entry.getName().endsWith("nav.xhtml")) {
                    documents++;
                    text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(documents >= book.chapterTitles().size(),
                documents + " documents for " + book.chapterTitles().size() + " chapters");
        String plain = text.toString().replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#8217;", "'");
        assertContainsAll("the EPUB", plain, book.chapterTitles());
        assertContainsAll("the EPUB", plain, book.commands());
    }

    @Test
    void epubcheckFindsNoErrorAndNoWarning() {
        var messages = new StringWriter();
        var report = new WriterReportImpl(new PrintWriter(messages), "book.epub", true);
        new EpubCheck(epub.toFile(), report).check();
        assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount(),
                "epubcheck " + EpubCheck.version() + " on book.epub:\n" + messages);
    }

    @Test
    void itsMetadataCoverAndOneTitlePerSection() throws IOException {
        String opf = entry("EPUB/package.opf");
        for (String element : List.of("dc:title", "dc:creator", "dc:language", "dc:description")) {
            assertTrue(opf.matches("(?s).*<" + element + "[^>]*>[^<]+</" + element + ">.*"), "no " + element + " in\n" + opf);
        }
        assertTrue(opf.contains("properties=\"cover-image\""), "no cover image in\n" + opf);
        String text = documents();
        // A section title is escaped once: "Go&#8217;s" in the text, never "&amp;#8217;" for a reader to see.
        assertFalse(text.contains("&amp;#") || text.contains("&amp;lt;") || text.contains("&amp;amp;"),
                "double-escaped text in the EPUB");
        assertContainsAll("the EPUB", text.replaceAll("<[^>]+>", " ").replace("&#8217;", "'").replace("&#8220;", "\"")
                .replace("&#8221;", "\""), List.of("Introduction", "Run an example", "Version"));
    }

    @Test
    void linksBetweenChaptersArrive() throws IOException {
        var ids = new HashMap<String, Set<String>>();
        var links = new ArrayList<String[]>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (var entry : zip.stream().filter(entry -> entry.getName().endsWith(".xhtml")).toList()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                var found = new HashSet<String>();
                Pattern.compile(" id=\"([^\"]+)\"").matcher(xhtml).results().forEach(id -> found.add(id.group(1)));
                ids.put(name, found);
                Pattern.compile("<a [^>]*href=\"([^\":]*)\"").matcher(xhtml).results()
                        .forEach(link -> links.add(new String[] {name, link.group(1)}));
            }
        }
        var dead = new ArrayList<String>();
        for (String[] link : links) {
            String[] parts = link[1].split("#", 2);
            String file = parts[0].isEmpty() ? link[0] : parts[0];
            boolean arrives = ids.containsKey(file) && (parts.length == 1 ? !parts[0].isEmpty() : ids.get(file).contains(parts[1]));
            if (!arrives) {
                dead.add(link[0] + " -> " + link[1]);
            }
        }
        assertTrue(links.size() > 100, "only " + links.size() + " links in the EPUB");
        assertEquals(List.of(), dead, "links that go nowhere");
    }

    @Test
    void everyTimelineIsAPictureWithItsDescription() throws IOException {
        String opf = entry("EPUB/package.opf");
        String documents = documents();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (String id : book.timelines()) {
                String image = "timelines/" + id + ".svg";
                var entry = zip.getEntry("EPUB/" + image);
                assertTrue(entry != null, "the EPUB has no " + image);
                String svg = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(svg.contains("<desc id="), image + " has no description");
                assertTrue(opf.contains("href=\"" + image + "\"") && opf.contains("media-type=\"image/svg+xml\""),
                        image + " is not in the EPUB's manifest as SVG");
                assertTrue(documents.matches("(?s).*<img src=\"" + image.replace(".", "\\.")
                        + "\" alt=\"main and [^\"]{40,}\".*"), image + " is shown by no chapter, or without its description");
            }
        }
    }

    @Test
    void namesTheAuthorTheLicenceTheSourceArchiveAndTheRepositoryWhenItIsSet() throws IOException {
        String text = documents().replaceAll("<[^>]+>", " ");
        assertContainsAll("the EPUB", text, book.credits());
        assertEquals(!book.repository().isEmpty(), text.contains("Repository"),
                "the EPUB's Repository line, for '" + book.repository() + "'");
    }

    private static String entry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.getEntry(name);
            assertTrue(entry != null, "no " + name + " in the EPUB");
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every XHTML document of the EPUB, the navigation's too, one after another. */
    private static String documents() throws IOException {
        var text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (var entry : zip.stream().filter(entry -> entry.getName().endsWith(".xhtml")).toList()) {
                text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}
