package book.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of the inputs of one rendered output, fed piece by piece, each piece named so that moving
 * a byte from one input to the next changes the digest.
 *
 * <p>{@code new Digest().text("only", only).file(root, page).hex()}
 */
final class Digest {

    private final MessageDigest sha;

    Digest() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Adds a named piece of text. */
    Digest text(String name, String value) {
        piece(name, value.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Adds a file's content, named by its path relative to {@code root}; a missing file counts as absent. */
    Digest file(Path root, Path file) {
        String name = root.relativize(file).toString().replace('\\', '/');
        try {
            piece(name, Files.isRegularFile(file) ? Files.readAllBytes(file) : "(absent)".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String hex() {
        return HexFormat.of().formatHex(sha.digest());
    }

    private void piece(String name, byte[] bytes) {
        sha.update(name.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Long.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
    }
}
