package book.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The book's reading order and chapter titles, read from {@code chapters/contents.adoc}, the one place that
 * states them (mdBook's {@code SUMMARY.md}): one line {@code . xref:01-goroutines.adoc[Title]: summary} per
 * chapter. The index includes that file; the page titles, the chapter navigation and the ebooks read it here.
 *
 * <p>{@code Contents.read(root, problems).chapters().getFirst().title()}
 */
record Contents(Path file, List<Chapter> chapters) {

    /** Where the list lives, relative to the project root. */
    static final String FILE = "chapters/contents.adoc";

    private static final Pattern CHAPTER = Pattern.compile("^\\. xref:([\\w-]+\\.adoc)\\[([^\\]]+)]: (\\S.*)$");
    private static final Pattern TITLE = Pattern.compile("^=\\s+\\S.*");

    /**
     * One chapter.
     *
     * @param file the chapter's file in {@code chapters/}, {@code 01-goroutines.adoc}
     * @param title the chapter's title, AsciiDoc as written in the list
     * @param line the chapter's line in the list, for messages
     */
    record Chapter(String file, String title, int line) {

        /** The page's name without extension, as Asciidoctor's {@code docname}: {@code 01-goroutines}. */
        String docname() {
            return file.replaceFirst("\\.adoc$", "");
        }

        /** The rendered page: {@code 01-goroutines.html}. */
        String href() {
            return docname() + ".html";
        }
    }

    /**
     * Reads the list and adds to {@code problems} every line it cannot read, every chapter listed twice or
     * missing, every file of {@code chapters/} the list leaves out, and every chapter that writes its own title.
     */
    static Contents read(Path root, Problems problems) {
        Path file = root.resolve(FILE);
        var chapters = new ArrayList<Chapter>();
        if (!Files.isRegularFile(file)) {
            problems.add(FILE + ": missing; it lists the chapters in reading order, one line each:"
                    + " . xref:01-name.adoc[Title]: what the chapter covers");
            return new Contents(file, List.of());
        }
        List<String> lines = lines(file);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("//")) {
                continue;
            }
            Matcher chapter = CHAPTER.matcher(line);
            if (!chapter.matches()) {
                problems.add("%s:%d: not a chapter line; write . xref:<file>.adoc[<title>]: <what it covers>"
                        .formatted(FILE, i + 1));
                continue;
            }
            Integer earlier = seen.putIfAbsent(chapter.group(1), i + 1);
            if (earlier != null) {
                problems.add("%s:%d: %s is listed already at line %d".formatted(FILE, i + 1, chapter.group(1), earlier));
                continue;
            }
            chapters.add(new Chapter(chapter.group(1), chapter.group(2).strip(), i + 1));
        }
        var contents = new Contents(file, List.copyOf(chapters));
        contents.checkFiles(root, problems);
        return contents;
    }

    /** The chapter rendered from this file, if the list has it. */
    Optional<Chapter> chapter(Path page) {
        String name = page.getFileName().toString();
        boolean inChapters = page.getParent() != null && page.getParent().equals(file.getParent());
        return inChapters ? chapters.stream().filter(chapter -> chapter.file().equals(name)).findFirst()
                : Optional.empty();
    }

    /** The chapter files, in reading order. */
    List<Path> files() {
        return chapters.stream().map(chapter -> file.resolveSibling(chapter.file())).toList();
    }

    private void checkFiles(Path root, Problems problems) {
        for (Chapter chapter : chapters) {
            Path page = file.resolveSibling(chapter.file());
            if (!Files.isRegularFile(page)) {
                problems.add("%s:%d: there is no chapters/%s".formatted(FILE, chapter.line(), chapter.file()));
                continue;
            }
            List<String> lines = lines(page);
            for (int i = 0; i < lines.size() && !lines.get(i).isBlank(); i++) {
                if (TITLE.matcher(lines.get(i)).matches()) {
                    problems.add("chapters/%s:%d: the chapter's title is written in %s:%d, and only there; remove this one"
                            .formatted(chapter.file(), i + 1, FILE, chapter.line()));
                }
            }
        }
        try (Stream<Path> files = Files.list(file.getParent())) {
            for (Path page : files.filter(path -> path.toString().endsWith(".adoc")).sorted().toList()) {
                String name = page.getFileName().toString();
                if (!page.equals(file) && chapters.stream().noneMatch(chapter -> chapter.file().equals(name))) {
                    problems.add("chapters/%s: not in the reading order; add . xref:%s[<title>]: <what it covers> to %s"
                            .formatted(name, name, FILE));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
