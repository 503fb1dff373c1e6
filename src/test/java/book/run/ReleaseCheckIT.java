package book.run;

import book.find.Example;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release check compiles with javac at the release a script's {@code //JAVA} line names: it rejects a script
 * that needs a newer release, with the script's line, and accepts the same script at that newer release and a
 * script that needs no more than its line says. Each compiles a fixture, seconds of work, so this runs in
 * {@code ./mvnw verify}; {@link ReleaseCheckTest} checks every example of the book.
 */
class ReleaseCheckIT {

    private static final Path ROOT = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();

    @Test
    void rejectsAScriptThatNeedsJava25ButSays21() {
        var check = ReleaseCheck.of(new Example(ROOT, Path.of("src/test/fixtures/release/MarkedTooLow.java")));
        assertEquals(21, check.release());
        List<String> problems = check.problems();
        assertTrue(!problems.isEmpty() && problems.getFirst().startsWith(
                "src/test/fixtures/release/MarkedTooLow.java:6: javac --release 21: "), String.join("\n", problems));
    }

    @Test
    void acceptsTheSameScriptAtRelease25() {
        var check = new ReleaseCheck(new Example(ROOT, Path.of("src/test/fixtures/release/MarkedTooLow.java")), 25, "");
        assertEquals(List.of(), check.problems());
    }

    @Test
    void acceptsAScriptThatNeedsNoMoreThanItsLineSays() {
        var check = ReleaseCheck.of(new Example(ROOT, Path.of("src/test/fixtures/release/MarkedRight.java")));
        assertEquals(21, check.release());
        assertEquals(List.of(), check.problems());
    }

    @Test
    void checksThatShareJavacGiveEachScriptOnlyItsOwnProblems() {
        var tooLow = ReleaseCheck.of(new Example(ROOT, Path.of("src/test/fixtures/release/MarkedTooLow.java")));
        var right = ReleaseCheck.of(new Example(ROOT, Path.of("src/test/fixtures/release/MarkedRight.java")));
        // One thread: both checks of release 21 share its file manager, the failing one first, then last.
        for (var checks : List.of(List.of(tooLow, right), List.of(right, tooLow))) {
            var problems = ReleaseChecks.problems(checks, 1);
            assertEquals(tooLow.problems(), problems.get(tooLow.example()));
            assertEquals(List.of(), problems.get(right.example()));
        }
        assertEquals(List.of(tooLow.example(), right.example()),
                List.copyOf(ReleaseChecks.problems(List.of(tooLow, right), 2).keySet()));
    }
}
