package book.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps each example's latest {@link RunResult} as JSON under {@code target/book/results}, where the
 * test run writes it and the site renderer reads it, so that every example runs once per build.
 *
 * <p>{@code new ResultStore(dir).save(result)}; {@code store.load("goroutines/TenProcesses")}.
 */
public final class ResultStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path directory;

    public ResultStore(Path directory) {
        this.directory = directory;
    }

    /** The folder the results are kept in. */
    public Path directory() {
        return directory;
    }

    public void save(RunResult result) {
        Path file = fileFor(result.id());
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), result);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the result of " + result.id(), e);
        }
    }

    public Optional<RunResult> load(String id) {
        Path file = fileFor(id);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), RunResult.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the result of " + id + " from " + file, e);
        }
    }

    /** Drops the stored result of {@code id}, if any, so that the next run cannot reuse it. */
    public void forget(String id) {
        try {
            Files.deleteIfExists(fileFor(id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the result of " + id, e);
        }
    }

    private Path fileFor(String id) {
        return directory.resolve(id + ".json");
    }
}
