package book.run;

import book.find.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The release check compiles with javac at the release a script's {@code //JAVA} line names: it rejects a script
 * that needs a newer release, with the script's line, and accepts the same script at that newer release and a
 * script that needs no more than its line says. Each compiles a fixture, seconds of work, so this runs in
 * {@code ./mvnw verify}; {@code book.ReleaseCheckTest} checks every example of the book, through {@link ReleaseCheckRun}.
 */
class ReleaseCheckIT {

    private static final Path ROOT = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();
    private static final Example TOO_LOW = new Example(ROOT, Path.of("src/test/fixtures/release/MarkedTooLow.java"));
    private static final Example RIGHT = new Example(ROOT, Path.of("src/test/fixtures/release/MarkedRight.java"));

    /**
     * javac's errors on MarkedTooLow at release 21, each check with a file manager of its own: what every other way of
     * checking it must give. Computed once for the class (each is a javac run in this JVM).
     */
    private static List<String> tooLowProblems;

    private static synchronized List<String> tooLowProblems() {
        if (tooLowProblems == null) {
            tooLowProblems = ReleaseCheck.of(TOO_LOW).problems();
        }
        return tooLowProblems;
    }

    @Test
    void rejectsAScriptThatNeedsJava25ButSays21() {
        assertEquals(21, ReleaseCheck.of(TOO_LOW).release());
        List<String> problems = tooLowProblems();
        assertTrue(!problems.isEmpty() && problems.getFirst().startsWith(
                "src/test/fixtures/release/MarkedTooLow.java:6: javac --release 21: "), String.join("\n", problems));
    }

    @Test
    void acceptsTheSameScriptAtRelease25() {
        var check = new ReleaseCheck(TOO_LOW, 25, "");
        assertEquals(List.of(), check.problems());
    }

    @Test
    void acceptsAScriptThatNeedsNoMoreThanItsLineSays() {
        var check = ReleaseCheck.of(RIGHT);
        assertEquals(21, check.release());
        assertEquals(List.of(), check.problems());
    }

    @Test
    void checksThatShareJavacGiveEachScriptOnlyItsOwnProblems() {
        var tooLow = ReleaseCheck.of(TOO_LOW);
        var right = ReleaseCheck.of(RIGHT);
        // One thread: both checks of release 21 share its file manager, the failing one first, then last.
        for (var checks : List.of(List.of(tooLow, right), List.of(right, tooLow))) {
            var problems = ReleaseChecks.problems(checks, 1);
            assertEquals(tooLowProblems(), problems.get(tooLow.example()));
            assertEquals(List.of(), problems.get(right.example()));
        }
        assertEquals(List.of(tooLow.example(), right.example()),
                List.copyOf(ReleaseChecks.problems(List.of(tooLow, right), 2).keySet()));
    }

    @Test
    void javacInItsOwnJvmRejectsTheScriptThatNeedsANewerReleaseAndRemembersOnlyThePass(@TempDir Path passes) {
        var tooLow = TOO_LOW;
        var right = RIGHT;
        var scripts = new ReleaseCheckRun.Scripts(List.of(tooLow, right));
        var cache = new ReleaseCheckCache(passes);
        RunResult first = new ReleaseCheckRun(cache, false).run(scripts, new Slots(1));
        assertEquals(RunResult.Status.FAILED, first.status(), first.report());
        assertEquals(Map.of(tooLow, tooLowProblems(), right, List.of()),
                ReleaseCheckRun.problems(scripts, first));
        assertTrue(cache.passed(ReleaseCheck.of(right)));
        assertFalse(cache.passed(ReleaseCheck.of(tooLow)));
        // Every script, the passed one too, when asked to (CI), each reported as before.
        RunResult every = new ReleaseCheckRun(cache, true).run(scripts, new Slots(1));
        assertEquals("javac --release checked 2 scripts (the others passed before, unchanged).", every.verified());
        assertEquals(ReleaseCheckRun.problems(scripts, first), ReleaseCheckRun.problems(scripts, every));
        // Otherwise the pass stands: no javac JVM for a script that passed before, unchanged.
        RunResult again = new ReleaseCheckRun(cache, false).run(new ReleaseCheckRun.Scripts(List.of(right)), new Slots(1));
        assertEquals(RunResult.Status.PASSED, again.status(), again.report());
        assertEquals("javac had no script to check: each passed before, unchanged.", again.verified());
    }

    @Test
    void javacsJvmThatChecksNothingFailsEveryScript() {
        var script = RIGHT;
        var scripts = new ReleaseCheckRun.Scripts(List.of(script));
        var failed = new RunResult(ReleaseCheckRun.ID, "examples", "javac", RunResult.Status.BUILD_FAILED, 1, List.of(),
                List.of("Error: Could not find or load main class"), 0.1, 0, "", "its JVM did not start", "", List.of(),
                "", 1, List.of(), List.of(), List.of());
        assertEquals(Map.of(script, List.of("its JVM did not start")), ReleaseCheckRun.problems(scripts, failed));
    }
}
