package book;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A script may carry a copy of another example's top-level declaration, marked on the line before it with
 * {@code // Copied from examples/<chapter>/<Name>.java, unchanged:}, when a chapter says the two are the same code
 * (WordCountManyTasks runs WordCount's {@code Words} class under load). The copy runs from its first line to the
 * first line that is a lone closing brace, and must equal the original's declaration that starts with the same line,
 * callout markers aside, so the claim cannot drift.
 */
class ExampleCopiesTest {

    private static final Pattern MARKER = Pattern.compile("^// Copied from (examples/\\S+\\.java), unchanged:$");
    private static final Pattern CALLOUT = Pattern.compile("\\s*// <\\d+>$");

    @Test
    void everyMarkedCopyEqualsItsOriginal() throws IOException {
        Path root = TestBook.fromSystemProperties().root();
        var problems = new ArrayList<String>();
        List<Path> scripts;
        try (Stream<Path> files = Files.walk(root.resolve("examples"))) {
            scripts = files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
        for (Path script : scripts) {
            String shown = root.relativize(script).toString();
            List<String> lines = Files.readAllLines(script);
            for (int i = 0; i < lines.size(); i++) {
                Matcher marker = MARKER.matcher(lines.get(i));
                if (marker.matches()) {
                    Path original = root.resolve(marker.group(1));
                    problems.addAll(differences(shown, i + 2, lines,
                            Files.exists(original) ? Files.readAllLines(original) : List.of()));
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aCopyMayLeaveOutCalloutsButNothingElse() {
        List<String> original = List.of("// tag::main[]", "static final class Words { // <1>", "    int n; // <2>", "}");
        List<String> copy = List.of("// Copied from examples/x/A.java, unchanged:", "static final class Words {", "    int n;", "}");
        assertEquals(List.of(), differences("B.java", 2, copy, original));
        List<String> changed = List.of(copy.get(0), copy.get(1), "    int m;", "}");
        assertEquals(List.of("B.java:3: differs from the original: expected '    int n;', found '    int m;'"),
                differences("B.java", 2, changed, original));
        assertEquals(List.of("B.java:2: the original has no line 'static final class Words {'"),
                differences("B.java", 2, copy, List.of()));
    }

    /** How the copy starting at line {@code first} (1-based) of {@code copy} differs from its original. */
    static List<String> differences(String shown, int first, List<String> copy, List<String> original) {
        List<String> copied = declaration(copy, first - 1);
        String head = copied.isEmpty() ? "" : copied.getFirst();
        int start = -1;
        for (int i = 0; i < original.size() && start < 0; i++) {
            if (strip(original.get(i)).equals(head)) {
                start = i;
            }
        }
        if (start < 0) {
            return List.of(shown + ":" + first + ": the original has no line '" + head + "'");
        }
        List<String> from = declaration(original, start);
        for (int i = 0; i < Math.max(copied.size(), from.size()); i++) {
            String expected = i < from.size() ? from.get(i) : "(end of the declaration)";
            String found = i < copied.size() ? copied.get(i) : "(end of the declaration)";
            if (!expected.equals(found)) {
                return List.of("%s:%d: differs from the original: expected '%s', found '%s'".formatted(
                        shown, first + i, expected, found));
            }
        }
        return List.of();
    }

    /** The lines from {@code start} to the first lone closing brace, without callout markers. */
    private static List<String> declaration(List<String> lines, int start) {
        var declaration = new ArrayList<String>();
        for (int i = start; i < lines.size(); i++) {
            declaration.add(strip(lines.get(i)));
            if (lines.get(i).equals("}")) {
                break;
            }
        }
        return declaration;
    }

    private static String strip(String line) {
        return CALLOUT.matcher(line).replaceFirst("");
    }
}
