package book;

import book.expect.ExpectationParser;
import book.find.Example;
import book.find.ExampleCatalog;
import book.render.RenderStatus;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF and the EPUB that the build writes hold the whole book: the title page, the introduction, every
 * chapter under the title the reading order gives it, and every example with its run command; the EPUB is valid
 * by epubcheck, with its metadata, its cover and links between chapters that arrive.
 *
 * <p>{@code ./mvnw verify} renders the ebooks in the background while the other integration tests run; this test
 * runs near the end of its test JVM's queue (failsafe takes the classes in reverse name order), waits for this
 * build's render ({@link RenderStatus}) and fails with its problems.
 */
class EbooksIT {

    /** Within the failsafe fork's own limit, {@code book.forkTimeout} (45 min) in the pom. */
    private static final Duration RENDER_TIMEOUT = Duration.ofMinutes(40);

    private static Path root;
    private static Path site;
    private static List<String> chapterTitles;
    private static List<String> commands;
    private static List<String> timelines;
    private static String pdfText;

    @BeforeAll
    static void readTheBook() throws IOException {
        root = Path.of(System.getProperty("book.root", ".")).toAbsolutePath();
        site = Path.of(System.getProperty("book.site", root.resolve("target/site").toString())).toAbsolutePath();
        String build = System.getProperty("book.build", "");
        if (!build.isEmpty()) {
            // ./mvnw verify renders the ebooks in the background while the other integration tests run.
            List<String> problems = RenderStatus.ebooks(site, build).await(RENDER_TIMEOUT);
            assertEquals(List.of(), problems, "the ebook render of this build found problems");
        }
        chapterTitles = new ArrayList<>();
        // The reading order, chapters/contents.adoc: ". xref:01-goroutines.adoc[Title]: what it covers".
        for (String line : Files.readAllLines(root.resolve("chapters/contents.adoc"))) {
            var chapter = java.util.regex.Pattern.compile("^\\. xref:[\\w-]+\\.adoc\\[([^\\]]+)]: .*").matcher(line);
            if (chapter.matches()) {
                chapterTitles.add(chapter.group(1));
            }
        }
        assertTrue(chapterTitles.size() >= 7, "the reading order lists only " + chapterTitles);
        commands = new ArrayList<>();
        timelines = new ArrayList<>();
        for (Example example : ExampleCatalog.scan(root, "examples").examples()) {
            String source = Files.readString(example.file());
            var expectation = ExpectationParser.parse(example.script(), source);
            commands.add(example.command(expectation.args()));
            if (expectation.timeline()) {
                timelines.add(example.id());
            }
        }
    }

