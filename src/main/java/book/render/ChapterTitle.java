package book.render;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;
import org.asciidoctor.extension.Reader;

import java.nio.file.Path;
import java.util.HashMap;

/**
 * Gives a chapter page its title from the reading order: the chapter file has none of its own, so the page
 * reads the title line as if {@code chapters/contents.adoc} were included above its first line. The
 * chapter's own line numbers stay what they are in the file.
 *
 * <p>{@code group.preprocessor(new ChapterTitle(contents))}
 */
final class ChapterTitle extends Preprocessor {

    private final Contents contents;

    ChapterTitle(Contents contents) {
        this.contents = contents;
    }

    @Override
    public Reader process(Document document, PreprocessorReader reader) {
        Object docfile = document.getAttribute("docfile");
        if (docfile != null) {
            contents.chapter(Path.of(docfile.toString())).ifPresent(chapter -> reader.pushInclude(
                    "= " + chapter.title(), contents.file().toString(), Contents.FILE, chapter.line(), new HashMap<>()));
        }
        return reader;
    }
}
