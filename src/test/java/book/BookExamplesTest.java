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
        List<Example> examples = ExampleCatalog.scan(book.root(), "examples").only(book.only()).examples();
        BookRun run = BookRun.start(examples, new ExampleRunner(book.updating()), book.results(), book.parallelism(),
                book.reusable(RunResult::passed));
        Map<String, List<Example>> chapters = examples.stream()
                .collect(Collectors.groupingBy(Example::chapter, LinkedHashMap::new, Collectors.toList()));
        return chapters.entrySet().stream().map(chapter -> DynamicContainer.dynamicContainer(chapter.getKey(),
                chapter.getValue().stream().map(example -> DynamicTest.dynamicTest(example.id(), example.file().toUri(),
                        () -> {
                            RunResult result = run.await(example);
                            if (!result.passed()) {
                                fail("\n" + result.report());
                            }
                        }))));
    }
}
