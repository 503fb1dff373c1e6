package book.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeanListingsTest {

    @Test
    void plainTokensOfAListingLoseTheirSpansAndColouredOnesKeepThem() {
        String listing = "<pre class=\"rouge highlight\"><code data-lang=\"java\"><span class=\"nc\">Thread</span>"
                + "<span class=\"o\">.</span><span class=\"na\">sleep</span><span class=\"o\">(</span>"
                + "<span class=\"n\">d</span><span class=\"o\">&lt;=</span><span class=\"p\">);</span></code></pre>";
        assertEquals("<pre class=\"rouge highlight\"><code data-lang=\"java\"><span class=\"nc\">Thread</span>."
                + "<span class=\"na\">sleep</span>(d&lt;=);</code></pre>", LeanListings.lean(listing));
    }

    @Test
    void spansOutsideListingsAndTheOutputsLinesAreKept() {
        String html = "<p><span class=\"n\">n</span></p><pre><span class=\"line\">Hello</span></pre>"
                + "<pre class=\"rouge highlight\"><code><span class=\"o\">{</span></code></pre><span class=\"o\">}</span>";
        assertEquals("<p><span class=\"n\">n</span></p><pre><span class=\"line\">Hello</span></pre>"
                + "<pre class=\"rouge highlight\"><code>{</code></pre><span class=\"o\">}</span>", LeanListings.lean(html));
    }

    @Test
    void rougesStylesheetIsNotLinkedAndTheOthersAre() {
        String head = "<link rel=\"stylesheet\" href=\"assets/asciidoctor.css\">\n"
                + "<link rel=\"stylesheet\" href=\"assets/rouge-github.css\">\n<link rel=\"stylesheet\" href=\"assets/book.css\">\n";
        assertEquals("<link rel=\"stylesheet\" href=\"assets/asciidoctor.css\">\n"
                + "<link rel=\"stylesheet\" href=\"assets/book.css\">\n", LeanListings.lean(head));
    }
}
