package book.render;

import book.run.RunResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders a two-chapter demo book for real, in one Asciidoctor runtime, then changes one input at a time: each
 * render converts exactly the outputs that depend on what changed, and nothing when nothing did. A chapter's body
 * is shown by its page alone; a chapter's title by every page's navigation; its summary by the index alone. Of the
 * ebooks it renders the EPUB alone: the PDF's conversion would cost the test JVM about 20 CPU seconds more for the
 * same render cache, and EbooksIT checks the book's own PDF.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SiteRendererIT {

    @TempDir
    static Path root;
    private static SiteRenderer renderer;

    @BeforeAll
    static void writeTheBook() throws IOException {
        SiteRendererTest.DemoBook.write(root, "example::demo/Shown.java[]\n<1> Prints a greeting.\n\n"
                + "== It's `main` & <others>\n\nA section whose title needs escaping, once, from"
                + " xref:sources.adoc#src-a[article A] of xref:sources.adoc[the sources].\n");
        Files.writeString(root.resolve("site/sources.adoc"), "= Sources\n\n[#src-a]\n== Article A\n\nBy someone.\n");
        Files.writeString(root.resolve(Contents.FILE), ". xref:02-more.adoc[More chapter]: the second chapter.\n",
                StandardOpenOption.APPEND);
        Files.writeString(root.resolve("chapters/02-more.adoc"), "\nA chapter without examples, after\n"
                + "xref:01-demo.adoc[the demo chapter].\n");
        renderer = new SiteRenderer(root, root.resolve("target/book/results"), root.resolve("target/site"), "", "1.0",
                List.of("epub3"));
    }

    @AfterAll
    static void stop() {
        renderer.close();
    }

    @Test
    @Order(1)
    void firstRenderConvertsEveryPageWithTheTitleFromTheReadingOrder() throws IOException {
        assertRenders(SiteRenderer.Output.PAGES, List.of("index.html", "sources.html", "01-demo.html", "02-more.html"));
        String page = page("01-demo.html");
        assertTrue(page.contains("<title>Demo chapter</title>") && page.contains("<h1>Demo chapter</h1>"), page);
        assertTrue(page.contains("jbang examples/demo/Shown.java"), page);
        assertTrue(page.contains("<span class=\"line\">Hello</span>"), page);
        assertTrue(page.contains("class=\"conum\""), "callouts were not rendered:\n" + page);
        assertTrue(page("index.html").contains("href=\"01-demo.html\">Demo chapter</a>"), page("index.html"));
        assertTrue(Files.readString(site("assets/search-index.js")).contains("The demo."));
    }

    @Test
    @Order(2)
    void nothingChangedConvertsNothing() {
        assertRenders(SiteRenderer.Output.PAGES, List.of());
    }

    @Test
    @Order(3)
    void aChangedChapterBodyConvertsThatChapterOnly() throws IOException {
        Files.writeString(root.resolve("chapters/01-demo.adoc"), "\nA new sentence.\n", StandardOpenOption.APPEND);
        assertRenders(SiteRenderer.Output.PAGES, List.of("01-demo.html"));
        assertTrue(page("01-demo.html").contains("A new sentence."));
        assertTrue(Files.readString(site("assets/search-index.js")).contains("A new sentence."));
    }

    @Test
    @Order(4)
    void aChangedSummaryInTheReadingOrderConvertsTheIndexOnly() throws IOException {
        Files.writeString(root.resolve(Contents.FILE), Files.readString(root.resolve(Contents.FILE))
                .replace("the second chapter.", "the second chapter, with more."));
        assertRenders(SiteRenderer.Output.PAGES, List.of("index.html"));
        assertTrue(page("index.html").contains("the second chapter, with more."), page("index.html"));
    }

    @Test
    @Order(5)
    void aChangedSitePageTitleConvertsThatPageOnly() throws IOException {
        Files.writeString(root.resolve("site/sources.adoc"), Files.readString(root.resolve("site/sources.adoc"))
                .replace("= Sources", "= The sources"));
        assertRenders(SiteRenderer.Output.PAGES, List.of("sources.html"));
        assertTrue(page("sources.html").contains("<h1>The sources</h1>"), page("sources.html"));
        assertTrue(Files.readString(site("assets/search-index.js")).contains("The sources"));
    }

    @Test
    @Order(6)
    void aNewResultConvertsThePageThatShowsIt() throws IOException {
        SiteRendererTest.DemoBook.result(root, "Shown", RunResult.Status.PASSED, "Hello");
        assertRenders(SiteRenderer.Output.PAGES, List.of());
        // Same script, same fingerprint, another run: the page must show the output of this build's run.
        SiteRendererTest.DemoBook.result(root, "Shown", RunResult.Status.PASSED, "Hello from another run");
        assertRenders(SiteRenderer.Output.PAGES, List.of("01-demo.html"));
        assertTrue(page("01-demo.html").contains("Hello from another run"));
    }

    @Test
    @Order(7)
    void aChangedTitleInTheReadingOrderConvertsEveryPageThatShowsIt() throws IOException {
        Files.writeString(root.resolve(Contents.FILE), Files.readString(root.resolve(Contents.FILE))
                .replace("[Demo chapter]", "[Renamed chapter]"));
        assertRenders(SiteRenderer.Output.PAGES, List.of("index.html", "sources.html", "01-demo.html", "02-more.html"));
        assertTrue(page("01-demo.html").contains("<h1>Renamed chapter</h1>"));
        // Every other page's navigation shows it: the chapter list, and the next chapter's link back.
        assertTrue(page("02-more.html").contains("rel=\"prev\" href=\"01-demo.html\">&larr; Renamed chapter</a>"),
                page("02-more.html"));
        assertTrue(page("sources.html").contains("<a href=\"01-demo.html\">Renamed chapter</a>"), page("sources.html"));
    }

    @Test
    @Order(8)
    void assetsAreCopiedAndRemovedWithoutConvertingPages() throws IOException {
        Files.createDirectories(root.resolve("site/assets"));
        Files.writeString(root.resolve("site/assets/extra.css"), "p { margin: 0 }\n");
        assertRenders(SiteRenderer.Output.PAGES, List.of());
        assertTrue(Files.isRegularFile(site("assets/extra.css")));
        Files.delete(root.resolve("site/assets/extra.css"));
        assertRenders(SiteRenderer.Output.PAGES, List.of());
        assertFalse(Files.exists(site("assets/extra.css")), "a deleted asset is still served");
    }

    @Test
    @Order(9)
    void ebooksRenderOnceAndAreRemovedWhenAChapterChanges() throws IOException {
        // ./mvnw verify loads the converters before the tests have written the results (ResultsGate); what changes
        // meanwhile is in the ebook all the same.
        renderer.prepareEbooks();
        Files.writeString(root.resolve("chapters/02-more.adoc"), "\nWritten while the tests ran.\n", StandardOpenOption.APPEND);
        assertRenders(SiteRenderer.Output.EBOOKS, List.of("book.epub"));
        assertRenders(SiteRenderer.Output.EBOOKS, List.of());
        try (var epub = new java.util.zip.ZipFile(site("book.epub").toFile())) {
            String more = new String(epub.getInputStream(epub.getEntry("EPUB/ch-02-more.xhtml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(more.contains("Written while the tests ran."), more);
            String chapter = new String(epub.getInputStream(epub.getEntry("EPUB/ch-01-demo.xhtml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(chapter.contains("title=\"It&#8217;s main &amp; &lt;others&gt;\""), chapter);
            // Links to a page the book carries, whole or to a section, stay inside the book.
            assertTrue(chapter.contains("href=\"ch-sources.xhtml#src-a\"") && !chapter.contains("href=\"#\""), chapter);
        }
        assertRenders(SiteRenderer.Output.PAGES, List.of("02-more.html"));
        assertTrue(Files.isRegularFile(site("book.epub")), "a current ebook was removed");
        Files.writeString(root.resolve("chapters/01-demo.adoc"), "\nAnother sentence.\n", StandardOpenOption.APPEND);
        assertRenders(SiteRenderer.Output.PAGES, List.of("01-demo.html"));
        assertFalse(Files.exists(site("book.epub")), "an out-of-date ebook is still there");
    }

    /**
     * {@code ./mvnw verify} renders the ebooks in another process beside the pages: the page render leaves the ebooks
     * to it (one it removed could be the fresh one that render had just written), and that render removes an
     * out-of-date one before it converts, so that nothing shows it meanwhile, even when the conversion never ends.
     */
    @Test
    @Order(10)
    void besideThePagesTheEbookRenderAloneRemovesAnOutOfDateEbook() throws IOException {
        Files.writeString(site("book.epub"), "an EPUB of an earlier chapter");
        assertEquals(List.of(), renderer.render(SiteRenderer.Output.PAGES, true));
        assertTrue(Files.isRegularFile(site("book.epub")), "the page render removed an ebook the ebook render owns");
        Path book = root.resolve("target/book/book.adoc");
        Files.deleteIfExists(book);
        Files.createDirectories(book); // the book's source cannot be written: the render fails before converting
        try {
            assertThrows(java.io.UncheckedIOException.class, () -> renderer.render(SiteRenderer.Output.EBOOKS, true));
        } finally {
            Files.delete(book);
        }
        assertFalse(Files.exists(site("book.epub")), "the out-of-date ebook stayed while the ebook render ran");
    }

    @Test
    @Order(8)
    void theFooterLinksTheSourceArchiveAndTheRepositoryOnlyOnceOneIsSet() throws IOException {
        assertTrue(Files.isRegularFile(site(SourceArchive.FILE)), "the source archive was not published");
        String footer = page("index.html").substring(page("index.html").indexOf("<div id=\"footer\""));
        assertTrue(footer.contains("<a href=\"source.tar.gz\">source.tar.gz</a>."), footer);
        assertFalse(footer.contains("repository"), footer);
        Files.writeString(root.resolve("site/index.adoc"), Files.readString(root.resolve("site/index.adoc"))
                .replaceFirst("= Demo book\n", "= Demo book\n:book-repository: https://example.org/demo.git\n"));
        assertRenders(SiteRenderer.Output.PAGES, List.of("index.html"));
        assertTrue(page("index.html").contains(
                "and its repository: <a href=\"https://example.org/demo.git\">https://example.org/demo.git</a>."),
                page("index.html"));
    }

    private static void assertRenders(SiteRenderer.Output output, List<String> converted) {
        assertEquals(List.of(), renderer.render(output));
        assertEquals(converted, renderer.converted());
    }

    private static Path site(String file) {
        return root.resolve("target/site").resolve(file);
    }

    private static String page(String name) throws IOException {
        return Files.readString(site(name));
    }
}
