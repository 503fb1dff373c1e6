package book;

import book.find.Example;
import book.find.ExampleCatalog;
import book.run.BookRun;
import book.run.ReleaseCheck;
import book.run.ReleaseCheckCache;
import book.run.ReleaseCheckRun;
import book.run.ResultStore;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every example compiles at the release its {@code //JAVA} line names ({@code book.run.ReleaseCheckIT} shows that the
 * check rejects a script that needs a newer one). {@code -Dbook.only} limits the examples, as for
 * {@link BookExamplesTest}. Like the examples' results, a script's pass is reused while its text, release, classpath,
 * the JDK and the checker are unchanged ({@link ReleaseCheckCache}); a clean build and any build with {@code CI=true}
 * check every script. javac checks them in a JVM of its own, a job of the run of examples this JVM shares
 * ({@link SharedBookRun}, {@link ReleaseCheckRun}), beside the examples instead of after them.
 */
class ReleaseCheckTest {

    @TestFactory
    Stream<DynamicTest> everyExampleCompilesAtTheReleaseItsJavaLineNames() {
        TestBook book = TestBook.fromSystemProperties();
        SharedBookRun.Joined joined = SharedBookRun.of(ReleaseCheckTest.class, book);
        ReleaseCheckRun.Scripts scripts = joined.entries(0, ReleaseCheckRun.Scripts.class).getFirst();
        return scripts.examples().stream().map(example -> DynamicTest.dynamicTest(example.id(), example.file().toUri(),
                () -> {
                    List<String> problems = ReleaseCheckRun.problems(scripts, joined.run().await(scripts)).get(example);
                    if (problems.stream().anyMatch(problem -> !problem.contains(": javac --release "))) {
                        fail("\n" + String.join("\n", problems));
                    }
                    if (!problems.isEmpty()) {
                        fail("\n" + example.displayPath() + " does not compile at the release its //JAVA line names;"
                                + " raise the line or use only what that release has:\n" + String.join("\n", problems));
                    }
                }));
    }

    /** The book's examples' release checks as part of a run (see {@link SharedBookRun}): one job for all scripts. */
    static BookRun.Part<ReleaseCheckRun.Scripts> part(TestBook book) {
        List<Example> examples = ExampleCatalog.scan(book.root(), "examples").only(book.only()).examples();
        Path checks = book.root().resolve("target/book/release-checks");
        return new BookRun.Part<>(List.of(new ReleaseCheckRun.Scripts(examples)),
                new ReleaseCheckRun(new ReleaseCheckCache(checks), book.continuousIntegration()), new ResultStore(checks),
                result -> false);
    }

    @Test
    void aScriptWithoutJavaLineIsNamed(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("examples/chapter"));
        Files.writeString(root.resolve("examples/chapter/NoLine.java"), "void main() {}\n");
        var error = assertThrows(IllegalArgumentException.class,
                () -> ReleaseCheck.of(new Example(root, Path.of("examples/chapter/NoLine.java"))));
        assertTrue(error.getMessage().startsWith("examples/chapter/NoLine.java:2: no //JAVA line"), error.getMessage());
    }
}
