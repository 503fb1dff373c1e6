package book.run;

import book.find.Example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the command that {@code jbang <script> <args>} runs, so the example's own JVM can run and be timed apart
 * from JBang's start-up: from the {@link CommandCache} when JBang resolved this very script on this JDK before and
 * its jars are still there, otherwise from JBang itself, one {@link JBangResolver} JVM for the whole build.
 *
 * <p>{@code JBangCommand.prepare(example, List.of())} compiles the script (or finds it in JBang's cache)
 * and returns {@code /usr/lib/jvm/.../bin/java -classpath ... TenProcesses}.
 */
public final class JBangCommand {

    /** Enough for a first run that resolves {@code //DEPS} from Maven Central. */
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private JBangCommand() {
    }

    /**
     * What JBang said: the command to run, or why it could not build the script; {@code cached} when the
     * {@link CommandCache} knew the command and JBang was not asked.
     */
    public record Prepared(String command, CapturedRun build, boolean cached) {
        public boolean ok() {
            return build.exitCode() == 0 && !command.isBlank();
        }
    }

    /** Builds the example through JBang, exactly as {@code ./jbang <script> <args>} would before running it. */
    public static Prepared prepare(Example example, List<String> args) {
        long start = System.nanoTime();
        var cache = CommandCache.forBook(example.root());
        String key = CommandCache.key(example, read(example), args);
        var known = cache.load(key);
        if (known.isPresent()) {
            return new Prepared(known.get(), new CapturedRun(List.of(known.get()), List.of(), 0,
                    Duration.ofNanos(System.nanoTime() - start), false, ""), true);
        }
        var call = new ArrayList<String>();
        call.add(example.displayPath());
        call.addAll(args);
        JBangResolver.Answer answer = JBangResolver.call(example.root(), call, BUILD_TIMEOUT);
        List<String> stdout = answer.stdout().lines().toList();
        List<String> stderr = answer.stderr().lines().toList();
        if (answer.exitCode() != JBangResolver.EXECUTE) {
            // JBang ran nothing: a build error, or a script it ran itself; either way no command to time.
            int exitCode = answer.exitCode() == 0 ? 1 : answer.exitCode();
            return new Prepared("", new CapturedRun(stdout, stderr, exitCode, answer.wall(), false, ""), false);
        }
        String command = answer.stdout().strip();
        cache.save(key, command);
        return new Prepared(command, new CapturedRun(stdout, stderr, 0, answer.wall(), false, ""), false);
    }

    /**
     * The classpath of the script's {@code //DEPS}, resolved by JBang as it would for a run
     * ({@code ./jbang info classpath --deps-only}), remembered like a command while its jars are there; empty for a
     * script without dependencies.
     */
    public static String dependencyClasspath(Example example) {
        var cache = CommandCache.forBook(example.root());
        String key = CommandCache.classpathKey(example, read(example));
        var known = cache.loadClasspath(key);
        if (known.isPresent()) {
            return known.get();
        }
        JBangResolver.Answer info = JBangResolver.call(example.root(),
                List.of("info", "classpath", "--deps-only", example.displayPath()), BUILD_TIMEOUT);
        if (info.exitCode() != 0) {
            throw new IllegalStateException(example.displayPath() + ": JBang could not resolve its //DEPS:\n"
                    + info.stderr().strip());
        }
        String classpath = info.stdout().strip();
        if (!classpath.isEmpty()) {
            cache.save(key, classpath);
        }
        return classpath;
    }

    private static String read(Example example) {
        try {
            return Files.readString(example.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + example.displayPath(), e);
        }
    }
}
