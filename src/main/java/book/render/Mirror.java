package book.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Makes a folder of the site a copy of a source folder: copies each file whose content differs and removes the
 * files the source no longer has, so that neither a changed nor a deleted asset is ever served stale.
 *
 * <p>{@code Mirror.sync(root.resolve("site/assets"), site.resolve("assets"), Set.of("search-index.js"))}
 */
final class Mirror {

    private Mirror() {
    }

    /** @param generated names of files in {@code to} that the renderer writes itself and that must stay */
    static void sync(Path from, Path to, Set<String> generated) {
        try {
            if (Files.isDirectory(from)) {
                try (Stream<Path> files = Files.walk(from)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        Path target = to.resolve(from.relativize(file).toString());
                        if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(target))) {
                            Files.createDirectories(target.getParent());
                            Files.copy(file, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
            if (Files.isDirectory(to)) {
                try (Stream<Path> files = Files.walk(to)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        String relative = to.relativize(file).toString();
                        if (!generated.contains(relative) && !Files.isRegularFile(from.resolve(relative))) {
                            Files.delete(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
