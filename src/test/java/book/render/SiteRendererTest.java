package book.render;

import book.find.Example;
import book.run.ExampleRunner;
import book.run.ResultStore;
import book.run.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renders a two-page book with one shown example that passed, one that failed, one that a chapter names
 * but does not exist, and one that no chapter shows; the renderer must name each problem and nothing else.
 */
class SiteRendererTest {

    private static final String SCRIPT = """
            ///usr/bin/env jbang "$0" "$@" ; exit $?
            //JAVA 25+

            // tag::main[]
            void main() {
                IO.println("Hello"); // <1>
            }
            // end::main[]

            /* Output:
            Hello
            */
            """;

    @TempDir
    static Path root;
    private static List<String> problems;

    @BeforeAll
    static void renderADemoBook() throws IOException {
        Files.createDirectories(root.resolve("examples/demo"));
        Files.createDirectories(root.resolve("chapters"));
        Files.createDirectories(root.resolve("site"));
        for (String name : List.of("Shown", "Failed", "Orphan")) {
            Files.writeString(root.resolve("examples/demo/" + name + ".java"), SCRIPT);
        }
        Files.writeString(root.resolve("site/index.adoc"), "= Demo book\n\nxref:01-demo.adoc[The chapter].\n");
        Files.writeString(root.resolve("chapters/01-demo.adoc"), """
                = Demo chapter

                example::demo/Shown.java[]
                <1> Prints a greeting.

                example::demo/Failed.java[]
                <1> Prints a greeting.

                example::demo/Missing.java[]
                """);
        var store = new ResultStore(root.resolve("target/book/results"));
        store.save(result("demo/Shown", RunResult.Status.PASSED));
        store.save(result("demo/Failed", RunResult.Status.FAILED));
        problems = new SiteRenderer(root, root.resolve("target/book/results"), root.resolve("target/site"), "").render();
    }

    private static RunResult result(String id, RunResult.Status status) {
        Example example = new Example(root, Path.of("examples/" + id + ".java"));
        return new RunResult(id, example.displayPath(), example.command(List.of()), status, 0, List.of("Hello"),
                List.of(), 0.1, 0.5, "Line 1 exact; exit code 0.", "", ExampleRunner.fingerprint(example).orElseThrow(),
                List.of(), "");
    }

    @Test
    void namesAnExampleThatDoesNotExist() {
        assertTrue(problems.contains(
                "chapters/01-demo.adoc:9: example::demo/Missing.java[] names no script: there is no examples/demo/Missing.java"),
                problems::toString);
    }

    @Test
    void namesAnExampleNoChapterShows() {
        assertTrue(problems.contains(
                "examples/demo/Orphan.java: shown by no chapter; add example::demo/Orphan.java[] to one"),
                problems::toString);
    }

    @Test
    void namesAnExampleThatFailedItsCheck() {
        assertTrue(problems.contains(
                "chapters/01-demo.adoc:6: examples/demo/Failed.java did not pass its check (FAILED); see the test report"),
                problems::toString);
    }

    @Test
    void reportsNothingElse() {
        assertEquals(3, problems.size(), problems::toString);
    }

    @Test
    void showsTheCodeTheCommandTheOutputAndWhatWasVerified() throws IOException {
        String page = Files.readString(root.resolve("target/site/01-demo.html"));
        assertTrue(page.contains("jbang examples/demo/Shown.java"), page);
        assertTrue(page.contains("<span class=\"line\">Hello</span>"), page);
        assertTrue(page.contains("<summary>Checked in this build: its output matched what the program guarantees,"), page);
        assertTrue(page.contains("The details: Line 1 exact; exit code 0."), page);
        assertTrue(page.contains("class=\"conum\""), "callouts were not rendered:\n" + page);
        assertTrue(Files.isRegularFile(root.resolve("target/site/book.pdf")));
        assertTrue(Files.isRegularFile(root.resolve("target/site/book.epub")));
    }
}
