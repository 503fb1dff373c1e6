package book;

import book.find.GoCatalog;
import book.find.GoProgram;
import book.run.BookRun;
import book.run.GoRunner;
import book.run.GoToolchain;
import book.run.RunResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * One test per Go program beside a Java port ({@code examples/<chapter>/<Name>.go}): it meets the
 * expectation of its port, or, when it needs a newer Go than the build has, gofmt accepts it. The
 * results go where the site renderer finds them. Like the examples' results, a program's result that met its check is
 * reused while both sources, the Go release, the JDK and the checker are unchanged; {@code CI=true} runs every
 * program. Programs under {@code src/test/fixtures/failing-go} are broken on purpose, each with a
 * {@code // Must fail with STATUS: text} line, and must fail so; like a Java fixture's, a stored failure is checked
 * again without a new run while the fixture, its port, Go and the checker are unchanged.
 *
 * <p>The programs run as part of the run of examples this JVM shares ({@link SharedBookRun}): gofmt and go build at
 * the SHARED examples' lower priority, each program with its port's demand, TIMED for time bounds.
 */
class GoProgramsTest {

    private static final Pattern MUST_FAIL = Pattern.compile("^// Must fail with (\\w+): (.+)$", Pattern.MULTILINE);
    private static final String NO_GO =
            "no Go on the PATH: the build installs Debian's golang-go with src/build/ensure-go; run it, or install Go";

    @TestFactory
    Stream<DynamicTest> everyGoProgramBehavesLikeItsJavaPort() {
        TestBook book = TestBook.fromSystemProperties();
        SharedBookRun.Joined joined = SharedBookRun.of(GoProgramsTest.class, book);
        if (joined.parts().isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("Go", () -> fail(NO_GO)));
        }
        return joined.entries(0, GoProgram.class).stream().map(program -> DynamicTest.dynamicTest(program.id(),
                program.file().toUri(), () -> {
                    boolean tooNew = program.minimumGo().filter(minimum -> !toolchain().orElseThrow().supports(minimum))
                            .isPresent();
                    RunResult result = joined.run().await(program);
                    if (result.status() != (tooNew ? RunResult.Status.PARSED : RunResult.Status.PASSED)) {
                        fail("\n" + (result.report().isEmpty() ? result.status().toString() : result.report()));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenGoProgramIsCaught() {
        TestBook book = TestBook.fromSystemProperties();
        SharedBookRun.Joined joined = SharedBookRun.of(GoProgramsTest.class, book);
        if (joined.parts().isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("Go", () -> fail(NO_GO)));
        }
        return joined.entries(1, GoProgram.class).stream().map(fixture -> DynamicTest.dynamicTest(fixture.id(),
                fixture.file().toUri(), () -> {
                    Matcher declared = MUST_FAIL.matcher(Files.readString(fixture.file()));
                    assertTrue(declared.find(), fixture.displayPath() + " has no '// Must fail with STATUS: text' line");
                    RunResult result = joined.run().await(fixture);
                    try {
                        assertEquals(RunResult.Status.valueOf(declared.group(1)), result.status(), result.report());
                        assertTrue(result.report().contains(declared.group(2).strip()),
                                "the report does not say '" + declared.group(2).strip() + "':\n" + result.report());
                    } catch (AssertionError e) {
                        book.fixtureResults().forget(fixture.id()); // a wrong failure is not kept
                        throw e;
                    }
                }));
    }

    /**
     * The Go programs (the results go where the site finds them; one that met its check stands while current) and the
     * must-fail Go fixtures, none with {@code -Dbook.only} (a stored failure stands while current, and is checked
     * again), as parts of a run; none without Go.
     */
    static List<BookRun.Part<?>> parts(TestBook book) {
        if (toolchain().isEmpty()) {
            return List.of();
        }
        var runner = new GoRunner(toolchain().get());
        List<GoProgram> programs = GoCatalog.scan(book.root(), "examples").only(book.only()).programs();
        List<GoProgram> fixtures = book.only().isBlank()
                ? GoCatalog.scan(book.root(), "src/test/fixtures").only("failing-go").programs() : List.of();
        // A program too new for this Go is only parsed: its result, PARSED, then stands as a pass does.
        return List.of(new BookRun.Part<>(programs, runner, book.results(), book.reusable(
                        result -> result.status() == RunResult.Status.PASSED || result.status() == RunResult.Status.PARSED)),
                new BookRun.Part<>(fixtures, runner, book.fixtureResults(), book.reusable(result -> true)));
    }

    /** The Go on the PATH, asked for once ({@code go env}) for all the tests. */
    private static Optional<GoToolchain> go;

    private static synchronized Optional<GoToolchain> toolchain() {
        if (go == null) {
            go = GoToolchain.find();
        }
        return go;
    }
}
