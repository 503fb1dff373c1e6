package book.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one page reads, found without Asciidoctor: its own file, the files it includes (followed to any depth),
 * and every {@code example::} macro outside verbatim blocks, each with its place. The renderer checks the
 * examples and decides what to re-render from this, before converting anything.
 *
 * <p>{@code PageSource.scan(root, root.resolve("chapters/01-goroutines.adoc"), problems).examples()}
 *
 * @param page the page's file
 * @param files the page's file and every file it includes, in the order met
 * @param examples the example macros, in the order met
 * @param listings the {@code listing::} macros (a Java example's or a Go program's code, without a run), in order
 */
record PageSource(Path page, List<Path> files, List<Macro> examples, List<Macro> listings) {

    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*]\\s*$");
    private static final Pattern EXAMPLE = Pattern.compile("^example::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern LISTING = Pattern.compile("^listing::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern TAG = Pattern.compile("(?:^|,)\\s*tag\\s*=\\s*\"?([\\w-]+)\"?");
    /** Delimiters of the blocks whose content Asciidoctor shows as written: listing, literal, passthrough, comment. */
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})\\s*$");

    /**
     * One {@code example::goroutines/TenProcesses.java[tag=main]} line.
     *
     * @param target the macro's target, {@code goroutines/TenProcesses.java}
     * @param tag the tag the page shows, {@code main} unless the macro names another
     * @param place the file and line, {@code chapters/01-goroutines.adoc:42}
     */
    record Macro(String target, String tag, String place) {

        /** The id the macro names: {@code goroutines/TenProcesses}, or a Go program's {@code waitgroups/SideBySide.go}. */
        String id() {
            return target.replaceFirst("\\.java$", "");
        }
    }

    /** Reads the page and its includes; an include the scan cannot follow is a problem of the book. */
    static PageSource scan(Path root, Path page, Problems problems) {
        var files = new LinkedHashSet<Path>();
        var examples = new ArrayList<Macro>();
        var listings = new ArrayList<Macro>();
        read(root, page.toAbsolutePath().normalize(), files, examples, listings, problems);
        return new PageSource(page, List.copyOf(files), List.copyOf(examples), List.copyOf(listings));
    }

    private static void read(Path root, Path file, Set<Path> files, List<Macro> examples, List<Macro> listings,
                             Problems problems) {
        if (!files.add(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            return; // Asciidoctor names the missing include, with its line, when it converts the page.
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String name = root.relativize(file).toString().replace('\\', '/');
        String verbatim = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher include = INCLUDE.matcher(line);
            if (include.matches()) {
                // Includes are resolved inside verbatim blocks too: Asciidoctor reads them before parsing blocks.
                String target = include.group(1).strip();
                if (target.contains("{") || target.contains("://")) {
                    problems.add("%s:%d: include::%s[] must name a file by its literal path, so that the renderer sees"
                            .formatted(name, i + 1, target) + " what the page depends on");
                } else {
                    read(root, file.resolveSibling(target).normalize(), files, examples, listings, problems);
                }
                continue;
            }
            if (VERBATIM.matcher(line).matches()) {
                if (verbatim == null) {
                    verbatim = line.strip();
                } else if (verbatim.equals(line.strip())) {
                    verbatim = null;
                }
                continue;
            }
            Matcher example = EXAMPLE.matcher(line);
            Matcher listing = LISTING.matcher(line);
            if (verbatim == null && (example.matches() || listing.matches())) {
                Matcher macro = example.matches() ? example : listing;
                Matcher tag = TAG.matcher(macro.group(2));
                (example.matches() ? examples : listings).add(
                        new Macro(macro.group(1).strip(), tag.find() ? tag.group(1) : "main", name + ":" + (i + 1)));
            }
        }
    }
}
