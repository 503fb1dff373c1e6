package book.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one document the PDF and the EPUB are converted from: the index's title with its subtitle, author and
 * description, a title page with the version and the date, the introduction (the index's part tagged
 * {@code introduction}), then every chapter of the reading order under the title the list gives it, and the site
 * pages the chapters link to. Chapters and those pages are included by file name alone, through
 * {@link ChapterLinks}, so that links between them stay inside the book.
 *
 * <p>{@code BookDocument.text(root, bookDir, contents, "1.0", "2026-11-29")}
 */
final class BookDocument {

    /** The index, whose header is the book's header and whose introduction opens the ebooks. */
    static final String INDEX = "site/index.adoc";
    /** The cover of both ebooks. */
    static final String COVER = "site/ebook/cover.svg";

    private static final Pattern ATTRIBUTE = Pattern.compile("^:([\\w-]+!?):(.*)$");
    private static final Pattern PAGE_LINK = Pattern.compile("xref:([\\w-]+\\.adoc)[#\\[]");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)(\\[.*])\\s*$");

    private BookDocument() {
    }

    /** The files the book reads besides the chapters, the examples and what they include. */
    static List<String> ownInputs() {
        return List.of(INDEX, COVER, Contents.FILE);
    }

    /**
     * The site's pages that a chapter links to (the sources, say), which the ebooks carry after the chapters so
     * that those links stay inside the book; the index and pages no chapter links to are left out.
     */
    static List<Path> appendices(Path root, Contents contents) {
        var linked = new java.util.LinkedHashSet<String>();
        for (Path chapter : contents.files()) {
            String text = String.join("\n", read(chapter));
            PAGE_LINK.matcher(text).results().forEach(link -> linked.add(link.group(1)));
        }
        Path site = root.resolve("site");
        return linked.stream().sorted().map(site::resolve)
                .filter(page -> Files.isRegularFile(page) && !page.equals(root.resolve(INDEX))).toList();
    }

    /** @param bookDir the folder the document is written to, which its relative paths start from */
    static String text(Path root, Path bookDir, Contents contents, String version, String date) {
        List<String> index = read(root.resolve(INDEX));
        var book = new ArrayList<String>();
        String title = index.isEmpty() ? "" : index.getFirst().replaceFirst("^=\\s+", "");
        String subtitle = "";
        var header = new ArrayList<String>();
        for (String line : index.subList(Math.min(1, index.size()), index.size())) {
            if (line.isBlank()) {
                break;
            }
            Matcher attribute = ATTRIBUTE.matcher(line);
            Matcher include = INCLUDE.matcher(line);
            if (attribute.matches() && attribute.group(1).equals("book-subtitle")) {
                subtitle = attribute.group(2).strip();
            } else if (attribute.matches() && !attribute.group(1).startsWith("toc")) {
                header.add(line);
            } else if (include.matches()) {
                // The index's header includes are written relative to site/; the book's own are relative to its folder.
                Path target = root.resolve("site").resolve(include.group(1).strip()).normalize();
                header.add("include::" + slashes(bookDir.relativize(target)) + include.group(2));
            }
        }
        book.add("= " + title + (subtitle.isEmpty() ? "" : ": " + subtitle));
        book.addAll(header);
        book.addAll(List.of(
                ":doctype: book",
                ":revnumber: " + version,
                ":revdate: " + date,
                ":title-page:",
                ":front-cover-image: image:" + slashes(bookDir.relativize(root.resolve(COVER))) + "[Cover,1050,1600]",
                ":toc:",
                ":toclevels: 2",
                ":idprefix:",
                ":idseparator: -",
                ":source-highlighter: rouge",
                "",
                // asciidoctor-pdf draws a title page from the header; the EPUB has only its cover, so says it here.
                "ifdef::backend-epub3[]",
                "[preface#title-page]",
                "== " + title,
                "",
                subtitle.isEmpty() ? "" : "_" + subtitle + "_",
                "",
                "{author}",
                "",
                "Version {revnumber}, {revdate}",
                "endif::[]",
                "",
                "[preface#introduction]",
                "== Introduction",
                "",
                "include::" + slashes(bookDir.relativize(root.resolve(INDEX))) + "[tag=introduction,leveloffset=+1]",
                ""));
        for (Contents.Chapter chapter : contents.chapters()) {
            book.add("[#" + ChapterLinks.id(chapter) + "]");
            book.add("== " + chapter.title());
            book.add("");
            book.add("include::" + chapter.file() + "[leveloffset=+1]");
            book.add("");
        }
        for (Path page : appendices(root, contents)) {
            // The page keeps its own title, one level down; ChapterLinks includes it under its own file name.
            book.add("[appendix#" + ChapterLinks.id(page.getFileName().toString()) + "]");
            book.add("include::" + page.getFileName() + "[leveloffset=+1]");
            book.add("");
        }
        return String.join("\n", book);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static List<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
