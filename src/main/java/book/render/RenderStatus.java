package book.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a render that runs beside other work stands, in one small file that the render writes and a waiter reads:
 * {@code ./mvnw verify} starts the render of the pages and the ebooks in the background, and waits here for each: the
 * package phase's page render (render-site) for the pages, {@code EbooksIT} for the ebooks, which render while the
 * other integration tests run; each fails with the render's problems. Each build names its render, so a file left by
 * an earlier build is never taken for this one's.
 *
 * A render of several outputs says when each is in place, so that a test of one of them need not wait for the others
 * ({@code EpubIT} reads the EPUB while the PDF still converts).
 *
 * <pre>{@code
 * var status = new RenderStatus(file, build);
 * status.started();                     // the renderer, first thing
 * status.ready("book.epub");            // the renderer, once that file is in place without problems
 * status.finished(problems);            // the renderer, last thing (no problems: it rendered)
 * List<String> problems = status.await(Duration.ofMinutes(20));   // the test
 * List<String> epub = status.await("book.epub", Duration.ofMinutes(20));   // a test of that file alone
 * }</pre>
 *
 * @param file  the status file, written whole each time so that a reader never sees half of it
 * @param build the name of this build's render
 */
public record RenderStatus(Path file, String build) {

    /** How long a build's render may take to write its first status before the waiter gives up on it. */
    static final Duration START = Duration.ofMinutes(2);

    private static final String BUILD = "build ";
    private static final String PID = "pid ";
    private static final String STATE = "state ";
    private static final String PROBLEM = "problem ";
    private static final String READY = "ready ";

    /** The status of the ebook render of the site {@code site} in the build {@code build}. */
    public static RenderStatus ebooks(Path site, String build) {
        return of(SiteRenderer.Output.EBOOKS, site, build);
    }

    /** The status of the render of {@code output} of the site {@code site} in the build {@code build}. */
    static RenderStatus of(SiteRenderer.Output output, Path site, String build) {
        return new RenderStatus(site.getParent().resolve("book/" + output.name().toLowerCase(Locale.ROOT)
                + "-render.status"), build);
    }

    /** Records that this build's render runs, in this process. */
    public void started() {
        write(List.of(BUILD + build, PID + ProcessHandle.current().pid(), STATE + "running"));
    }

    /**
     * Records that {@code output} is in place, converted by this build's render without problems or found current by
     * it. The render still runs.
     */
    public void ready(String output) {
        var lines = new ArrayList<>(read().filter(text -> text.contains(BUILD + build))
                .orElseGet(() -> List.of(BUILD + build, PID + ProcessHandle.current().pid(), STATE + "running")));
        lines.add(READY + output);
        write(lines);
    }

    /**
     * Records that this build's render ended, with the problems it found (none when it rendered); the outputs it said
     * were ready stay so.
     */
    public void finished(List<String> problems) {
        var lines = new ArrayList<>(List.of(BUILD + build, PID + ProcessHandle.current().pid(), STATE + "finished"));
        read().filter(text -> text.contains(BUILD + build))
                .ifPresent(text -> text.stream().filter(line -> line.startsWith(READY)).forEach(lines::add));
        problems.forEach(problem -> lines.add(PROBLEM + problem.replace('\n', ' ')));
        write(lines);
    }

    /**
     * Waits for this build's render to end and returns its problems, empty when it rendered. Throws when the render
     * does not start within {@link #START}, ends without a result (its process is gone), or outlasts {@code timeout}.
     */
    public List<String> await(Duration timeout) {
        return await(START, timeout, Optional.empty());
    }

    /**
     * Waits until this build's render has {@code output} in place ({@link #ready}), and returns no problems then; or
     * until it ends without, and returns its problems. Throws as {@link #await(Duration)} does.
     */
    public List<String> await(String output, Duration timeout) {
        return await(START, timeout, Optional.of(output));
    }

    List<String> await(Duration startWithin, Duration timeout) {
        return await(startWithin, timeout, Optional.empty());
    }

    private List<String> await(Duration startWithin, Duration timeout, Optional<String> output) {
        long start = System.nanoTime();
        while (true) {
            Optional<List<String>> lines = read().filter(text -> text.contains(BUILD + build));
            if (lines.isPresent() && output.isPresent() && lines.get().contains(READY + output.get())) {
                return List.of();
            }
            if (lines.isPresent() && lines.get().contains(STATE + "finished")) {
                return lines.get().stream().filter(line -> line.startsWith(PROBLEM))
                        .map(line -> line.substring(PROBLEM.length())).toList();
            }
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            if (lines.isEmpty() && waited.compareTo(startWithin) > 0) {
                throw new IllegalStateException("the render of build " + build + " did not start within " + seconds(startWithin)
                        + ": no " + BUILD + build + " in " + file);
            }
            if (lines.isPresent()) {
                long pid = lines.get().stream().filter(line -> line.startsWith(PID))
                        .mapToLong(line -> Long.parseLong(line.substring(PID.length()))).findFirst().orElse(-1);
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                if (!alive && !read().map(again -> again.contains(STATE + "finished")).orElse(false)) {
                    throw new IllegalStateException("the render of build " + build + " (process " + pid
                            + ") ended without a result; its output is in the build's log");
                }
            }
            if (waited.compareTo(timeout) > 0) {
                throw new IllegalStateException("the render of build " + build + " did not end within " + seconds(timeout)
                        + " (" + file + ")");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for the render of build " + build, e);
            }
        }
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private Optional<List<String>> read() {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllLines(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(List<String> lines) {
        try {
            Files.createDirectories(file.getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.write(part, lines);
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
