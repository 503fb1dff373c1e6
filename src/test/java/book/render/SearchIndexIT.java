package book.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Converts one page with Asciidoctor and the search index's tree processor, and reads the index it gives: plain
 * text, one entry per section, tables and code in, furniture out. Starting Asciidoctor takes seconds, so this runs
 * in {@code ./mvnw verify}, in the runtime it shares with {@link OutcomeTableIT} ({@link TestAsciidoctor}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexIT {

    private static final String PAGE = """
            = Main's end: the program's last line

            Before the first section: `List<String>` and `+{braces}+` and +*literal*+.

            == Receive-only channels

            A `+<-chan int+` receives only; `+chan<- int+` sends only.
            Go's `sync.WaitGroup` &amp; Java's `CountDownLatch`.

            [cols="1,1"]
            |===
            | Go | Java

            | `sync.Mutex` | `ReentrantLock`
            | a *table-only* word | `IllegalMonitorStateException`
            |===

            [source,java]
            ----
            Map<String, List<Integer>> counts = new HashMap<>(); // <1>
            ----
            <1> The map of `List<Integer>`.

            ++++
            <p class="source-link">passthrough furniture</p>
            ++++
            """;

    /** Section title to its text, and the page title, as the index holds them. */
    private final Map<String, String> sections = new HashMap<>();
    private final Map<String, String> pageTitles = new HashMap<>();

    @BeforeAll
    void indexOnePage(@TempDir Path folder) throws IOException {
        Path page = folder.resolve("01-demo.adoc");
        Files.writeString(page, PAGE);
        var index = new SearchIndex();
        TestAsciidoctor.convert(extensions -> extensions.treeprocessor(index), asciidoctor ->
                asciidoctor.convertFile(page.toFile(), Options.builder().backend("html5").safe(SafeMode.UNSAFE)
                        .toDir(folder.toFile()).build()));
        String script = index.script(List.of(new SearchIndex.Page("01-demo.html", "Demo")));
        JsonNode json = new ObjectMapper().readTree(script.substring(script.indexOf('{'), script.lastIndexOf('}') + 1));
        for (JsonNode entry : json.get("entries")) {
            sections.put(entry.get("section").asText(), entry.get("text").asText());
            pageTitles.put(entry.get("href").asText(), entry.get("page").asText());
        }
    }

    @Test
    void titlesArePlainTextWithCharacterReferencesDecoded() {
        assertEquals("Main\u2019s end: the program\u2019s last line", pageTitles.get("01-demo.html"));
        assertTrue(sections.containsKey("Receive-only channels"), sections::toString);
    }

    @Test
    void proseKeepsGenericsAndChannelArrowsAndDropsPassthroughMarkers() {
        String preamble = sections.get("Main\u2019s end: the program\u2019s last line");
        assertTrue(preamble.contains("List<String>"), preamble);
        assertTrue(preamble.contains("{braces}"), preamble);
        assertTrue(preamble.contains("*literal*"), preamble);
        assertFalse(preamble.contains("+"), preamble);
        String channels = sections.get("Receive-only channels");
        assertTrue(channels.contains("A <-chan int receives only; chan<- int sends only."), channels);
        assertTrue(channels.contains("Go\u2019s sync.WaitGroup & Java\u2019s CountDownLatch"), channels);
        assertFalse(channels.contains("&#"), channels);
        assertFalse(channels.contains("&amp;"), channels);
    }

    @Test
    void tablesAreIndexed() {
        String channels = sections.get("Receive-only channels");
        assertTrue(channels.contains("sync.Mutex ReentrantLock"), channels);
        assertTrue(channels.contains("a table-only word IllegalMonitorStateException"), channels);
    }

    @Test
    void codeIsKeptWholeWithoutCalloutsAndCalloutListsAreIndexed() {
        String channels = sections.get("Receive-only channels");
        assertTrue(channels.contains("Map<String, List<Integer>> counts = new HashMap<>();"), channels);
        assertFalse(channels.contains("<1>"), channels);
        assertTrue(channels.contains("The map of List<Integer>."), channels);
    }

    @Test
    void passthroughHtmlIsLeftOut() {
        assertFalse(sections.get("Receive-only channels").contains("furniture"), sections::toString);
    }

    @Test
    void textDecodesCharacterReferencesOnce() {
        assertEquals("Go\u2019s concurrency & <-ch", SearchIndex.text("Go&#8217;s concurrency &amp; &lt;-ch"));
        assertEquals("&amp; stays literal once", SearchIndex.text("&amp;amp; stays literal once"));
        assertEquals("\u00e9t\u00e9", SearchIndex.text("&#xe9;t&#233;"));
    }

    @Test
    void textDropsTagsAndCollapsesSpaces() {
        assertEquals("Channels become blocking queues", SearchIndex.text("<code>Channels</code>  become\nblocking queues"));
    }
}
