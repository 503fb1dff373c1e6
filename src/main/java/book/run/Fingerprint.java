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
 * arguments and the JDK it ran on. Two runs with the same fingerprint ran the same program.
 *
 * <p>{@code Fingerprint.of(example, source, List.of("examples/waitgroups/data/a.txt"))}
 */
final class Fingerprint {

    private Fingerprint() {
    }

    static String of(Example example, String source, List<String> args) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "jdk " + Runtime.version());
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
