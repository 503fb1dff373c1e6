package book.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rouge's markup, lean: in a highlighted listing, the tokens that {@code assets/book.css} shows in the code's own
 * colour (operators, punctuation, plain names) lose their spans, about a third of a chapter's elements; and the
 * link to Rouge's stylesheet goes, since {@code book.css} colours every other token in both themes.
 *
 * <p>{@code registry.postprocessor(new LeanListings())}
 */
final class LeanListings extends Postprocessor {

    private static final Pattern LISTING = Pattern.compile("(<pre class=\"rouge[^\"]*\">)(.*?)(</pre>)", Pattern.DOTALL);
    private static final Pattern PLAIN_TOKEN = Pattern.compile("<span class=\"[onp]\">([^<]*)</span>");
    private static final Pattern ROUGE_STYLESHEET = Pattern.compile("<link rel=\"stylesheet\" href=\"[^\"]*rouge-[\\w-]+\\.css\">\\n?");

    @Override
    public String process(Document document, String output) {
        return lean(output);
    }

    static String lean(String html) {
        String listings = LISTING.matcher(html).replaceAll(listing -> Matcher.quoteReplacement(listing.group(1)
                + PLAIN_TOKEN.matcher(listing.group(2)).replaceAll("$1") + listing.group(3)));
        return ROUGE_STYLESHEET.matcher(listings).replaceAll("");
    }
}