    @Test
    void pdfHasEveryChapterAndEveryRunCommand() throws IOException {
        Path pdf = site.resolve("book.pdf");
        assertTrue(Files.isRegularFile(pdf), pdf + " was not built");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 3 * chapterTitles.size(),
                    "only " + document.getNumberOfPages() + " pages for " + chapterTitles.size() + " chapters");
            String text = pdfText();
            assertContainsAll("the PDF", text, chapterTitles);
            assertContainsAll("the PDF", text, commands);
            var titlePage = new PDFTextStripper();
            titlePage.setStartPage(1);
            titlePage.setEndPage(2);
            assertContainsAll("the PDF's title page", titlePage.getText(document),
                    List.of("Go's concurrency, ported to modern Java", "Every example run and checked", "Version"));
            assertContainsAll("the PDF", text, List.of("Introduction", "Run an example", "What \"Verified\" means"));
        }
    }

    @Test
    void epubHasOneDocumentPerChapterAndEveryRunCommand() throws IOException {
        Path epub = site.resolve("book.epub");
        assertTrue(Files.isRegularFile(epub), epub + " was not built");
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
        assertTrue(documents >= chapterTitles.size(), documents + " documents for " + chapterTitles.size() + " chapters");
        String plain = text.toString().replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replace("&#8217;", "'");
        assertContainsAll("the EPUB", plain, chapterTitles);
        assertContainsAll("the EPUB", plain, commands);
    }

    @Test
    void epubcheckFindsNoErrorAndNoWarning() {
        var messages = new StringWriter();
        var report = new WriterReportImpl(new PrintWriter(messages), "book.epub", true);
        new EpubCheck(site.resolve("book.epub").toFile(), report).check();
        assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount(),
                "epubcheck " + EpubCheck.version() + " on book.epub:\n" + messages);
    }

    @Test
    void epubHasItsMetadataCoverAndOneTitlePerSection() throws IOException {
        String opf = entry("EPUB/package.opf");
        for (String element : List.of("dc:title", "dc:creator", "dc:language", "dc:description")) {
            assertTrue(opf.matches("(?s).*<" + element + "[^>]*>[^<]+</" + element + ">.*"), "no " + element + " in\n" + opf);
        }
        assertTrue(opf.contains("properties=\"cover-image\""), "no cover image in\n" + opf);
        String book = epubText();
        // A section title is escaped once: "Go&#8217;s" in the text, never "&amp;#8217;" for a reader to see.
        assertFalse(book.contains("&amp;#") || book.contains("&amp;lt;") || book.contains("&amp;amp;"),
                "double-escaped text in the EPUB");
        assertContainsAll("the EPUB", book.replaceAll("<[^>]+>", " ").replace("&#8217;", "'").replace("&#8220;", "\"")
                .replace("&#8221;", "\""), List.of("Introduction", "Run an example", "Version"));
    }

    @Test
    void epubLinksBetweenChaptersArrive() throws IOException {
        var ids = new java.util.HashMap<String, java.util.Set<String>>();
        var links = new ArrayList<String[]>();
        try (ZipFile zip = new ZipFile(site.resolve("book.epub").toFile())) {
            for (var entry : zip.stream().filter(entry -> entry.getName().endsWith(".xhtml")).toList()) {
                String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                String xhtml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                var found = new java.util.HashSet<String>();
                java.util.regex.Pattern.compile(" id=\"([^\"]+)\"").matcher(xhtml).results().forEach(id -> found.add(id.group(1)));
                ids.put(name, found);
                java.util.regex.Pattern.compile("<a [^>]*href=\"([^\":]*)\"").matcher(xhtml).results()
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

    /** The PDF's whole text, extracted once for every test that reads it: the slowest read of the book. */
    private static synchronized String pdfText() throws IOException {
        if (pdfText == null) {
            try (PDDocument document = Loader.loadPDF(site.resolve("book.pdf").toFile())) {
                pdfText = new PDFTextStripper().getText(document);
            }
        }
        return pdfText;
    }

    private static String entry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(site.resolve("book.epub").toFile())) {
            var entry = zip.getEntry(name);
            assertTrue(entry != null, "no " + name + " in the EPUB");
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String epubText() throws IOException {
        var text = new StringBuilder();
        try (ZipFile zip = new ZipFile(site.resolve("book.epub").toFile())) {
            for (var entry : zip.stream().filter(entry -> entry.getName().endsWith(".xhtml")).toList()) {
                text.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }

    @Test
    void everyTimelineIsAPictureInThePdfAndTheEpub() throws IOException {
        String text = squeeze(pdfText());
        int captions = text.split(squeeze("Timeline of this build's run"), -1).length - 1;
        int axes = text.split("sincemainstarted", -1).length - 1;
        assertEquals(timelines.size(), captions, "timeline captions in the PDF, for " + timelines);
        assertEquals(timelines.size(), axes, "timelines drawn in the PDF (their axis label), for " + timelines);
        try (ZipFile zip = new ZipFile(site.resolve("book.epub").toFile())) {
            String opf = new String(zip.getInputStream(zip.getEntry("EPUB/package.opf")).readAllBytes(), StandardCharsets.UTF_8);
            var documents = new StringBuilder();
            for (var entry : zip.stream().filter(entry -> entry.getName().endsWith(".xhtml")).toList()) {
                documents.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
            for (String id : timelines) {
                String image = "timelines/" + id + ".svg";
                var entry = zip.getEntry("EPUB/" + image);
                assertTrue(entry != null, "the EPUB has no " + image);
                String svg = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(svg.contains("<desc id="), image + " has no description");
                assertTrue(opf.contains("href=\"" + image + "\"") && opf.contains("media-type=\"image/svg+xml\""),
                        image + " is not in the EPUB's manifest as SVG");
                assertTrue(documents.toString().matches("(?s).*<img src=\"" + image.replace(".", "\\.")
                        + "\" alt=\"main and [^\"]{40,}\".*"), image + " is shown by no chapter, or without its description");
            }
        }
    }

    @Test
    void bothEbooksNameTheAuthorTheLicenceTheSourceArchiveAndTheRepositoryWhenItIsSet() throws IOException {
        var credits = new ArrayList<String>();
        String repository = "";
        for (String line : Files.readAllLines(root.resolve("site/partials/attributes.adoc"))) {
            var attribute = java.util.regex.Pattern.compile("^:(book-author|book-license|book-repository):(.*)$").matcher(line);
            if (attribute.matches() && !attribute.group(2).isBlank()) {
                credits.add(attribute.group(2).strip());
                repository = attribute.group(1).equals("book-repository") ? attribute.group(2).strip() : repository;
            }
        }
        assertTrue(credits.size() >= 2, "site/partials/attributes.adoc names no author or licence: " + credits);
        credits.add("source.tar.gz");
        String text = pdfText();
        assertContainsAll("the PDF", text, credits);
        assertEquals(!repository.isEmpty(), text.contains("Repository"), "the PDF's Repository line, for '" + repository + "'");
        String epub = epubText().replaceAll("<[^>]+>", " ");
        assertContainsAll("the EPUB", epub, credits);
        assertEquals(!repository.isEmpty(), epub.contains("Repository"), "the EPUB's Repository line, for '" + repository + "'");
    }

    /** Compares without white space, since a PDF wraps long lines wherever it likes. */
    private static void assertContainsAll(String where, String text, List<String> expected) {
        String squeezed = squeeze(text);
        List<String> missing = expected.stream().filter(piece -> !squeezed.contains(squeeze(piece))).toList();
        assertTrue(missing.isEmpty(), where + " lacks: " + missing);
    }

    private static String squeeze(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", "");
    }
}
