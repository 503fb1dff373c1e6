package book.run;

import book.find.Example;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build runs exactly what {@code ./jbang <script>} runs: the command JBangCommand resolves (in one JVM for the
 * whole build, or from its cache) is the command the launcher prints, for a script with {@code //DEPS}, one with
 * {@code //RUNTIME_OPTIONS}, and one with arguments; and a script JBang cannot build fails the same way.
 */
class JBangCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();

    @Test
    void resolvesTheCommandTheLauncherRuns() {
        assertSameAsLauncher("examples/worker-pools/BulkMail.java");
        assertSameAsLauncher("examples/waitgroups/LoopVariableCapture.java");
        assertSameAsLauncher("examples/mutexes/WordCount.java", "examples/mutexes/data/harbour.txt");
    }

    @Test
    void failsWhereTheLauncherFails() {
        var example = new Example(ROOT, Path.of("src/test/fixtures/failing/WrongJavaVersion.java"));
        JBangCommand.Prepared prepared = JBangCommand.prepare(example, List.of());
        CapturedRun launcher = launcher(example.displayPath());
        assertFalse(prepared.ok());
        assertEquals(launcher.exitCode(), prepared.build().exitCode());
        assertEquals(launcher.stderr(), prepared.build().stderr());
        assertTrue(String.join("\n", prepared.build().stderr()).contains("No suitable JDK"));
    }

    private static void assertSameAsLauncher(String script, String... args) {
        var example = new Example(ROOT, Path.of(script));
        JBangCommand.Prepared prepared = JBangCommand.prepare(example, List.of(args));
        assertTrue(prepared.ok(), () -> String.join("\n", prepared.build().stderr()));
        CapturedRun launcher = launcher(script, args);
        assertEquals(0, launcher.exitCode(), () -> String.join("\n", launcher.stderr()));
        assertEquals(String.join("\n", launcher.stdout()).strip(), prepared.command());
    }

    /** What {@code ./jbang} would exec, printed instead of run. */
    private static CapturedRun launcher(String script, String... args) {
        var command = new java.util.ArrayList<String>(List.of(ROOT.resolve("jbang").toString(), script));
        command.addAll(List.of(args));
        return ProcessCapture.run(command, ROOT,
                Map.of("JAVA_HOME", System.getProperty("java.home"), "BOOK_JBANG_PRINT_COMMAND", "1"),
                Duration.ofMinutes(3));
    }
}
