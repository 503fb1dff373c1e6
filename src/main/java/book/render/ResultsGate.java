package book.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The moment a build's examples' results are final, as one small file: {@code ./mvnw verify} starts the ebook render
 * before the tests that write the results (it boots JRuby and loads the converters meanwhile, on the cores those
 * tests leave idle), and opens this gate once the results the book shows are final: the test JVM as soon as every
 * example and Go program of the book has passed ({@code book.SharedBookRun}, {@link #open}), the pom at the latest when
 * the tests have ended (prepare-package, with bash: {@code ebooks-results-final}); the render reads the results only
 * then. Each build names its gate, so a file left by an earlier build never opens this one's.
 *
 * <pre>{@code
 * var gate = new ResultsGate(file, build);
 * boolean open = gate.await(ProcessHandle.current().parent().orElseThrow());   // the render
 * }</pre>
 *
 * @param file  the gate file: the name of the build whose results are final, on one line, written whole (through a
 *              temporary file) so that a reader never sees half of it
 * @param build the name of this build
 */
public record ResultsGate(Path file, String build) {

    private static final long POLL_MILLIS = 100;

    /**
     * Waits until this build's gate is open and returns true; returns false as soon as {@code build}, the process
     * that would open it (Maven), has ended without opening it: a build that failed before its results were final.
     */
    public boolean await(ProcessHandle buildProcess) {
        while (!isOpen()) {
            if (!buildProcess.isAlive()) {
                return isOpen();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Opens this build's gate: writes the build's name through a temporary file beside it, moved into place, as the
     * pom's {@code ebooks-results-final} does with bash. Opening an open gate changes nothing.
     */
    public void open() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path part = file.resolveSibling(file.getFileName() + ".part");
            Files.writeString(part, build + "\n");
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the gate " + file, e);
        }
    }

    /** Whether this build's gate is open. */
    public boolean isOpen() {
        try {
            return Files.isRegularFile(file) && Files.readAllLines(file).equals(List.of(build));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
