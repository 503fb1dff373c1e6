package book;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every Java or Go listing in the chapters comes from a file the build verifies: through
 * {@code example::} or {@code listing::}, or an {@code include::} of a file under {@code examples/}.
 * A {@code [source,java]} or {@code [source,go]} block typed into a chapter is never compiled, so it fails here.
 */
class ChapterListingsTest {

    private static final Pattern SOURCE = Pattern.compile("^\\[source,\\s*(java|go)\\b.*]\\s*$");
    private static final Pattern VERIFIED_INCLUDE = Pattern.compile("^include::(\\.\\./)?examples/.+\\.(java|go)\\[.*]$");

    @Test
    void everyJavaAndGoListingIsIncludedFromAVerifiedFile() throws IOException {
        Path chapters = TestBook.fromSystemProperties().root().resolve("chapters");
        var typed = new ArrayList<String>();
        try (Stream<Path> files = Files.list(chapters)) {
            for (Path chapter : files.filter(file -> file.toString().endsWith(".adoc")).sorted().toList()) {
                typed.addAll(typedListings(chapters.getParent().relativize(chapter).toString(), Files.readAllLines(chapter)));
            }
        }
        assertEquals(List.of(), typed, "listings typed into a chapter, which the build never compiles or runs;"
                + " move each into a tagged region of an example or of a Go program beside its Java port and show it"
                + " with listing::");
    }

    @Test
    void aTypedListingIsFoundAndAnIncludedOneIsNot() {
        List<String> chapter = List.of(
                "[source,go]", "----", "ch := make(chan int)", "----", "",
                "[source,java]", "----", "include::../examples/channels/OneValue.java[tag=main]", "----", "",
                "[source,shell]", "----", "jbang x.java", "----", "",
                "[source, java, role=x]", "----", "var x = 1;", "----");
        assertEquals(List.of("ch.adoc:1: [source,go] typed into the chapter", "ch.adoc:16: [source, java, role=x] typed into the chapter"),
                typedListings("ch.adoc", chapter));
    }

    /** The {@code file:line} of each Java or Go listing whose content is typed in, not included from examples/. */
    static List<String> typedListings(String name, List<String> lines) {
        var typed = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            if (!SOURCE.matcher(lines.get(i).strip()).matches()) {
                continue;
            }
            int open = i + 1;
            while (open < lines.size() && lines.get(open).startsWith(".")) {
                open++; // a block title between the attributes and the delimiter
            }
            if (open >= lines.size() || !lines.get(open).matches("^(-{4,}|\\.{4,})$")) {
                continue;
            }
            String delimiter = lines.get(open);
            boolean onlyIncludes = true;
            int close = open + 1;
            for (; close < lines.size() && !lines.get(close).equals(delimiter); close++) {
                String line = lines.get(close).strip();
                if (!line.isEmpty() && !VERIFIED_INCLUDE.matcher(line).matches()) {
                    onlyIncludes = false;
                }
            }
            if (!onlyIncludes) {
                typed.add(name + ":" + (i + 1) + ": " + lines.get(i).strip() + " typed into the chapter");
            }
            i = close;
        }
        return typed;
    }
}
