package book;

import book.find.Example;
import book.find.ExampleCatalog;
import book.run.BookRun;
import book.run.ExampleRunner;
import book.run.RunResult;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scripts under {@code src/test/fixtures/failing} are broken on purpose, each in one way; each says
 * how it must fail in a comment, {@code // Must fail with FAILED: expected exit code 0, got 3}, and
 * this test proves the checker reports exactly that. A run limited with {@code -Dbook.only} to some
 * of the book's examples leaves the fixtures out.
 */
class FailingFixturesTest {

    private static final Pattern MUST_FAIL = Pattern.compile("^// Must fail with (\\w+): (.+)$", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> everyBrokenFixtureIsCaught() {
        TestBook book = TestBook.fromSystemProperties();
        List<Example> fixtures = ExampleCatalog.scan(book.root(), "src/test/fixtures").only("failing").examples();
        if (!book.only().isBlank()) {
            fixtures = List.of();
        }
        // A fixture's stored failure stands while the fixture and the checker are unchanged; it is checked again below.
        BookRun run = BookRun.start(fixtures, new ExampleRunner(false), book.fixtureResults(), book.parallelism(),
                book.reusable(result -> true));
        return fixtures.stream().map(fixture -> DynamicTest.dynamicTest(fixture.id(), fixture.file().toUri(), () -> {
            Matcher declared = MUST_FAIL.matcher(Files.readString(fixture.file()));
            assertTrue(declared.find(), fixture.displayPath() + " has no '// Must fail with STATUS: text' line");
            RunResult result = run.await(fixture);
            assertFalse(result.passed(), fixture.displayPath() + " passed, but is broken on purpose");
            assertEquals(RunResult.Status.valueOf(declared.group(1)), result.status(), result.report());
            assertTrue(result.report().contains(declared.group(2).strip()),
                    "the report does not say '" + declared.group(2).strip() + "':\n" + result.report());
        }));
    }

}
