package book;

import book.expect.Match;
import book.find.Example;
import book.find.ExampleCatalog;
import book.run.BookRun;
import book.run.ExampleRunner;
import book.run.RunResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scripts under {@code src/test/fixtures/failing} are broken on purpose, each in one way; the corrected versions of
 * the book's demos of a bug, which the demo's expectation must reject, and correct examples broken again are
 * {@link FixtureVariant}s there, written as edits of the example and run from {@code target/fixtures/failing}. Each says how it must fail in a
 * comment, {@code // Must fail with FAILED: expected exit code 0, got 3}, and keeps its whole expected report beside
 * it as {@code Name.report}, in the expectation language; this test proves the checker fails with that status and
 * exactly that report. {@code -Dbook.update=true} records a missing report and brings an outdated one up to date,
 * keeping its lines that still match. A run limited with
 * {@code -Dbook.only} to some of the book's examples leaves the fixtures out.
 */
class FailingFixturesTest {

    /** Where the scripts of the fixtures written as variants go. */
    private static final String VARIANTS = "target/fixtures";
    private static final Pattern MUST_FAIL = Pattern.compile("^// Must fail with (\\w+): (.+)$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyBrokenFixtureIsCaught() throws IOException {
        TestBook book = TestBook.fromSystemProperties();
        SharedBookRun.Joined joined = SharedBookRun.of(FailingFixturesTest.class, book);
        List<Example> fixtures = joined.entries(0, Example.class);
        BookRun run = joined.run();
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.id(), fixture.file().toUri(), () -> {
            try {
                checkFixture(fixture, run.await(fixture), book.updating());
            } catch (AssertionError | IOException e) {
                book.fixtureResults().forget(fixture.id()); // a wrong failure (a loaded machine's, say) is not kept
                throw e;
            }
        }));
    }

    /**
     * The fixtures as part of a run (see {@link SharedBookRun}), none with {@code -Dbook.only}, the variants written
     * first. A fixture's stored failure stands while the fixture and the checker are unchanged and it failed as it
     * must; the test checks it again, and forgets it when it did not.
     */
    static BookRun.Part<Example> part(TestBook book) throws IOException {
        List<Example> fixtures = List.of();
        if (book.only().isBlank()) {
            FixtureVariant.writeAll(book.root(), "src/test/fixtures/failing", book.root().resolve(VARIANTS + "/failing"));
            fixtures = Stream.concat(ExampleCatalog.scan(book.root(), "src/test/fixtures").only("failing").examples().stream(),
                    ExampleCatalog.scan(book.root(), VARIANTS).only("failing").examples().stream()).toList();
        }
        return new BookRun.Part<>(fixtures, new ExampleRunner(false), book.fixtureResults(), book.reusable(result -> true));
    }

    private static void checkFixture(Example fixture, RunResult result, boolean updating) throws IOException {
        String source = Files.readString(fixture.file());
        Matcher declared = MUST_FAIL.matcher(source);
        assertTrue(declared.find(), fixture.displayPath() + " has no '// Must fail with STATUS: text' line");
        assertFalse(result.passed(), fixture.displayPath() + " passed, but is broken on purpose");
        assertEquals(RunResult.Status.valueOf(declared.group(1)), result.status(), result.report());
        assertTrue(result.report().contains(declared.group(2).strip()),
                "the report does not say '" + declared.group(2).strip() + "':\n" + result.report());
        checkWholeReport(fixture, result.report(), updating);
    }

    /** The whole report is kept beside the fixture's source: the script, or the variant it is written from. */
    private static void checkWholeReport(Example fixture, String report, boolean updating) throws IOException {
        Path file = fixture.root().resolve("src/test/fixtures/" + fixture.id() + ".report");
        Path shown = fixture.root().relativize(file);
        if (!Files.exists(file) || !FixtureReport.match(shown, Files.readString(file), report).ok()) {
            if (updating) {
                Files.writeString(file, Files.exists(file)
                        ? FixtureReport.update(shown, Files.readString(file), report)
                        : FixtureReport.record(report));
            } else {
                assertTrue(Files.exists(file), shown + " is missing; record it with -Dbook.update=true");
            }
        }
        Match match = FixtureReport.match(shown, Files.readString(file), report);
        assertTrue(match.ok(), "the report differs from " + shown + " (refresh it with -Dbook.update=true after an"
                + " intended change):\n" + match.report() + "\nthe whole report:\n" + report);
    }

}
