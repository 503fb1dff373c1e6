package book.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.ListItem;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects the text of every section of every page while the pages are parsed, for the site's
 * client-side search: {@code assets/search-index.js} defines {@code window.BOOK_SEARCH}.
 *
 * <p>{@code registry.treeprocessor(index); ...; Files.writeString(file, index.script(pages))}
 */
final class SearchIndex extends Treeprocessor {

    /** One searchable piece: a section of a page, or the page's text before its first section. */
    record Entry(String href, String page, String section, String text) {
    }

    /** One page, in reading order, for the search results and the page list. */
    record Page(String href, String title) {
    }

    /** Callout markers at the end of a code line: {@code // <1>}, {@code # <2> <3>}. */
    private static final Pattern CALLOUT = Pattern.compile("[ \\t]*(?:(?://|#|--)[ \\t]*)?(?:<\\d+>[ \\t]*)+$",
            Pattern.MULTILINE);

    /** Tags inside a phrase, which leave no space behind: {@code <code>List&lt;T&gt;</code>.} */
    private static final Pattern INLINE_TAG = Pattern.compile(
            "</?(?:a|b|code|em|i|kbd|mark|span|strong|sub|sup|var)(?:\\s[^>]*)?>");

    private final List<Entry> entries = new ArrayList<>();

    @Override
    public Document process(Document document) {
        String page = document.getAttribute("docname") + ".html";
        String title = text(document.getDoctitle());
        var preamble = new StringBuilder();
        for (StructuralNode node : document.getBlocks()) {
            if (node instanceof Section section) {
                addSection(page, title, section);
            } else {
                collect(node, preamble);
            }
        }
        add(new Entry(page, title, title, preamble.toString().strip()));
        return document;
    }

    private void addSection(String page, String title, Section section) {
        var text = new StringBuilder();
        for (StructuralNode node : section.getBlocks()) {
            if (node instanceof Section child) {
                addSection(page, title, child);
            } else {
                collect(node, text);
            }
        }
        add(new Entry(page + "#" + section.getId(), title, text(section.getTitle()), text.toString().strip()));
    }

    private synchronized void add(Entry entry) {
        entries.add(entry);
    }

    /** Every entry collected so far, in the order the pages were converted. */
    synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Adds the entries a page gave when it was last converted, for a page that did not need converting again. */
    synchronized void add(List<Entry> page) {
        entries.addAll(page);
    }

    /**
     * Appends a block's words as a reader sees them: prose and table cells converted (so passthroughs,
     * replacements and character references come out as they read on the page), code and output as
     * written, generics and {@code <-chan} included. Passthrough HTML (the example panels' furniture) is skipped.
     */
    private static void collect(StructuralNode node, StringBuilder text) {
        if (node.getTitle() != null) {
            append(text, text(node.getTitle()));
        }
        switch (node) {
            case Table table -> {
                for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
                    for (Row row : rows) {
                        for (Cell cell : row.getCells()) {
                            if (cell.getInnerDocument() != null) {
                                cell.getInnerDocument().getBlocks().forEach(child -> collect(child, text));
                            } else {
                                append(text, text(cell.getText()));
                            }
                        }
                    }
                }
            }
            case DescriptionList list -> {
                for (DescriptionListEntry entry : list.getItems()) {
                    entry.getTerms().forEach(term -> append(text, text(term.getText())));
                    if (entry.getDescription() != null) {
                        collect(entry.getDescription(), text);
                    }
                }
            }
            case ListItem item -> {
                if (item.getText() != null) {
                    append(text, text(item.getText()));
                }
                item.getBlocks().forEach(child -> collect(child, text));
            }
            case org.asciidoctor.ast.List list -> list.getItems().forEach(child -> collect(child, text));
            default -> {
                switch (String.valueOf(node.getContentModel())) {
                    case "simple" -> append(text, text(String.valueOf(node.getContent())));
                    case "verbatim" -> {
                        if (node instanceof Block block) {
                            append(text, CALLOUT.matcher(block.getSource()).replaceAll(""));
                        }
                    }
                    case "compound" -> node.getBlocks().forEach(child -> collect(child, text));
                    default -> {
                        // raw passthrough HTML and empty blocks (images, breaks) have no words to find
                    }
                }
            }
        }
    }

    private static void append(StringBuilder text, String words) {
        if (!words.isBlank()) {
            text.append(words.strip()).append(' ');
        }
    }

    /** A converted title or phrase as plain text: tags dropped, character references decoded, spaces collapsed. */
    static String text(String html) {
        String withoutTags = INLINE_TAG.matcher(html).replaceAll("").replaceAll("<[^>]+>", " ");
        var decoded = new StringBuilder();
        Matcher references = Pattern.compile("&(#\\d+|#x\\p{XDigit}+|amp|lt|gt|quot|apos);").matcher(withoutTags);
        while (references.find()) {
            String name = references.group(1);
            String character = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(name.startsWith("#x")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1)));
            };
            references.appendReplacement(decoded, Matcher.quoteReplacement(character));
        }
        references.appendTail(decoded);
        return decoded.toString().replaceAll("\\s+", " ").strip();
    }

    /** The JavaScript file that hands the index to the page. */
    synchronized String script(List<Page> pages) {
        Map<String, Object> index = new LinkedHashMap<>();
        index.put("pages", pages);
        index.put("entries", entries.stream().filter(entry -> !entry.text().isEmpty() || !entry.section().isEmpty()).toList());
        try {
            return "window.BOOK_SEARCH = " + new ObjectMapper().writeValueAsString(index) + ";\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
