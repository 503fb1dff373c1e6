package book.render;

import book.find.Example;
import book.find.GoProgram;
import book.run.ExampleRunner;
import book.run.GoRunner;
import book.run.GoToolchain;
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
 * Renders a chapter with Go and Java listings side by side: a Java script and a Go program that passed, a Go
 * program that needs a newer Go and was only parsed, one the chapter names but that does not exist, and one that
 * no chapter shows. The renderer must show the regions with how each was verified, and name each problem.
 */
class ListingMacroTest {

    private static final String SCRIPT = """
            ///usr/bin/env jbang "$0" "$@" ; exit $?
            //JAVA 25+

            void main() {
                // tag::main[]
                IO.println("hello");
                // end::main[]
            }

            /* Output:
            hello
            */
            """;

    private static final String PROGRAM = """
            %spackage main

            import "fmt"

            func main() {
            \t// tag::main[]
            \tfmt.Println("hello")
            \t// end::main[]
            }
            """;

    @TempDir
    static Path root;
    private static List<String> problems;
    private static GoToolchain go;

    @BeforeAll
    static void renderADemoBook() throws IOException {
        go = GoToolchain.find().orElseThrow(() -> new AssertionError("no Go on the PATH; run src/build/ensure-go"));
        Files.createDirectories(root.resolve("examples/demo"));
        Files.createDirectories(root.resolve("chapters"));
        for (String name : List.of("Hello", "Newer", "Orphan")) {
            Files.writeString(root.resolve("examples/demo/" + name + ".java"), SCRIPT);
        }
        Files.writeString(root.resolve("examples/demo/Hello.go"), PROGRAM.formatted(""));
        Files.writeString(root.resolve("examples/demo/Newer.go"), PROGRAM.formatted("//go:build go1.99\n\n"));
        Files.writeString(root.resolve("examples/demo/Orphan.go"), PROGRAM.formatted(""));
        Files.writeString(root.resolve("chapters/01-demo.adoc"), """
                = Demo chapter

                [.go-java]
                --
                listing::demo/Hello.go[]

                listing::demo/Hello.java[]
                --

                listing::demo/Newer.go[]

                listing::demo/Missing.go[]

                example::demo/Newer.java[]

                example::demo/Orphan.java[]
                """);
        var store = new ResultStore(root.resolve("target/book/results"));
        var runner = new GoRunner(go);
        for (String name : List.of("Hello", "Newer", "Orphan")) {
            Example example = new Example(root, Path.of("examples/demo/" + name + ".java"));
            store.save(new RunResult(example.id(), example.displayPath(), example.command(List.of()),
                    RunResult.Status.PASSED, 0, List.of("hello"), List.of(), 0.1, 0.5, "Line 1 exact; exit code 0.", "",
                    ExampleRunner.fingerprint(example).orElseThrow(), List.of(), ""));
        }
        for (String name : List.of("Hello", "Newer")) {
            store.save(runner.run(new GoProgram(root, Path.of("examples/demo/" + name + ".go"))));
        }
        problems = new SiteRenderer(root, root.resolve("target/book/results"), root.resolve("target/site"), "").render();
    }

    @Test
    void namesAGoProgramThatDoesNotExist() {
        assertTrue(problems.contains(
                "chapters/01-demo.adoc:12: listing::demo/Missing.go[] names no Go program: there is no examples/demo/Missing.go"),
                problems::toString);
    }

    @Test
    void namesAGoProgramNoChapterShows() {
        assertTrue(problems.contains("examples/demo/Orphan.go: shown by no chapter; add listing::demo/Orphan.go[] to one"),
                problems::toString);
    }

    @Test
    void reportsNothingElse() {
        assertEquals(2, problems.size(), problems::toString);
    }

    @Test
    void showsEachRegionWithHowThisBuildVerifiedIt() throws IOException {
        String page = Files.readString(root.resolve("target/site/01-demo.html"));
        assertTrue(page.contains("examples/demo/Hello.go</div>"), page);
        assertTrue(page.contains("Checked in this build: <code>go run examples/demo/Hello.go</code> ran and met the same"
                + " expectation as <code>Hello.java</code>."), page);
        assertTrue(page.contains("Checked in this build: <code>jbang examples/demo/Hello.java</code> ran and met the"
                + " expectation at the end of the script."), page);
        assertTrue(page.contains("examples/demo/Newer.go (Go 1.99 or newer)</div>"), page);
        assertTrue(page.contains("Needs Go 1.99 or newer; this build has " + go.version()
                + ", so gofmt parsed it and found it formatted, and it was not run."), page);
    }
}
