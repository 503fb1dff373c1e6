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
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One JBang JVM that answers every {@code jbang <script> <args>} call of a build in turn, started through the
 * project's launcher ({@code BOOK_JBANG_RESOLVE=1 ./jbang}, see {@code src/jbang/ResolveCommands.java}) so that the
 * JDK, the JBang release and JBang's environment are those of {@code ./jbang}. It ends when this JVM does, or when
 * an answer is late: the next call then starts a new one.
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

    private static JBangResolver current;

    /** Asks JBang, as {@code ./jbang <args>} in {@code root} would; one call at a time. */
    static synchronized Answer call(Path root, List<String> args, Duration timeout) {
        if (current == null || !current.process.isAlive()) {
            current = new JBangResolver(root);
        }
        long start = System.nanoTime();
        try {
            Answer answer = current.ask(args, timeout, start);
            if (answer.exitCode() < 0) {
                current.process.descendants().forEach(ProcessHandle::destroyForcibly);
                current.process.destroyForcibly();
                current = null;
            }
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JBang resolved " + args, e);
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
