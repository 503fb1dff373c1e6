package book;

import book.expect.ExpectationParser;
import book.find.Example;
import book.find.ExampleCatalog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF and the EPUB that the site build writes hold the whole book: every chapter, and every
 * example with its run command.
 */
class EbooksIT {

    private static Path root;
    private static Path site;
    private static List<String> chapterTitles;
    private static List<String> commands;
    private static List<String> timelines;

    @BeforeAll
    static void readTheBook() throws IOException {
        root = Path.of(System.getProperty("book.root", ".")).toAbsolutePath();
        site = Path.of(System.getProperty("book.site", root.resolve("target/site").toString()));
        chapterTitles = new ArrayList<>();
        try (var chapters = Files.list(root.resolve("chapters"))) {
            for (Path chapter : chapters.filter(file -> file.toString().endsWith(".adoc")).sorted().toList()) {
                String title = Files.readAllLines(chapter).stream().filter(line -> line.startsWith("= ")).findFirst()
                        .orElseThrow(() -> new AssertionError(chapter + " has no title")).substring(2);
                chapterTitles.add(title);
            }
        }
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
            String text = new PDFTextStripper().getText(document);
            assertContainsAll("the PDF", text, chapterTitles);
            assertContainsAll("the PDF", text, commands);
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
    void everyTimelineIsAPictureInThePdfAndTheEpub() throws IOException {
        try (PDDocument document = Loader.loadPDF(site.resolve("book.pdf").toFile())) {
            String text = squeeze(new PDFTextStripper().getText(document));
            int captions = text.split(squeeze("Timeline of this build's run"), -1).length - 1;
            int axes = text.split("sincemainstarted", -1).length - 1;
            assertEquals(timelines.size(), captions, "timeline captions in the PDF, for " + timelines);
            assertEquals(timelines.size(), axes, "timelines drawn in the PDF (their axis label), for " + timelines);
        }
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
