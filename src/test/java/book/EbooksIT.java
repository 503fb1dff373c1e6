package book;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static book.WholeBook.assertContainsAll;
import static book.WholeBook.squeeze;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ebook render of this build ended without problems, and the PDF it wrote holds the whole book: the title page,
 * the introduction, every chapter under the title the reading order gives it, every example with its run command,
 * every timeline drawn, the credits. {@link EpubIT} checks the EPUB.
 *
 * <p>{@code ./mvnw verify} renders the ebooks in the background while the other integration tests run; this test
 * runs last in its test JVM's queue (see {@link IntegrationTestOrder}), waits for this build's render
 * ({@link book.render.RenderStatus}) and fails with its problems.
 */
class EbooksIT {

    private static WholeBook book;
    private static Path pdf;
    /** The PDF read once for every test: the slowest read of the book. */
    private static int pages;
    private static String pdfText;
    private static String titlePage;

    @BeforeAll
    static void readThePdf() throws IOException {
        book = WholeBook.read();
        book.awaitRender();
        pdf = book.site().resolve("book.pdf");
        assertTrue(Files.isRegularFile(pdf), pdf + " was not built");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            pages = document.getNumberOfPages();
            pdfText = new PDFTextStripper().getText(document);
            var titlePages = new PDFTextStripper();
            titlePages.setStartPage(1);
            titlePages.setEndPage(2);
            titlePage = titlePages.getText(document);
        }
    }

    @Test
    void pdfHasEveryChapterAndEveryRunCommand() {
        assertTrue(pages >= 3 * book.chapterTitles().size(),
                "only " + pages + " pages for " + book.chapterTitles().size() + " chapters");
        assertContainsAll("the PDF", pdfText, book.chapterTitles());
        assertContainsAll("the PDF", pdfText, book.commands());
        assertContainsAll("the PDF's title page", titlePage,
                List.of("Go's concurrency, ported to modern Java", "Every example run and checked", "Version"));
        assertContainsAll("the PDF", pdfText, List.of("Introduction", "Run an example", "What \"Verified\" means"));
    }

    @Test
    void everyTimelineIsDrawnInThePdf() {
        String text = squeeze(pdfText);
        int captions = text.split(squeeze("Timeline of this build's run"), -1).length - 1;
        int axes = text.split("sincemainstarted", -1).length - 1;
        assertEquals(book.timelines().size(), captions, "timeline captions in the PDF, for " + book.timelines());
        assertEquals(book.timelines().size(), axes, "timelines drawn in the PDF (their axis label), for " + book.timelines());
    }

    @Test
    void pdfNamesTheAuthorTheLicenceTheSourceArchiveAndTheRepositoryWhenItIsSet() {
        assertContainsAll("the PDF", pdfText, book.credits());
        assertEquals(!book.repository().isEmpty(), pdfText.contains("Repository"),
                "the PDF's Repository line, for '" + book.repository() + "'");
    }
}
