package book.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RenderStatusTest {

    @TempDir
    Path dir;

    @Test
    void aFinishedRenderGivesItsProblems() {
        var status = RenderStatus.ebooks(dir.resolve("site"), "b1");
        status.started();
        status.finished(List.of("chapters/01.adoc:3: a problem\nover two lines"));
        assertEquals(List.of("chapters/01.adoc:3: a problem over two lines"), status.await(Duration.ofSeconds(5)));
        status.finished(List.of());
        assertEquals(List.of(), status.await(Duration.ofSeconds(5)));
    }

    @Test
    void theWaiterWaitsForTheRenderToEnd() throws InterruptedException {
        var status = new RenderStatus(dir.resolve("ebooks.status"), "b1");
        status.started();
        // Timed from before the render starts, so that a loaded machine's delay before this thread reads the clock
        // cannot make a wait that ended on time look too short.
        long start = System.nanoTime();
        Thread renderer = Thread.ofPlatform().start(() -> {
            sleep(250);
            status.finished(List.of());
        });
        assertEquals(List.of(), status.await(Duration.ofSeconds(30)));
        assertEquals(true, System.nanoTime() - start >= Duration.ofMillis(200).toNanos(), "returned before the end");
        renderer.join();
    }

    @Test
    void aStatusOfAnotherBuildIsNotThisBuildsRender() {
        new RenderStatus(dir.resolve("ebooks.status"), "earlier").finished(List.of());
        var status = new RenderStatus(dir.resolve("ebooks.status"), "b2");
        var e = assertThrows(IllegalStateException.class, () -> status.await(Duration.ofMillis(200), Duration.ofSeconds(30)));
        assertEquals("the render of build b2 did not start within 0.2 s: no build b2 in " + dir.resolve("ebooks.status"),
                e.getMessage());
    }

    @Test
    void aRenderWhoseProcessIsGoneFailsTheWaiter() throws IOException, InterruptedException {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.write(dir.resolve("ebooks.status"), List.of("build b3", "pid " + gone.pid(), "state running"));
        var e = assertThrows(IllegalStateException.class,
                () -> new RenderStatus(dir.resolve("ebooks.status"), "b3").await(Duration.ofSeconds(30)));
        assertEquals("the render of build b3 (process " + gone.pid() + ") ended without a result; its output is in the"
                + " build's log", e.getMessage());
    }

    @Test
    void aRenderThatOutlastsTheTimeoutFailsTheWaiter() {
        var status = new RenderStatus(dir.resolve("ebooks.status"), "b4");
        status.started();
        var e = assertThrows(IllegalStateException.class, () -> status.await(Duration.ofMillis(200)));
        assertEquals("the render of build b4 did not end within 0.2 s (" + dir.resolve("ebooks.status") + ")", e.getMessage());
    }

    @Test
    void aFileReadyEndsTheWaitForItWhileTheRenderRuns() {
        var status = new RenderStatus(dir.resolve("ebooks.status"), "b5");
        status.started();
        status.ready("book.epub");
        assertEquals(List.of(), status.await("book.epub", Duration.ofSeconds(5)));
        var e = assertThrows(IllegalStateException.class, () -> status.await("book.pdf", Duration.ofMillis(200)));
        assertEquals("the render of build b5 did not end within 0.2 s (" + dir.resolve("ebooks.status") + ")", e.getMessage());
    }

    @Test
    void aRenderThatEndsWithoutTheFileGivesItsWaiterItsProblems() {
        var status = new RenderStatus(dir.resolve("ebooks.status"), "b6");
        status.started();
        status.finished(List.of("chapters/01.adoc:3: a problem"));
        assertEquals(List.of("chapters/01.adoc:3: a problem"), status.await("book.epub", Duration.ofSeconds(5)));
    }

    @Test
    void aFileReadyStaysReadyWhenALaterOneFails() {
        var status = new RenderStatus(dir.resolve("ebooks.status"), "b7");
        status.started();
        status.ready("book.epub");
        status.finished(List.of("the PDF: a problem"));
        assertEquals(List.of(), status.await("book.epub", Duration.ofSeconds(5)));
        assertEquals(List.of("the PDF: a problem"), status.await(Duration.ofSeconds(5)));
        assertEquals(List.of("the PDF: a problem"), status.await("book.pdf", Duration.ofSeconds(5)));
    }

    /** ./mvnw verify renders the pages, then the ebooks, in one process: the pages' end is not the ebooks'. */
    @Test
    void thePagesAndTheEbooksOfOneBuildEachHaveTheirOwnStatus() {
        var pages = RenderStatus.of(SiteRenderer.Output.PAGES, dir.resolve("site"), "b5");
        var ebooks = RenderStatus.of(SiteRenderer.Output.EBOOKS, dir.resolve("site"), "b5");
        assertEquals(RenderStatus.ebooks(dir.resolve("site"), "b5"), ebooks);
        pages.started();
        ebooks.started();
        pages.finished(List.of("chapters/01.adoc:3: a problem"));
        assertEquals(List.of("chapters/01.adoc:3: a problem"), pages.await(Duration.ofSeconds(5)));
        var e = assertThrows(IllegalStateException.class, () -> ebooks.await(Duration.ofMillis(200)));
        assertEquals("the render of build b5 did not end within 0.2 s (" + dir.resolve("book/ebooks-render.status") + ")",
                e.getMessage());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
