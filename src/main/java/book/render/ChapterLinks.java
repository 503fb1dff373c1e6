package book.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Includes a chapter into the one-document book of the ebooks with its links to whole chapters pointed at
 * the chapter's heading: Asciidoctor turns {@code xref:02-waitgroups.adoc[]} into a link to nowhere
 * ({@code #}) once that file is part of the same document, while {@code xref:02-waitgroups.adoc#id[]} already
 * works. Line numbers stay the chapter's own.
 *
 * <p>{@code group.includeProcessor(new ChapterLinks(contents))}
 */
final class ChapterLinks extends IncludeProcessor {

    private static final Pattern WHOLE_CHAPTER = Pattern.compile("xref:([\\w-]+\\.adoc)\\[");

    private final Contents contents;

    ChapterLinks(Contents contents) {
        this.contents = contents;
    }

    /** The id of a chapter's heading in the book: {@code ch-01-goroutines}. */
    static String id(Contents.Chapter chapter) {
        return "ch-" + chapter.docname();
    }

    @Override
    public boolean handles(String target) {
        return contents.chapters().stream().anyMatch(chapter -> chapter.file().equals(target));
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Path file = contents.file().resolveSibling(target);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher link = WHOLE_CHAPTER.matcher(text);
        var linked = new StringBuilder();
        while (link.find()) {
            String replacement = contents.chapters().stream().filter(chapter -> chapter.file().equals(link.group(1)))
                    .findFirst().map(chapter -> "xref:" + chapter.file() + "#" + id(chapter) + "[")
                    .orElse(link.group());
            link.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(linked);
        reader.pushInclude(linked.toString(), file.toString(), target, 1, attributes);
    }
}
