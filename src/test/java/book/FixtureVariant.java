package book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A must-fail fixture written as a change to one of the book's examples ({@code Name.variant}): the corrected twin
 * of a demo of a bug, or a correct example broken again. It names its example and lists the edits; the fixture
 * that runs is that example, as it stands today, with the edits applied, so the twin can never drift from the demo
 * it corrects, and carries the demo's expectation by construction.
 *
 * <pre>
 * // Must fail with FAILED: interesting outcome "some trials lost updates" seen in 0 of 3 runs
 * // Corrects examples/mutexes/RaceyCounter.java: the increment holds a lock, so no update is lost.
 *
 * replace:
 *         counter++; // &lt;4&gt;
 * with:
 *         synchronized (lock) { counter++; }
 * </pre>
 *
 * <p>{@code FixtureVariant.writeAll(root, "src/test/fixtures/failing", root.resolve("target/fixtures/failing"))}
 * writes {@code Name.java} for every variant; a text to replace that the example does not hold exactly once is an
 * error naming the variant's line.
 */
final class FixtureVariant {

    private static final Pattern NAMES = Pattern.compile("^// (?:Corrects|Breaks) (examples/\\S+\\.java)", Pattern.MULTILINE);

    private record Edit(int line, String replace, String with) {
    }

    private FixtureVariant() {
    }

    /** Writes the script of every {@code .variant} in {@code folder} (relative to {@code root}) into {@code into}. */
    static void writeAll(Path root, String folder, Path into) throws IOException {
        List<Path> variants;
        try (Stream<Path> files = Files.list(root.resolve(folder))) {
            variants = files.filter(file -> file.getFileName().toString().endsWith(".variant")).sorted().toList();
        }
        Files.createDirectories(into);
        for (Path variant : variants) {
            String name = variant.getFileName().toString().replaceFirst("\\.variant$", ".java");
            String shown = folder + "/" + variant.getFileName();
            Files.writeString(into.resolve(name), script(root, shown, Files.readString(variant)));
        }
    }

    /**
     * The fixture's script: the example's first line, the variant's comments (what it must fail with and why),
     * then the rest of the example with every edit applied.
     */
    static String script(Path root, String shown, String variant) {
        Matcher names = NAMES.matcher(variant);
        if (!names.find()) {
            throw new IllegalArgumentException(shown + ":1: name the example: // Corrects examples/<chapter>/<Name>.java");
        }
        String example = read(root.resolve(names.group(1)));
        var header = new ArrayList<String>();
        List<Edit> edits = edits(shown, variant, header);
        for (Edit edit : edits) {
            int count = occurrences(example, edit.replace());
            if (count != 1) {
                throw new IllegalArgumentException("%s:%d: the text to replace is in %s %d times, not once".formatted(
                        shown, edit.line(), names.group(1), count));
            }
            example = example.replace(edit.replace(), edit.with());
        }
        int firstLine = example.indexOf('\n') + 1;
        return example.substring(0, firstLine) + String.join("\n", header) + "\n\n" + example.substring(firstLine);
    }

    /** Reads the edits, and the comment lines before the first one into {@code header}. */
    private static List<Edit> edits(String shown, String variant, List<String> header) {
        var edits = new ArrayList<Edit>();
        List<String> lines = variant.lines().toList();
        int i = 0;
        for (; i < lines.size() && !lines.get(i).equals("replace:"); i++) {
            String line = lines.get(i);
            if (line.startsWith("//")) {
                header.add(line);
            } else if (!line.isBlank()) {
                throw new IllegalArgumentException("%s:%d: only comments come before the first 'replace:'".formatted(
                        shown, i + 1));
            }
        }
        while (i < lines.size()) {
            int start = i + 1;
            int with = lines.subList(start, lines.size()).indexOf("with:");
            if (with < 0) {
                throw new IllegalArgumentException("%s:%d: 'replace:' without its 'with:'".formatted(shown, start));
            }
            with += start;
            int next = lines.subList(with + 1, lines.size()).indexOf("replace:");
            int end = next < 0 ? lines.size() : with + 1 + next;
            String replace = block(lines.subList(start, with));
            if (replace.isEmpty()) {
                throw new IllegalArgumentException("%s:%d: nothing to replace".formatted(shown, start + 1));
            }
            edits.add(new Edit(start + 1, replace, block(lines.subList(with + 1, end))));
            i = end;
        }
        if (edits.isEmpty()) {
            throw new IllegalArgumentException(shown + ": no 'replace:' ... 'with:' edit");
        }
        return edits;
    }

    /** The lines of a block, without the blank lines that separate it from the next. */
    private static String block(List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        return String.join("\n", lines.subList(0, end));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
