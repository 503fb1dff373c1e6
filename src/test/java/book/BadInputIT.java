package book;

import book.find.Example;
import book.run.CapturedRun;
import book.run.JBangCommand;
import book.run.ProcessCapture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The examples that take file names treat bad input the way the book promises: one clear line per
 * bad file on standard error, no stack trace, a non-zero exit, and every good file still processed.
 * Each runs as the build runs an example: the command JBang resolves for it ({@link JBangCommand}, which
 * {@code JBangCommandIT} holds to what {@code ./jbang} runs), in one JBang JVM for all of them instead of a
 * launcher JVM per run.
 */
class BadInputIT {

    private static final String COMPRESS = "examples/waitgroups/CompressFiles.java";
    private static final String WORD_COUNT = "examples/mutexes/WordCount.java";

    @Test
    void compressReportsAMissingFileAndStillCompressesTheOthers() {
        CapturedRun run = jbang(COMPRESS, "examples/waitgroups/data/harbour.txt", "examples/waitgroups/data/missing.txt",
                "examples/waitgroups/data/lighthouse.txt");
        assertEquals(1, run.exitCode(), () -> describe(run));
        assertEquals(List.of("compress: examples/waitgroups/data/missing.txt: no such file"), run.stderr());
        assertTrue(run.stdout().getLast().startsWith("Compressed 2 files into "), () -> describe(run));
    }

    @Test
    void compressReportsADirectoryInOneLine() {
        CapturedRun run = jbang(COMPRESS, "examples/waitgroups/data");
        assertEquals(1, run.exitCode(), () -> describe(run));
        assertEquals(List.of("compress: examples/waitgroups/data: Is a directory"), run.stderr());
    }

    @Test
    void compressWithoutFilesPrintsUsage() {
        CapturedRun run = jbang(COMPRESS);
        assertEquals(2, run.exitCode(), () -> describe(run));
        assertEquals(List.of("usage: CompressFiles FILE..."), run.stderr());
    }

    @Test
    void wordCountReportsAMissingFileAndStillCountsTheOthers() {
        CapturedRun run = jbang(WORD_COUNT, "examples/mutexes/data/harbour.txt", "examples/mutexes/data/missing.txt");
        assertEquals(1, run.exitCode(), () -> describe(run));
        assertEquals(1, run.stderr().size(), () -> describe(run));
        assertTrue(run.stderr().getFirst().equals("wordcount: examples/mutexes/data/missing.txt: no such file"),
                () -> describe(run));
        assertEquals("Words that appear more than once:", run.stdout().getFirst(), () -> describe(run));
        assertTrue(run.stdout().size() > 1, () -> describe(run));
    }

    @Test
    void wordCountWithoutFilesPrintsUsage() {
        CapturedRun run = jbang(WORD_COUNT);
        assertEquals(2, run.exitCode(), () -> describe(run));
        assertEquals(List.of("usage: WordCount FILE..."), run.stderr());
    }

    /** Runs what {@code ./jbang script args} runs, as the build does. */
    private static CapturedRun jbang(String script, String... args) {
        Path root = TestBook.fromSystemProperties().root();
        JBangCommand.Prepared prepared = JBangCommand.prepare(new Example(root, Path.of(script)), List.of(args));
        assertTrue(prepared.ok(), () -> "JBang could not build " + script + ":\n"
                + String.join("\n", prepared.build().stderr()));
        return ProcessCapture.run(List.of("bash", "-c", "exec " + prepared.command()), root, Map.of(),
                Duration.ofMinutes(3));
    }

    private static String describe(CapturedRun run) {
        return "exit " + run.exitCode() + "\nstdout:\n" + String.join("\n", run.stdout())
                + "\nstderr:\n" + String.join("\n", run.stderr());
    }
}
