package book.run;

import book.find.Example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A digest of everything an example's result depends on: the script, the files named in its
 * arguments, the JDK it ran on and the book's own tooling that checked it. Two runs with the same
 * fingerprint ran the same program and were judged the same way.
 *
 * <p>{@code Fingerprint.of(example, source, List.of("examples/waitgroups/data/a.txt"))}
 */
final class Fingerprint {

    /** A digest of the compiled classes of the finder, runner and checker: a change to them invalidates every result. */
    private static final String TOOLING = toolingDigest();

    private Fingerprint() {
    }

    private static String toolingDigest() {
        try {
            Path classes = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(classes)) {
                try (var files = Files.walk(classes)) {
                    // The renderer only draws results: changing it must not make every example run again.
                    for (Path file : files.filter(Files::isRegularFile)
                            .filter(file -> !classes.relativize(file).startsWith(Path.of("book", "render")))
                            .sorted().toList()) {
                        update(digest, classes.relativize(file).toString());
                        digest.update(Files.readAllBytes(file));
                    }
                }
            } else {
                digest.update(Files.readAllBytes(classes));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | java.net.URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the book's tooling", e);
        }
    }

    static String of(Example example, String source, List<String> args) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "jdk " + Runtime.version());
            update(digest, "tooling " + TOOLING);
            update(digest, source);
            for (String arg : args) {
                Path file = example.root().resolve(arg);
                update(digest, "arg " + arg);
                if (Files.isRegularFile(file)) {
                    digest.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
