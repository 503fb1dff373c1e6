package book.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A JBang JVM that answers many {@code jbang <script> <args>} calls of a build in turn, started through the
 * project's launcher ({@code BOOK_JBANG_RESOLVE=1 ./jbang}, see {@code src/jbang/ResolveCommands.java}) so that the
 * JDK, the JBang release and JBang's environment are those of {@code ./jbang}. One serves a build whose scripts are
 * in JBang's cache; while calls overlap (first builds, mostly javac), up to one per core serve them side by side.
 * A resolver ends when this JVM does, or when an answer is late: the next call then starts a new one.
 *
 * <p>{@code resolver.call(List.of("examples/goroutines/TenProcesses.java"), timeout)} returns exit code 255 and the
 * command to run, as JBang's own command line does.
 */
final class JBangResolver {

    /** JBang's exit code when its output is the command for the launcher to run. */
    static final int EXECUTE = 255;

    /** What JBang answered to one call. */
    record Answer(int exitCode, String stdout, String stderr, Duration wall) {
    }

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
    private final StringBuilder ownErrors = new StringBuilder();

    private JBangResolver(Path root) {
        this.root = root;
        var builder = new ProcessBuilder(root.resolve("jbang").toString()).directory(root.toFile());
        builder.environment().putAll(Map.of(
                "JAVA_HOME", Path.of(System.getProperty("java.home")).toString(),
                "BOOK_JBANG_RESOLVE", "1"));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start ./jbang", e);
        }
        requests = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        // Platform threads: a virtual thread blocked reading a pipe would hold a carrier thread (see ProcessCapture).
        Thread.ofPlatform().daemon().name("jbang answers").start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(answers::add);
            } catch (IOException | UncheckedIOException e) {
                // The resolver ended; the caller notices it by the missing answer.
            }
        });
        Thread.ofPlatform().daemon().name("jbang errors").start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                lines.lines().forEach(line -> {
                    synchronized (ownErrors) {
                        ownErrors.append(line).append('\n');
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                // As above.
            }
        });
    }

    /** At most one resolver per core: a first build of a script is mostly javac, which keeps a core busy. */
    private static final int MOST = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4);
    /** Resolvers waiting for a call, the last used first, so that a second one starts only when calls overlap. */
    private static final LinkedBlockingDeque<JBangResolver> IDLE = new LinkedBlockingDeque<>();
    private static int started;
    /** Whether a resolver has answered: the launcher has fetched JBang, so more may start without racing to. */
    private static boolean provisioned;

    private final Path root;

    /** Asks JBang, as {@code ./jbang <args>} in {@code root} would. */
    static Answer call(Path root, List<String> args, Duration timeout) {
        JBangResolver resolver;
        try {
            resolver = take(root);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for JBang to resolve " + args, e);
        }
        long start = System.nanoTime();
        Answer answer = null;
        try {
            answer = resolver.ask(args, timeout, start);
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JBang resolved " + args, e);
        } finally {
            if (answer != null && answer.exitCode() >= 0) {
                synchronized (JBangResolver.class) {
                    provisioned = true;
                }
                IDLE.addFirst(resolver);
            } else {
                resolver.end();
            }
        }
    }

    private static JBangResolver take(Path root) throws InterruptedException {
        while (true) {
            JBangResolver idle = IDLE.pollFirst();
            if (idle != null && idle.process.isAlive() && idle.root.equals(root)) {
                return idle;
            }
            if (idle != null) {
                idle.end();
                continue;
            }
            synchronized (JBangResolver.class) {
                if (started == 0 || (provisioned && started < MOST)) {
                    started++;
                    try {
                        return new JBangResolver(root);
                    } catch (RuntimeException e) {
                        started--;
                        throw e;
                    }
                }
            }
            idle = IDLE.pollFirst(200, TimeUnit.MILLISECONDS);
            if (idle != null) {
                IDLE.addFirst(idle);
            }
        }
    }

    /** Kills this resolver and its children, making room for a new one. */
    private void end() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        synchronized (JBangResolver.class) {
            started--;
        }
    }

    private Answer ask(List<String> args, Duration timeout, long start) throws InterruptedException {
        var encoded = new ArrayList<String>();
        for (String arg : args) {
            encoded.add(Base64.getEncoder().encodeToString(arg.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            requests.write(String.join(" ", encoded) + "\n");
            requests.flush();
        } catch (IOException e) {
            return failure("JBang's resolver did not take the request: " + e.getMessage(), start);
        }
        String line = null;
        while (line == null && System.nanoTime() - start < timeout.toNanos()) {
            line = answers.poll(200, TimeUnit.MILLISECONDS);
            if (line == null && !process.isAlive() && answers.isEmpty()) {
                process.waitFor(1, TimeUnit.SECONDS);
                return failure("JBang's resolver ended with exit code " + process.exitValue() + " without answering", start);
            }
        }
        if (line == null) {
            return failure("JBang did not answer within " + timeout.toSeconds() + " s", start);
        }
        String[] parts = line.split(" ", 3);
        return new Answer(Integer.parseInt(parts[0]), decode(parts[1]), decode(parts[2]),
                Duration.ofNanos(System.nanoTime() - start));
    }

    private Answer failure(String why, long start) {
        String errors;
        synchronized (ownErrors) {
            errors = ownErrors.toString();
        }
        return new Answer(-1, "", errors + why + "\n", Duration.ofNanos(System.nanoTime() - start));
    }

    private static String decode(String part) {
        return part.equals("-") ? "" : new String(Base64.getDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
