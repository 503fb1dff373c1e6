package book.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

import java.util.List;

/**
 * Adds the previous / contents / next links to the top and bottom of every chapter page.
 *
 * <p>{@code registry.postprocessor(new BookNav(chapters))} where {@code chapters} are in reading order.
 */
final class BookNav extends Postprocessor {

    private final List<SearchIndex.Page> chapters;

    BookNav(List<SearchIndex.Page> chapters) {
        this.chapters = chapters;
    }

    @Override
    public String process(Document document, String output) {
        String href = document.getAttribute("docname") + ".html";
        int index = -1;
        for (int i = 0; i < chapters.size(); i++) {
            if (chapters.get(i).href().equals(href)) {
                index = i;
            }
        }
        if (index < 0) {
            return output;
        }
        String nav = nav(index);
        return output
                .replaceFirst("<div id=\"content\">", "<div id=\"content\">\n" + java.util.regex.Matcher.quoteReplacement(nav))
                .replaceFirst("<div id=\"footer\">", java.util.regex.Matcher.quoteReplacement(nav) + "\n<div id=\"footer\">");
    }

    private String nav(int index) {
        var html = new StringBuilder("<nav class=\"book-nav\" aria-label=\"Chapters\">");
        if (index > 0) {
            SearchIndex.Page previous = chapters.get(index - 1);
            html.append("<a class=\"previous\" rel=\"prev\" href=\"").append(previous.href()).append("\">&larr; ")
                    .append(escape(previous.title())).append("</a>");
        } else {
            html.append("<span class=\"previous\"></span>");
        }
        html.append("<a class=\"contents\" href=\"index.html\">Contents</a>");
        if (index < chapters.size() - 1) {
            SearchIndex.Page next = chapters.get(index + 1);
            html.append("<a class=\"next\" rel=\"next\" href=\"").append(next.href()).append("\">")
                    .append(escape(next.title())).append(" &rarr;</a>");
        } else {
            html.append("<span class=\"next\"></span>");
        }
        return html.append("</nav>").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
