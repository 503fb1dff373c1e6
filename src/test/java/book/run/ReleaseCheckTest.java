package book.run;

import book.find.Example;
import book.find.ExampleCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every example compiles at the release its {@code //JAVA} line names ({@link ReleaseCheckIT} shows that the check
 * rejects a script that needs a newer one). {@code -Dbook.only} limits the examples, as for {@code BookExamplesTest}. Like the examples' results, a
 * script's pass is reused while its text, release, classpath, the JDK and the checker are unchanged
 * ({@link ReleaseCheckCache}); a clean build and any build with {@code CI=true} check every script.
 */
class ReleaseCheckTest {

    private static final Path ROOT = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));
    private static final ReleaseCheckCache PASSES = new ReleaseCheckCache(ROOT.resolve("target/book/release-checks"));

    @TestFactory
    Stream<DynamicTest> everyExampleCompilesAtTheReleaseItsJavaLineNames() {
        List<Example> examples = ExampleCatalog.scan(ROOT, "examples").only(System.getProperty("book.only", ""))
                .examples();
        var checks = new HashMap<Example, ReleaseCheck>();
        var unreadable = new HashMap<Example, RuntimeException>();
        for (Example example : examples) {
            try {
                checks.put(example, ReleaseCheck.of(example));
            } catch (RuntimeException e) {
                unreadable.put(example, e);
            }
        }
        // javac checks the scripts side by side before the tests report them, one by one.
        Map<Example, List<String>> problems = ReleaseChecks.problems(examples.stream().filter(checks::containsKey)
                .map(checks::get).filter(check -> CI || !PASSES.passed(check)).toList());
        return examples.stream().map(example -> DynamicTest.dynamicTest(example.id(), example.file().toUri(), () -> {
            if (unreadable.containsKey(example)) {
                throw unreadable.get(example);
            }
            if (!problems.containsKey(example)) {
                return;
            }
            if (!problems.get(example).isEmpty()) {
                fail("\n" + example.displayPath() + " does not compile at the release its //JAVA line names; raise the"
                        + " line or use only what that release has:\n" + String.join("\n", problems.get(example)));
            }
            PASSES.recordPass(checks.get(example));
        }));
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
