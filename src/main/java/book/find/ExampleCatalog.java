package book.find;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the book's examples: every {@code examples/<chapter>/<Name>.java}.
 *
 * <p>{@code ExampleCatalog.scan(root, "examples").only("goroutines")} lists the first chapter's examples.
 */
public record ExampleCatalog(List<Example> examples) {

    /** Lists the scripts one folder below {@code folder} (relative to {@code root}), sorted by path. */
    public static ExampleCatalog scan(Path root, String folder) {
        Path base = root.resolve(folder);
        if (!Files.isDirectory(base)) {
            return new ExampleCatalog(List.of());
        }
        try (Stream<Path> files = Files.walk(base, 2)) {
            return new ExampleCatalog(files
                    .filter(file -> file.getFileName().toString().endsWith(".java"))
                    .filter(file -> base.relativize(file).getNameCount() == 2)
                    .map(file -> new Example(root, root.relativize(file)))
                    .sorted(Comparator.comparing(Example::displayPath))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Keeps the examples selected by a filter: a chapter ({@code goroutines}), one example
     * ({@code goroutines/TenProcesses}), or several of either separated by commas. A blank filter keeps all.
     */
    public ExampleCatalog only(String filter) {
        if (filter == null || filter.isBlank()) {
            return this;
        }
        List<String> wanted = Stream.of(filter.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return new ExampleCatalog(examples.stream()
                .filter(example -> wanted.stream().anyMatch(w -> example.id().equals(w) || example.chapter().equals(w)))
                .toList());
    }

    /** The example with this id, if the catalog has it. */
    public Optional<Example> find(String id) {
        return examples.stream().filter(example -> example.id().equals(id)).findFirst();
    }
}
