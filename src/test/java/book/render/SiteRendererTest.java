package book.render;

import book.find.Example;
import book.find.GoProgram;
import book.run.ExampleRunner;
import book.run.GoRunner;
import book.run.GoToolchain;
import book.run.ResultStore;
import book.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The renderer checks the whole book before it converts anything: a demo book with one example shown and
 * passed, plus one thing broken at a time (an example, or a listing of a Go program beside its Java port), must fail with exactly the report below and convert nothing (so
 * this test needs no Asciidoctor runtime). {@link SiteRendererIT} renders and re-renders a demo book for real.
 */
class SiteRendererTest {

    @TempDir
    Path root;

    @Test
    void anExampleThatDoesNotExistFailsTheBuild() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\nexample::demo/Missing.java[]\n");
        assertReport(List.of(
                "chapters/01-demo.adoc:4: example::demo/Missing.java[] names no script: there is no examples/demo/Missing.java"));
    }

    @Test
    void anExampleNoChapterShowsFailsTheBuild() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n");
        DemoBook.example(root, "Orphan", RunResult.Status.PASSED);
        assertReport(List.of("examples/demo/Orphan.java: shown by no chapter; add example::demo/Orphan.java[] to one"));
    }

    @Test
    void anExampleChangedSinceItsRunFailsTheBuild() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\nexample::demo/Stale.java[]\n");
        DemoBook.example(root, "Stale", RunResult.Status.PASSED);
        Files.writeString(root.resolve("examples/demo/Stale.java"), DemoBook.script("Hello again"));
        assertReport(List.of("chapters/01-demo.adoc:4: examples/demo/Stale.java, its inputs, the JDK or the checker"
                + " changed since its last run; run the tests again (./mvnw package does)"));
    }

    @Test
    void anExampleThatFailedItsCheckFailsTheBuild() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\nexample::demo/Failed.java[]\n");
        DemoBook.example(root, "Failed", RunResult.Status.FAILED);
        assertReport(List.of(
                "chapters/01-demo.adoc:4: examples/demo/Failed.java did not pass its check (FAILED); see the test report"));
    }

    @Test
    void anExampleWithoutResultOrTagFailsTheBuild() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[tag=setup]\n\nexample::demo/NeverRun.java[]\n");
        Files.writeString(root.resolve("examples/demo/NeverRun.java"), DemoBook.script("Hello"));
        assertReport(List.of(
                "chapters/01-demo.adoc:2: examples/demo/Shown.java has no tag 'setup'",
                "chapters/01-demo.adoc:4: examples/demo/NeverRun.java has no result from this build's test run"));
    }

    @Test
    void aMacroInsideAListingIsNotAnExample() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\n----\nexample::demo/Missing.java[]\n----\n");
        DemoBook.example(root, "Orphan", RunResult.Status.PASSED);
        assertReport(List.of("examples/demo/Orphan.java: shown by no chapter; add example::demo/Orphan.java[] to one"));
    }

    @Test
    void theReadingOrderIsTheOnePlaceForChaptersAndTheirTitles() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n");
        Files.writeString(root.resolve("chapters/02-unlisted.adoc"), "= Unlisted\n\nText.\n");
        Files.writeString(root.resolve("chapters/01-demo.adoc"), "= Demo again\n\nexample::demo/Shown.java[]\n");
        Files.writeString(root.resolve(Contents.FILE), Files.readString(root.resolve(Contents.FILE))
                + ". xref:03-gone.adoc[Gone]: a chapter without a file.\nA line that is no chapter.\n");
        assertReport(List.of(
                "chapters/contents.adoc:4: not a chapter line; write . xref:<file>.adoc[<title>]: <what it covers>",
                "chapters/01-demo.adoc:1: the chapter's title is written in chapters/contents.adoc:2, and only there;"
                        + " remove this one",
                "chapters/contents.adoc:3: there is no chapters/03-gone.adoc",
                "chapters/02-unlisted.adoc: not in the reading order; add . xref:02-unlisted.adoc[<title>]: <what it"
                        + " covers> to chapters/contents.adoc"));
    }

    @Test
    void aGoProgramThatWasNotRunFailsTheBuildBeforeAnyConversion() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\nlisting::demo/Shown.go[]\n");
        DemoBook.goProgram(root, "Shown");
        assertReport(List.of("chapters/01-demo.adoc:4: examples/demo/Shown.go has no result from this build's test run"));
    }

    @Test
    void aGoProgramThatFailedItsCheckFailsTheBuildBeforeAnyConversion() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\nlisting::demo/Shown.go[]\n");
        GoProgram program = DemoBook.goProgram(root, "Shown");
        DemoBook.goResult(root, program, RunResult.Status.FAILED, new GoRunner(go()).fingerprint(program));
        assertReport(List.of(
                "chapters/01-demo.adoc:4: examples/demo/Shown.go did not pass its check (FAILED); see the test report"));
    }

    @Test
    void aGoProgramChangedSinceItsRunFailsTheBuild() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\nlisting::demo/Shown.go[]\n");
        GoProgram program = DemoBook.goProgram(root, "Shown");
        DemoBook.goResult(root, program, RunResult.Status.PASSED, new GoRunner(go()).fingerprint(program));
        Files.writeString(program.file(), Files.readString(program.file()).replace("hello", "hello again"));
        assertReport(List.of("chapters/01-demo.adoc:4: examples/demo/Shown.go, its Java port, the JDK, Go or the"
                + " checker changed since its last run; run the tests again (./mvnw package does)"));
    }

    @Test
    void aListingOfNothingOrWithoutItsTagAndAGoProgramNoChapterShowsFailTheBuild() throws IOException {
        DemoBook.write(root, "example::demo/Shown.java[]\n\nlisting::demo/Missing.go[]\n\nlisting::demo/Missing.java[]\n\n"
                + "listing::demo/Shown.go[tag=setup]\n");
        GoProgram shown = DemoBook.goProgram(root, "Shown");
        DemoBook.goResult(root, shown, RunResult.Status.PASSED, new GoRunner(go()).fingerprint(shown));
        DemoBook.example(root, "Orphan", RunResult.Status.PASSED);
        DemoBook.goProgram(root, "Orphan");
        assertReport(List.of(
                "chapters/01-demo.adoc:4: listing::demo/Missing.go[] names no Go program: there is no examples/demo/Missing.go",
                "chapters/01-demo.adoc:6: listing::demo/Missing.java[] names no script: there is no examples/demo/Missing.java",
                "chapters/01-demo.adoc:8: examples/demo/Shown.go has no tag 'setup'",
                "examples/demo/Orphan.java: shown by no chapter; add example::demo/Orphan.java[] to one",
                "examples/demo/Orphan.go: shown by no chapter; add listing::demo/Orphan.go[] to one"));
    }

    private static GoToolchain go() {
        return GoToolchain.find().orElseThrow(() -> new AssertionError("no Go on the PATH; run src/build/ensure-go"));
    }

    private void assertReport(List<String> expected) {
        try (var renderer = DemoBook.renderer(root)) {
            List<String> problems = renderer.render(SiteRenderer.Output.PAGES);
            assertEquals(String.join("\n", expected), String.join("\n", problems));
            assertEquals(List.of(), renderer.converted());
        }
        assertFalse(Files.exists(root.resolve("target/site")), "the renderer wrote a site for a broken book");
    }

    /** A one-chapter demo book in a temporary folder, with one example shown that passed. */
    static final class DemoBook {

        private DemoBook() {
        }

        static void write(Path root, String chapter) throws IOException {
            Files.createDirectories(root.resolve("examples/demo"));
            Files.createDirectories(root.resolve("chapters"));
            Files.createDirectories(root.resolve("site"));
            Files.writeString(root.resolve("site/index.adoc"), "= Demo book\n\n// tag::introduction[]\nThe demo.\n"
                    + "// end::introduction[]\n\ninclude::../chapters/contents.adoc[]\n");
            Files.writeString(root.resolve(Contents.FILE),
                    "// The reading order.\n. xref:01-demo.adoc[Demo chapter]: the only chapter.\n");
            Files.writeString(root.resolve("chapters/01-demo.adoc"), "\n" + chapter);
            Files.createDirectories(root.resolve(BookDocument.COVER).getParent());
            Files.copy(Path.of(System.getProperty("book.root", ".")).resolve(BookDocument.COVER), root.resolve(BookDocument.COVER));
            example(root, "Shown", RunResult.Status.PASSED);
        }

        static String script(String greeting) {
            return """
                    ///usr/bin/env jbang "$0" "$@" ; exit $?
                    //JAVA 25+

                    // tag::main[]
                    void main() {
                        IO.println("%s"); // <1>
                    }
                    // end::main[]

                    /* Output:
                    %s
                    */
                    """.formatted(greeting, greeting);
        }

        /** Writes the script and saves the result of a run of it with this status. */
        static void example(Path root, String name, RunResult.Status status) throws IOException {
            Files.writeString(root.resolve("examples/demo/" + name + ".java"), script("Hello"));
            result(root, name, status, "Hello");
        }

        static void result(Path root, String name, RunResult.Status status, String output) {
            Example example = new Example(root, Path.of("examples/demo/" + name + ".java"));
            new ResultStore(root.resolve("target/book/results")).save(new RunResult(example.id(), example.displayPath(),
                    example.command(List.of()), status, 0, List.of(output), List.of(), 0.1, 0.5,
                    "Line 1 exact; exit code 0.", "", ExampleRunner.fingerprint(example).orElseThrow(), List.of(), "",
                    1, List.of(), List.of(), List.of()));
        }

        /** Writes a Go program beside the Java script {@code name}, with a {@code main} tag. */
        static GoProgram goProgram(Path root, String name) throws IOException {
            Files.writeString(root.resolve("examples/demo/" + name + ".go"), """
                    package main

                    import "fmt"

                    func main() {
                    \t// tag::main[]
                    \tfmt.Println("hello")
                    \t// end::main[]
                    }
                    """);
            return new GoProgram(root, Path.of("examples/demo/" + name + ".go"));
        }

        /** Saves a result of the Go program with this status and fingerprint, as if the build had run it. */
        static void goResult(Path root, GoProgram program, RunResult.Status status, String fingerprint) {
            new ResultStore(root.resolve("target/book/results")).save(new RunResult(program.id(), program.displayPath(),
                    program.command(List.of()), status, 0, List.of("hello"), List.of(), 0.1, 0,
                    "Line 1 exact; exit code 0.", "", fingerprint, List.of(), "", 1, List.of(), List.of(), List.of()));
        }

        static SiteRenderer renderer(Path root) {
            return new SiteRenderer(root, root.resolve("target/book/results"), root.resolve("target/site"), "", "1.0");
        }
    }
}
