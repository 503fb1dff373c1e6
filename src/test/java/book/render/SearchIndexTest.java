package book.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchIndexTest {

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

    @Test
    void plainDropsAsciiDocMarkupForSearch() {
        assertEquals("the WaitGroups chapter uses CountDownLatch",
                SearchIndex.plain("the xref:02-waitgroups.adoc#wg[WaitGroups chapter] uses `CountDownLatch`"));
    }
}
