package book.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Postprocessor;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every page the furniture of a book, in its markup so nothing moves once it is shown: a skip
 * link, the landmarks (banner, navigation, main, footer), a sidebar with the book's title, the search
 * box, every chapter with the current one marked and this page's sections; previous / contents / next
 * links at the top and bottom of every chapter; and break opportunities after dots and camel humps of
 * the identifiers in tables.
 *
 * <p>{@code registry.postprocessor(new BookNav(bookTitle, chapters))} where {@code chapters} are in reading order.
 */
final class BookNav extends Postprocessor {

    private static final Pattern BODY = Pattern.compile("<body([^>]*)>");
    private static final Pattern TABLE_CODE = Pattern.compile("<code>([^<]*)</code>");
    private static final Pattern BREAK_POINT = Pattern.compile("(?<=[.(/_])(?=[^.)\\s])|(?<=[a-z0-9])(?=[A-Z])");

    private final String bookTitle;
    private final List<SearchIndex.Page> chapters;

    BookNav(String bookTitle, List<SearchIndex.Page> chapters) {
        this.bookTitle = bookTitle;
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
        String html = BODY.matcher(output).replaceFirst("<body$1>\n<a class=\"skip-link\" href=\"#content\">Skip to the text</a>");
        html = html.replaceFirst("<div id=\"header\">", "<div id=\"header\" role=\"banner\">")
                .replaceFirst("<div id=\"footer\">", Matcher.quoteReplacement(
                        "<div id=\"footer\" role=\"contentinfo\">\n" + credits(document)));
        html = describe(html);
        html = sidebar(html, href);
        if (index >= 0) {
            html = html
                    .replaceFirst("<div id=\"content\">", Matcher.quoteReplacement(
                            "<div id=\"content\">\n" + pageTurns(index, "Previous and next chapter")))
                    .replaceFirst("<div id=\"footer\"", Matcher.quoteReplacement(
                            pageTurns(index, "Previous and next chapter, at the end of this one") + "\n<div id=\"footer\""));
        }
        html = html.replaceFirst("<div id=\"content\">", "<div id=\"content\" role=\"main\" tabindex=\"-1\">");
        return breakIdentifiersInTables(html);
    }

    /**
     * Replaces Asciidoctor's table of contents with the book's sidebar; a page without one (the home page)
     * gets the search box under its title.
     */
    private String sidebar(String html, String href) {
        int start = html.indexOf("<div id=\"toc\" class=\"toc2\">");
        int content = html.indexOf("<div id=\"content\"");
        if (start < 0 || content < start) {
            int title = html.indexOf("</h1>");
            return title < 0 || (content >= 0 && title > content) ? html
                    : html.substring(0, title + 5) + "\n" + SEARCH + html.substring(title + 5);
        }
        int listStart = html.indexOf("<ul class=\"sectlevel1\">", start);
        int listEnd = html.lastIndexOf("</ul>", content);
        int end = html.indexOf("</div>", listEnd) + "</div>".length();
        String sections = listStart < 0 || listStart > content ? "" : html.substring(listStart, listEnd + "</ul>".length());
        var sidebar = new StringBuilder("<div id=\"toc\" class=\"toc2\" role=\"navigation\" aria-label=\"Book\">\n");
        sidebar.append("<a class=\"book-home\" href=\"index.html\">").append(escape(bookTitle)).append("</a>\n")
                .append(SEARCH).append('\n')
                .append("<button type=\"button\" class=\"toc-toggle\" aria-expanded=\"false\" aria-controls=\"toc-body\">"
                        + "Chapters and sections</button>\n")
                .append("<div id=\"toc-body\">\n")
                .append("<div class=\"toc-heading\" id=\"chapters-title\">Chapters</div>\n")
                .append("<ol class=\"book-chapters\" aria-labelledby=\"chapters-title\">\n");
        for (SearchIndex.Page chapter : chapters) {
            boolean current = chapter.href().equals(href);
            sidebar.append("<li><a href=\"").append(chapter.href()).append('"')
                    .append(current ? " aria-current=\"page\"" : "").append('>')
                    .append(escape(chapter.title())).append("</a></li>\n");
        }
        sidebar.append("</ol>\n");
        if (!sections.isEmpty()) {
            sidebar.append("<div class=\"toc-heading\" id=\"toctitle\">On this page</div>\n").append(sections).append('\n');
        }
        sidebar.append("</div>\n</div>");
        return html.substring(0, start) + sidebar + html.substring(end);
    }

