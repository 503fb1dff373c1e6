package book;

import book.find.GoCatalog;
import book.find.GoProgram;
import book.run.GoRunner;
import book.run.GoToolchain;
import book.run.RunResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Files;
import java.util.List;
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
 */
class GoProgramsTest {

    private static final Pattern MUST_FAIL = Pattern.compile("^// Must fail with (\\w+): (.+)$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyGoProgramBehavesLikeItsJavaPort() {
        TestBook book = TestBook.fromSystemProperties();
        GoRunner runner = new GoRunner(toolchain());
        List<GoProgram> programs = GoCatalog.scan(book.root(), "examples").only(book.only()).programs();
        return programs.stream().map(program -> DynamicTest.dynamicTest(program.id(), program.file().toUri(), () -> {
            boolean tooNew = program.minimumGo().filter(minimum -> !toolchain().supports(minimum)).isPresent();
            RunResult.Status wanted = tooNew ? RunResult.Status.PARSED : RunResult.Status.PASSED;
            var stored = book.results().load(program.id())
                    .filter(book.reusable(result -> result.status() == wanted))
                    .filter(result -> result.fingerprint().equals(runner.fingerprint(program)));
            if (stored.isPresent()) {
                return;
            }
            RunResult result = runner.run(program);
            book.results().save(result);
            if (result.status() != wanted) {
                fail("\n" + (result.report().isEmpty() ? result.status().toString() : result.report()));
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBrokenGoProgramIsCaught() {
        TestBook book = TestBook.fromSystemProperties();
        GoRunner runner = new GoRunner(toolchain());
        List<GoProgram> fixtures = book.only().isBlank()
                ? GoCatalog.scan(book.root(), "src/test/fixtures").only("failing-go").programs() : List.of();
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.id(), fixture.file().toUri(), () -> {
            Matcher declared = MUST_FAIL.matcher(Files.readString(fixture.file()));
            assertTrue(declared.find(), fixture.displayPath() + " has no '// Must fail with STATUS: text' line");
            // Like a Java fixture's, a stored failure stands while both sources, Go and the checker are unchanged.
            RunResult result = book.fixtureResults().load(fixture.id())
                    .filter(book.reusable(stored -> true))
                    .filter(stored -> stored.fingerprint().equals(runner.fingerprint(fixture)))
                    .orElseGet(() -> {
                        RunResult run = runner.run(fixture);
                        book.fixtureResults().save(run);
                        return run;
                    });
            assertEquals(RunResult.Status.valueOf(declared.group(1)), result.status(), result.report());
            assertTrue(result.report().contains(declared.group(2).strip()),
                    "the report does not say '" + declared.group(2).strip() + "':\n" + result.report());
        }));
    }

    /** The Go on the PATH, asked for once ({@code go env}) for all the tests. */
    private static GoToolchain go;

    private static synchronized GoToolchain toolchain() {
        if (go == null) {
            go = GoToolchain.find().orElseThrow(() -> new AssertionError(
                    "no Go on the PATH: the build installs Debian's golang-go with src/build/ensure-go; run it, or install Go"));
        }
        return go;
    }
}
