package book.render;

import org.jruby.embed.LocalContextScope;
import org.jruby.embed.ScriptingContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code pdf-listing-fragments.rb}, which joins the fragments of a highlighted listing that the PDF draws alike, on a
 * stand-in for asciidoctor-pdf's Rouge formatter that returns the fragments it is given: what joins, and what must
 * stay apart because it would look different joined. The book's own PDF looks the same page for page with it and
 * without it (rasterised, compared pixel for pixel when it was written); EbooksIT checks that PDF's text. A JRuby of
 * its own takes seconds, so this runs in {@code ./mvnw verify}, not in every {@code ./mvnw package}.
 */
class ListingFragmentsIT {

    private static ScriptingContainer ruby;

    @BeforeAll
    static void load() throws IOException {
        ruby = new ScriptingContainer(LocalContextScope.SINGLETHREAD);
        ruby.runScriptlet("module Rouge; module Formatters; class Prawn; def format tokens, opts = {}; tokens; end; end; end; end");
        try (InputStream script = ListingFragmentsIT.class.getResourceAsStream("pdf-listing-fragments.rb")) {
            ruby.runScriptlet(new String(script.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void stop() {
        ruby.terminate();
    }

    @Test
    void tokensDrawnAlikeAreOneFragment() {
        assertEquals("[{:text=>\"workerId, id\", :color=>\"333333\"}, {:text=>\"\\n\"}, {:text=>\"int\", :color=>\"888888\"}]",
                format("{ text: 'worker', color: '333333' }, { text: 'Id', color: '333333' }, { text: ',', color: '333333' },"
                        + " { text: ' ' }, { text: 'id', color: '333333' }, { text: \"\\n\" }, { text: 'int', color: '888888' }"));
    }

    @Test
    void boldTextJoinsBoldTextOfItsColorOnly() {
        assertEquals("[{:text=>\"void main\", :color=>\"000000\", :styles=>#<Set: {:bold}>}, {:text=>\"(\", :color=>\"000000\"}]",
                format("{ text: 'void', color: '000000', styles: Set[:bold] }, { text: ' main', color: '000000', styles: Set[:bold] },"
                        + " { text: '(', color: '000000' }"));
    }

    @Test
    void whatLooksDifferentStaysApart() {
        // Another color; a blank beside bold text (another font's width) or beside a background; text across lines.
        String apart = "{ text: 'a', color: '111111' }, { text: 'b', color: '222222' },"
                + " { text: 'c', color: '222222', styles: Set[:bold] }, { text: ' ' },"
                + " { text: 'd', color: '222222', background_color: 'FFFFCC' }, { text: \"e\\n\", color: '222222' },"
                + " { text: 'f', color: '222222' }";
        assertEquals(ruby.runScriptlet("require 'set'; [" + apart + "].inspect"), format(apart));
    }

    private static String format(String fragments) {
        return String.valueOf(ruby.runScriptlet("require 'set'; Rouge::Formatters::Prawn.new.format([" + fragments + "]).inspect"));
    }
}
