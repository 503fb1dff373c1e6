package book.run;

import book.find.Example;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Asks the project's {@code ./jbang} launcher to build a script and print the command that runs it,
 * so the example's own JVM can be timed apart from JBang's start-up.
 *
 * <p>{@code JBangCommand.prepare(example, List.of())} compiles the script (or finds it in JBang's cache)
 * and returns {@code /usr/lib/jvm/.../bin/java -classpath ... TenProcesses}.
 */
public final class JBangCommand {

    /** Enough for a first run that resolves {@code //DEPS} from Maven Central. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private JBangCommand() {
    }

    /** What JBang said: the command to run, or why it could not build the script. */
    public record Prepared(String command, CapturedRun build) {
        public boolean ok() {
            return build.exitCode() == 0 && !command.isBlank();
        }
    }

    /** Whether the launcher has fetched JBang in this JVM yet; see {@link #provision}. */
    private static volatile boolean provisioned;

    /** Builds the example through JBang, exactly as {@code ./jbang <script> <args>} would before running it. */
    public static Prepared prepare(Example example, List<String> args) {
        provision(example.root());
        var command = new ArrayList<String>();
        command.add(example.root().resolve("jbang").toString());
        command.add(example.displayPath());
        command.addAll(args);
        CapturedRun build = ProcessCapture.run(command, example.root(), environment(), BUILD_TIMEOUT);
        String printed = build.exitCode() == 0 ? String.join("\n", build.stdout()).strip() : "";
        return new Prepared(printed, build);
    }

    /**
     * The classpath of the script's {@code //DEPS}, resolved by JBang as it would for a run
     * ({@code ./jbang info classpath --deps-only}); empty for a script without dependencies.
     */
    public static String dependencyClasspath(Example example) {
        provision(example.root());
        CapturedRun info = ProcessCapture.run(List.of(example.root().resolve("jbang").toString(), "info", "classpath",
                "--deps-only", example.displayPath()), example.root(), environment(), BUILD_TIMEOUT);
        if (info.exitCode() != 0) {
            throw new IllegalStateException(example.displayPath() + ": JBang could not resolve its //DEPS:\n"
                    + String.join("\n", info.stderr()));
        }
        return String.join("", info.stdout()).strip();
    }

    /**
     * Lets the launcher fetch JBang from Maven Central once, before examples build side by side: on a fresh
     * machine two launchers would otherwise resolve it into the same local repository at the same time.
     */
    private static synchronized void provision(Path root) {
        if (!provisioned) {
            CapturedRun version = ProcessCapture.run(List.of(root.resolve("jbang").toString(), "version"), root,
                    environment(), BUILD_TIMEOUT);
            if (version.exitCode() != 0) {
                throw new IllegalStateException("./jbang could not provide JBang:\n" + String.join("\n", version.stderr()));
            }
            provisioned = true;
        }
    }

    /** The launcher runs on the JDK this JVM runs on, so the build, the examples and the cache key agree. */
    static Map<String, String> environment() {
        return Map.of(
                "JAVA_HOME", Path.of(System.getProperty("java.home")).toString(),
                "BOOK_JBANG_PRINT_COMMAND", "1");
    }
}
