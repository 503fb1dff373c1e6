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
 * Finds the Go programs kept beside their Java ports: every {@code examples/<chapter>/<Name>.go}.
 *
 * <p>{@code GoCatalog.scan(root, "examples").programs()}
 */
public record GoCatalog(List<GoProgram> programs) {

    /** Lists the programs one folder below {@code folder} (relative to {@code root}), sorted by path. */
    public static GoCatalog scan(Path root, String folder) {
        Path base = root.resolve(folder);
        if (!Files.isDirectory(base)) {
            return new GoCatalog(List.of());
        }
        try (Stream<Path> files = Files.walk(base, 2)) {
            return new GoCatalog(files
                    .filter(file -> file.getFileName().toString().endsWith(".go"))
                    .filter(file -> base.relativize(file).getNameCount() == 2)
                    .map(file -> new GoProgram(root, root.relativize(file)))
                    .sorted(Comparator.comparing(GoProgram::displayPath))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps the programs whose Java port the filter selects; see {@link ExampleCatalog#only}. */
    public GoCatalog only(String filter) {
        ExampleCatalog ports = new ExampleCatalog(programs.stream().map(GoProgram::javaPort).toList()).only(filter);
        return new GoCatalog(programs.stream().filter(program -> ports.examples().contains(program.javaPort())).toList());
    }

    /** The program with this id ({@code waitgroups/SideBySide.go}), if the catalog has it. */
    public Optional<GoProgram> find(String id) {
        return programs.stream().filter(program -> program.id().equals(id)).findFirst();
    }
}