    /**
     * Who wrote the book, its licence, its sources, the archive of its own source and, when
     * {@code book-repository} is set, its repository, from the attributes of {@code site/partials/attributes.adoc}
     * (which the PDF and the EPUB read too).
     */
    private static String credits(Document document) {
        var text = new StringBuilder("<p class=\"book-credits\">");
        Object author = document.getAttribute("book-author");
        Object license = document.getAttribute("book-license");
        if (author != null) {
            text.append("&copy; ").append(escape(author.toString())).append(". ");
        }
        if (license != null) {
            text.append("Text and code under the ").append(escape(license.toString())).append(". ");
        }
        text.append("Ported from five Go articles, credited in <a href=\"sources.html\">Sources</a>. ");
        text.append("The book's source: <a href=\"").append(SourceArchive.FILE).append("\">").append(SourceArchive.FILE)
                .append("</a>");
        Object repository = document.getAttribute("book-repository");
        if (repository != null && !repository.toString().isBlank()) {
            String address = escape(repository.toString().strip());
            text.append(", and its repository: <a href=\"").append(address).append("\">").append(address).append("</a>");
        }
        return text.append(".</p>").toString();
    }

    /** A page without a {@code :description:} is described by its first paragraph, for search engines and link previews. */
    private static String describe(String html) {
        if (html.contains("<meta name=\"description\"")) {
            return html;
        }
        int content = html.indexOf("<div id=\"content\"");
        Matcher paragraph = Pattern.compile("<div class=\"paragraph[^\"]*\">\\s*<p>(.*?)</p>", Pattern.DOTALL)
                .matcher(html);
        if (content < 0 || !paragraph.find(content)) {
            return html;
        }
        String text = SearchIndex.text(paragraph.group(1));
        if (text.length() > 160) {
            text = text.substring(0, text.lastIndexOf(' ', 157)) + "\u2026";
        }
        return html.replaceFirst("<title>", Matcher.quoteReplacement(
                "<meta name=\"description\" content=\"" + escape(text) + "\">\n<title>"));
    }

    /** The search box; {@code assets/book.js} answers it from {@code assets/search-index.js}. */
    private static final String SEARCH = """
            <div class="book-search" role="search">
            <label for="book-search-input" class="visually-hidden">Search the book</label>
            <input id="book-search-input" type="search" placeholder="Search the book" autocomplete="off" \
            spellcheck="false" aria-controls="book-search-results" aria-describedby="book-search-status">
            <p id="book-search-status" class="search-status" aria-live="polite" hidden></p>
            <ol id="book-search-results" class="search-results" hidden></ol>
            </div>""";

    private String pageTurns(int index, String label) {
        var html = new StringBuilder("<nav class=\"book-nav\" aria-label=\"" + label + "\">");
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

    /** {@code java.util.concurrent.CountDownLatch} in a table cell may break after a dot or before a hump, never mid-word. */
    static String breakIdentifiersInTables(String html) {
        var result = new StringBuilder();
        int at = 0;
        while (true) {
            int table = html.indexOf("<table class=\"tableblock", at);
            if (table < 0) {
                break;
            }
            int end = html.indexOf("</table>", table);
            result.append(html, at, table);
            Matcher code = TABLE_CODE.matcher(html.substring(table, end));
            result.append(code.replaceAll(match -> Matcher.quoteReplacement(
                    "<code>" + BREAK_POINT.matcher(match.group(1)).replaceAll("<wbr>") + "</code>")));
            at = end;
        }
        return result.append(html.substring(at)).toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
