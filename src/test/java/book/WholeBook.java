package book;

import book.expect.ExpectationParser;
import book.find.Example;
import book.find.ExampleCatalog;
import book.render.RenderStatus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an ebook of the whole book must hold, read from the book's sources for {@link EpubIT} and {@link EbooksIT}:
 * every chapter's title as the reading order gives it, every example's run command, the examples drawn as timelines,
 * and the credits ({@code site/partials/attributes.adoc}: author, licence, the repository when it is set, and the
 * source archive); and waits for this build's ebook render.
 *
 * @param repository the repository's address, empty while the book names none
 */
record WholeBook(Path root, Path site, List<String> chapterTitles, List<String> commands, List<String> timelines,
                 List<String> credits, String repository) {

    /** Within the failsafe fork's own limit, {@code book.forkTimeout} (45 min) in the pom. */
    private static final Duration RENDER_TIMEOUT = Duration.ofMinutes(40);

    static WholeBook read() throws IOException {
        Path root = Path.of(System.getProperty("book.root", ".")).toAbsolutePath();
        Path site = Path.of(System.getProperty("book.site", root.resolve("target/site").toString())).toAbsolutePath();
        var chapterTitles = new ArrayList<String>();
        // The reading order, chapters/contents.adoc: ". xref:01-goroutines.adoc[Title]: what it covers".
        for (String line : Files.readAllLines(root.resolve("chapters/contents.adoc"))) {
            var chapter = Pattern.compile("^\\. xref:[\\w-]+\\.adoc\\[([^\\]]+)]: .*").matcher(line);
            if (chapter.matches()) {
                chapterTitles.add(chapter.group(1));
            }
        }
        assertTrue(chapterTitles.size() >= 7, "the reading order lists only " + chapterTitles);
        var commands = new ArrayList<String>();
        var timelines = new ArrayList<String>();
        for (Example example : ExampleCatalog.scan(root, "examples").examples()) {
            String source = Files.readString(example.file());
            var expectation = ExpectationParser.parse(example.script(), source);
            commands.add(example.command(expectation.args()));
            if (expectation.timeline()) {
                timelines.add(example.id());
            }
        }
        var credits = new ArrayList<String>();
        String repository = "";
        for (String line : Files.readAllLines(root.resolve("site/partials/attributes.adoc"))) {
            var attribute = Pattern.compile("^:(book-author|book-license|book-repository):(.*)$").matcher(line);
            if (attribute.matches() && !attribute.group(2).isBlank()) {
                credits.add(attribute.group(2).strip());
                repository = attribute.group(1).equals("book-repository") ? attribute.group(2).strip() : repository;
            }
        }
        assertTrue(credits.size() >= 2, "site/partials/attributes.adoc names no author or licence: " + credits);
        credits.add("source.tar.gz");
        return new WholeBook(root, site, List.copyOf(chapterTitles), List.copyOf(commands), List.copyOf(timelines),
                List.copyOf(credits), repository);
    }

    /**
     * Waits for this build's ebook render ({@code ./mvnw verify} renders the ebooks in the background while the other
     * integration tests run) to end; fails with its problems. Run by hand, outside a build, the ebooks are taken as
     * they are.
     */
    void awaitRender() {
        await(status -> status.await(RENDER_TIMEOUT));
    }

    /** Waits, as {@link #awaitRender()} does, only until the render has {@code ebook} in place ({@code "book.epub"}). */
    void awaitEbook(String ebook) {
        await(status -> status.await(ebook, RENDER_TIMEOUT));
    }

    private void await(Function<RenderStatus, List<String>> waiting) {
        String build = System.getProperty("book.build", "");
        if (!build.isEmpty()) {
            assertEquals(List.of(), waiting.apply(RenderStatus.ebooks(site, build)),
                    "the ebook render of this build found problems");
        }
    }

    /** Compares without white space, since a PDF wraps long lines wherever it likes. */
    static void assertContainsAll(String where, String text, List<String> expected) {
        String squeezed = squeeze(text);
        List<String> missing = expected.stream().filter(piece -> !squeezed.contains(squeeze(piece))).toList();
        assertTrue(missing.isEmpty(), where + " lacks: " + missing);
    }

    static String squeeze(String text) {
        return text.replace('\u2019', '\'').replaceAll("\\s+", "");
    }
}
