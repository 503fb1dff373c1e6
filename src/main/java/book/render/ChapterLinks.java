package book.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Includes a chapter, or a site page the ebooks carry as an appendix, into the one-document book of the ebooks
 * under its own file name, with its links to whole chapters and pages pointed at their headings: Asciidoctor
 * turns {@code xref:02-waitgroups.adoc[]} into a link to nowhere ({@code #}) once that file is part of the same
 * document, while {@code xref:02-waitgroups.adoc#id[]} already works. Line numbers stay the file's own.
 *
 * <p>{@code group.includeProcessor(new ChapterLinks(contents, appendices))}
 */
final class ChapterLinks extends IncludeProcessor {

    private static final Pattern WHOLE_CHAPTER = Pattern.compile("xref:([\\w-]+\\.adoc)\\[");

    /** Each file the book includes this way, by its name: {@code 01-goroutines.adoc}, {@code sources.adoc}. */
    private final Map<String, Path> files = new LinkedHashMap<>();

    ChapterLinks(Contents contents, List<Path> appendices) {
        contents.files().forEach(file -> files.put(file.getFileName().toString(), file));
        appendices.forEach(file -> files.put(file.getFileName().toString(), file));
    }

    /** The id of a chapter's heading in the book: {@code ch-01-goroutines}. */
    static String id(Contents.Chapter chapter) {
        return id(chapter.file());
    }

    /** The id of the heading of a file's part of the book: {@code ch-sources} for {@code sources.adoc}. */
    static String id(String file) {
        return "ch-" + file.replaceFirst("\\.adoc$", "");
    }

    @Override
    public boolean handles(String target) {
        return files.containsKey(target);
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Path file = files.get(target);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher link = WHOLE_CHAPTER.matcher(text);
        var linked = new StringBuilder();
        while (link.find()) {
            String replacement = files.containsKey(link.group(1))
                    ? "xref:" + link.group(1) + "#" + id(link.group(1)) + "[" : link.group();
            link.appendReplacement(linked, Matcher.quoteReplacement(replacement));
        }
        link.appendTail(linked);
        reader.pushInclude(linked.toString(), file.toString(), target, 1, attributes);
    }
}
