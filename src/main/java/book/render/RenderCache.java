package book.render;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Remembers, for each rendered output (a page, the PDF, the EPUB), the digest of the inputs it was rendered
 * from, and for a page the search entries it gave, in one JSON file under {@code target/book/render-cache/}.
 * An output is current when its file exists and its inputs have the digest recorded; only a conversion that
 * reported no problem is recorded, so a page with a broken link is converted, and reported, again.
 *
 * <p>{@code cache.current("01-goroutines.html", file, key)}; {@code cache.record(...)}; {@code cache.save()}
 */
final class RenderCache {

    /** What one output was rendered from, and for a page what it adds to the search index. */
    record Rendered(String key, List<SearchIndex.Entry> search) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Map<String, Rendered> outputs;

    private RenderCache(Path file, Map<String, Rendered> outputs) {
        this.file = file;
        this.outputs = outputs;
    }

    /** Reads the cache file; a missing or unreadable one is an empty cache, so everything renders. */
    static RenderCache load(Path file) {
        if (Files.isRegularFile(file)) {
            try {
                return new RenderCache(file, new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Rendered>>() {
                })));
            } catch (IOException e) {
                System.err.println("Rendering everything: cannot read " + file + " (" + e.getMessage() + ")");
            }
        }
        return new RenderCache(file, new TreeMap<>());
    }

    /** What the output was last rendered from, if it still exists and its inputs have not changed since. */
    Optional<Rendered> current(String output, Path outputFile, String key) {
        Rendered rendered = outputs.get(output);
        return rendered != null && rendered.key().equals(key) && Files.isRegularFile(outputFile)
                ? Optional.of(rendered) : Optional.empty();
    }

    /** Whether the output was last rendered from inputs with this digest, whether or not its file is there. */
    boolean renderedFrom(String output, String key) {
        Rendered rendered = outputs.get(output);
        return rendered != null && rendered.key().equals(key);
    }

    void record(String output, Rendered rendered) {
        outputs.put(output, rendered);
    }

    void forget(String output) {
        outputs.remove(output);
    }

    void save() {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(temporary.toFile(), outputs);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save " + file, e);
        }
    }
}
