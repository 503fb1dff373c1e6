package book;

import book.find.Example;
import book.find.ExampleCatalog;
import book.run.BookRun;
import book.run.ExampleRunner;
import book.run.RunResult;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/** One test per example of the book: it runs through JBang and its output matches its expectation. */
class BookExamplesTest {

    @TestFactory
    Stream<DynamicNode> everyExampleMatchesItsExpectation() {
        TestBook book = TestBook.fromSystemProperties();
        SharedBookRun.Joined joined = SharedBookRun.of(BookExamplesTest.class, book);
        List<Example> examples = joined.entries(0, Example.class);
        BookRun run = joined.run();
        Map<String, List<Example>> chapters = examples.stream()
                .collect(Collectors.groupingBy(Example::chapter, LinkedHashMap::new, Collectors.toList()));
        Stream<DynamicNode> tests = chapters.entrySet().stream().map(chapter -> DynamicContainer.dynamicContainer(
                chapter.getKey(), chapter.getValue().stream().map(example -> DynamicTest.dynamicTest(example.id(),
                        example.file().toUri(), () -> {
                            RunResult result = run.await(example);
                            if (!result.passed()) {
                                fail("\n" + result.report());
                            }
                        }))));
        if (book.runs() == 1) {
            return tests;
        }
        return Stream.concat(tests, Stream.of(DynamicTest.dynamicTest("flake hunt: every example's check, "
                + book.runs() + " times", () -> flakeHunt(book, examples, run))));
    }

    /** The book's examples as part of a run (see {@link SharedBookRun}): a result stands while it passed. */
    static BookRun.Part<Example> part(TestBook book) {
        return new BookRun.Part<>(ExampleCatalog.scan(book.root(), "examples").only(book.only()).examples(),
                new ExampleRunner(book.updating(), book.runs()), book.results(), book.reusable(RunResult::passed));
    }

    /** {@code -Dbook.runs=K}: one list of every example whose check failed in any of its K repetitions. */
    private static void flakeHunt(TestBook book, List<Example> examples, BookRun run) throws InterruptedException {
        var failed = new StringBuilder();
        for (Example example : examples) {
            RunResult result = run.await(example);
            if (!result.passed()) {
                failed.append("\n").append(example.id()).append(": ").append(result.status()).append('\n')
                        .append(result.report());
            }
        }
        String summary = "flake hunt, -Dbook.runs=%d: %d examples, each checked up to %d times: %s".formatted(
                book.runs(), examples.size(), book.runs(),
                failed.isEmpty() ? "no check failed" : "these failed (each with the report of its failing run):");
        System.out.println(summary);
        if (!failed.isEmpty()) {
            fail(summary + "\n" + failed);
        }
    }
}
