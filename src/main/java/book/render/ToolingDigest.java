package book.render;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A digest of the renderer itself: the book's compiled classes and resources and the names (so the versions) of
 * every library on the class path, Asciidoctor's included. A change to any of them re-renders every output.
 *
 * <p>{@code ToolingDigest.of(SiteRenderer.class)}
 */
final class ToolingDigest {

    private ToolingDigest() {
    }

    static String of(Class<?> anchor) {
        var digest = new Digest().text("java", System.getProperty("java.version"));
        try {
            Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(classes)) {
                try (Stream<Path> files = Files.walk(classes)) {
                    files.filter(Files::isRegularFile).sorted().forEach(file -> digest.file(classes, file));
                }
            } else {
                digest.file(classes.getParent(), classes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            digest.text("library", Path.of(entry).getFileName().toString());
        }
        return digest.hex();
    }
}
