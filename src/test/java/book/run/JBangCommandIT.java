package book.run;

import book.find.Example;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build runs exactly what {@code ./jbang <script>} runs: the command JBangCommand resolves, in one JVM for the
 * whole build and then from its cache, is the command the launcher prints, for a script with {@code //DEPS},
 * {@code //RUNTIME_OPTIONS} and arguments (one script with all three: each launcher call is a JBang JVM); and a script
 * JBang cannot build fails the same way.
 */
class JBangCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("book.root", ".")).toAbsolutePath().normalize();

    @Test
    void resolvesTheCommandTheLauncherRuns() throws IOException {
        String script = "src/test/fixtures/launcher/Resolved.java";
        List<String> args = List.of("a", "b");
        var example = new Example(ROOT, Path.of(script));
        // Resolved by JBang, not remembered from an earlier run: the cache's command is checked next.
        for (Path remembered : CommandCache.forBook(ROOT).files(CommandCache.key(example, Files.readString(example.file()), args))) {
            Files.deleteIfExists(remembered);
        }
        JBangCommand.Prepared resolved = JBangCommand.prepare(example, args);
        JBangCommand.Prepared remembered = JBangCommand.prepare(example, args);
        assertTrue(resolved.ok(), () -> String.join("\n", resolved.build().stderr()));
        assertFalse(resolved.cached(), "the command was not resolved by JBang");
        assertTrue(remembered.cached(), "the resolved command was not remembered");
        CapturedRun launcher = launcher(script, args.toArray(String[]::new));
        assertEquals(0, launcher.exitCode(), () -> String.join("\n", launcher.stderr()));
        String printed = String.join("\n", launcher.stdout()).strip();
        assertEquals(printed, resolved.command());
        assertEquals(printed, remembered.command());
        assertTrue(printed.contains("slf4j-nop-1.7.36.jar") && printed.contains("-XX:TieredStopAtLevel=1")
                && printed.endsWith(" a b"), () -> "not the command of a script with //DEPS, //RUNTIME_OPTIONS and"
                + " arguments: " + printed);
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

    /** What {@code ./jbang} would exec, printed instead of run. */
    private static CapturedRun launcher(String script, String... args) {
        var command = new java.util.ArrayList<String>(List.of(ROOT.resolve("jbang").toString(), script));
        command.addAll(List.of(args));
        return ProcessCapture.run(command, ROOT,
                Map.of("JAVA_HOME", System.getProperty("java.home"), "BOOK_JBANG_PRINT_COMMAND", "1"),
                Duration.ofMinutes(3));
    }
}
