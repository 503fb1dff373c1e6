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
 * Renders a chapter with Go and Java listings side by side, for real: a Java script and a Go program that passed,
 * and a Go program that needs a newer Go and was only parsed. The page must show each region with how this build
 * verified it. (A listing the check does not let through stops the build before conversion: see
 * {@link SiteRendererTest}.)
 */
class ListingMacroIT {

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
    private static GoToolchain go;

    @BeforeAll
    static void renderADemoBook() throws IOException {
        go = GoToolchain.find().orElseThrow(() -> new AssertionError("no Go on the PATH; run src/build/ensure-go"));
        Files.createDirectories(root.resolve("examples/demo"));
        Files.createDirectories(root.resolve("chapters"));
        Files.createDirectories(root.resolve("site"));
        Files.writeString(root.resolve("chapters/contents.adoc"), ". xref:01-demo.adoc[Demo chapter]: the chapter.\n");
        for (String name : List.of("Hello", "Newer")) {
            Files.writeString(root.resolve("examples/demo/" + name + ".java"), SCRIPT);
        }
        Files.writeString(root.resolve("examples/demo/Hello.go"), PROGRAM.formatted(""));
        Files.writeString(root.resolve("examples/demo/Newer.go"), PROGRAM.formatted("//go:build go1.99\n\n"));
        Files.writeString(root.resolve("chapters/01-demo.adoc"), """

                [.go-java]
                --
                listing::demo/Hello.go[]

                listing::demo/Hello.java[]
                --

                listing::demo/Newer.go[]

                example::demo/Newer.java[]
                """);
        var store = new ResultStore(root.resolve("target/book/results"));
        var runner = new GoRunner(go);
        for (String name : List.of("Hello", "Newer")) {
            Example example = new Example(root, Path.of("examples/demo/" + name + ".java"));
            store.save(new RunResult(example.id(), example.displayPath(), example.command(List.of()),
                    RunResult.Status.PASSED, 0, List.of("hello"), List.of(), 0.1, 0.5, "Line 1 exact; exit code 0.", "",
                    ExampleRunner.fingerprint(example).orElseThrow(), List.of(), "", 1, List.of(), List.of(), List.of()));
        }
        for (String name : List.of("Hello", "Newer")) {
            store.save(runner.run(new GoProgram(root, Path.of("examples/demo/" + name + ".go"))));
        }
        try (var renderer = new SiteRenderer(root, root.resolve("target/book/results"), root.resolve("target/site"), "", "1.0")) {
            assertEquals(List.of(), renderer.render(SiteRenderer.Output.PAGES));
        }
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
