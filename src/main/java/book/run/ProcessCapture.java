package book.run;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.concurrent.TimeoutException;

/**
 * Runs one command with standard input closed, captures both output streams and its wall time,
 * and on a timeout takes a thread dump and kills the whole process tree. A command run for a SHARED job of
 * {@link Slots} runs at the lower priority {@link Slots#priority()} puts before it.
 *
 * <p>The pipes are read by platform threads, never virtual ones: a blocking pipe read holds its carrier thread,
 * and once the scheduler's spare carrier retires (after 30 s idle), two readers of a hung process hold both carriers
 * of a 2-core machine, so that a virtual thread's {@code waitFor} never wakes up at its timeout.
 *
 * <p>{@code ProcessCapture.run(List.of("bash", "-c", "exec java Hello"), root, Map.of(), Duration.ofSeconds(30))}
 */
public final class ProcessCapture {

    private ProcessCapture() {
    }

    /** Runs {@code command} in {@code directory} with extra environment variables, waiting at most {@code timeout}. */
    public static CapturedRun run(List<String> command, Path directory, Map<String, String> environment, Duration timeout) {
        return run(command, directory, environment, timeout, false);
    }

    /**
     * Runs {@code command} like {@link #run}, but with standard error written into the pipe of standard output, as
     * a terminal shows both: the run's {@code stdout} holds the lines of both streams in the order they were
     * written, and its {@code stderr} is empty.
     */
    public static CapturedRun runMerged(List<String> command, Path directory, Map<String, String> environment,
                                        Duration timeout) {
        return run(command, directory, environment, timeout, true);
    }

    /**
     * HotSpot's warning, on a JVM's standard output as it starts, that the file for its performance counters is locked:
     * a JVM that died without removing {@code /tmp/hsperfdata_USER/PID} (killed at a timeout) left it, another JVM
     * starting at that moment held it to see whether it was stale, and this JVM got the same PID (at most 32768 here).
     * The program did not print it; it says nothing about the program.
     */
    private static final Pattern PERF_FILE_LOCKED = Pattern.compile(
            "\\[[0-9.]+s]\\[warning]\\[perf,memops] Cannot use file \\S*hsperfdata\\S* because it is locked by another process.*");
    /** Runs of one command, at most, while the JVMs it starts find their performance counters' file locked. */
    static final int ATTEMPTS = 3;

    /**
     * Runs the command; a run in which a JVM said that it could not use its performance counters' file (see
     * {@link #PERF_FILE_LOCKED}) is void and runs again, with a new PID, up to {@link #ATTEMPTS} runs in all: the
     * last is returned whatever it printed, so that the warning is still shown and fails the check if it stays.
     */
    private static CapturedRun run(List<String> command, Path directory, Map<String, String> environment,
                                   Duration timeout, boolean merged) {
        var line = new ArrayList<>(Slots.priority());
        line.addAll(command);
        CapturedRun run = runOnce(line, command, directory, environment, timeout, merged, Slots::claim);
        for (int attempt = 2; attempt <= ATTEMPTS && perfFileLocked(run); attempt++) {
            run = runOnce(line, command, directory, environment, timeout, merged,
                    pid -> Slots.reclaim(pid, "a JVM found its performance counters' file locked"));
        }
        return run;
    }

    /** Whether a JVM of the run found its performance counters' file locked by another process. */
    static boolean perfFileLocked(CapturedRun run) {
        return Stream.concat(run.stdout().stream(), run.stderr().stream())
                .anyMatch(printed -> PERF_FILE_LOCKED.matcher(printed).matches());
    }

    private static CapturedRun runOnce(List<String> line, List<String> command, Path directory,
                                       Map<String, String> environment, Duration timeout, boolean merged,
                                       LongConsumer started) {
        var builder = new ProcessBuilder(line).directory(directory.toFile()).redirectErrorStream(merged);
        builder.environment().putAll(environment);
        Process process;
        long start = System.nanoTime();
        try {
            process = builder.start();
            started.accept(process.pid());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + String.join(" ", command), e);
        }
        try {
            closeQuietly(process);
            Future<byte[]> out = reader(process.getInputStream(), "stdout of " + process.pid());
            // Merged, the error stream is a null stream that reads as empty at once.
            Future<byte[]> err = reader(process.getErrorStream(), "stderr of " + process.pid());
            boolean finished = process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            String dump = "";
            if (!finished) {
                dump = threadDump(process);
                killTree(process);
                process.waitFor(10, TimeUnit.SECONDS);
            }
            return new CapturedRun(lines(out), lines(err), finished ? process.exitValue() : -1, wall, !finished, dump);
        } catch (InterruptedException e) {
            killTree(process);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // The process already exited; there is no stdin left to close.
        }
    }

    /** Reads the stream to its end in a platform thread of its own. */
    private static Future<byte[]> reader(InputStream stream, String name) {
        var task = new FutureTask<>(() -> readAll(stream));
        Thread.ofPlatform().daemon().name("read " + name).start(task);
        return task;
    }

    private static byte[] readAll(InputStream stream) throws IOException {
        var buffer = new ByteArrayOutputStream();
        stream.transferTo(buffer);
        return buffer.toByteArray();
    }

    private static List<String> lines(Future<byte[]> bytes) throws InterruptedException {
        try {
            String text = new String(bytes.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : text.lines().toList();
        } catch (ExecutionException | TimeoutException e) {
            return List.of("(output could not be read: " + e + ")");
        }
    }

    /**
     * Asks the JDK's jcmd for the thread dump of the process, if it is a JVM: jcmd waits 5 s for any other process
     * to answer (and its signal ends it).
     */
    private static String threadDump(Process process) {
        var java = process.info().command()
                .map(Path::of)
                .filter(command -> command.getFileName().toString().equals("java"));
        if (java.isEmpty()) {
            return "(no thread dump: not a Java process)";
        }
        Path jcmd = java
                .map(command -> command.resolveSibling("jcmd"))
                .filter(Files::isExecutable)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "jcmd"));
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "Thread.print")
                    .redirectErrorStream(true).start();
            dump.getOutputStream().close();
            byte[] text = readAllWithin(dump, Duration.ofSeconds(20));
            return new String(text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no thread dump: " + e.getMessage() + ")";
        }
    }

    private static byte[] readAllWithin(Process process, Duration limit) throws IOException {
        try {
            Future<byte[]> bytes = reader(process.getInputStream(), "thread dump of " + process.pid());
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
            return bytes.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new byte[0];
        } catch (ExecutionException | TimeoutException e) {
            return ("(no thread dump: " + e + ")").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
