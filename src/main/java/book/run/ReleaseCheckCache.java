package book.run;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Remembers which release checks passed, like the stored example results: a check whose script text, release,
 * {@code //DEPS} classpath (each jar's path, size and time), JDK and checker class are as they were when it passed
 * is not compiled again. Only passes are kept, so a failing script is compiled, and reported, every time.
 *
 * <p>{@code new ReleaseCheckCache(Path.of("target/book/release-checks")).passed(check)}
 */
public final class ReleaseCheckCache {

    /** A digest of the checker's own class: a change to how scripts are checked re-checks every script. */
    private static final String CHECKER = checkerDigest();

    private final Path directory;

    public ReleaseCheckCache(Path directory) {
        this.directory = directory;
    }

    /** Whether this very check, with everything it depends on unchanged, passed before. */
    public boolean passed(ReleaseCheck check) {
        Path file = file(check);
        try {
            return Files.isRegularFile(file) && Files.readString(file).equals(fingerprint(check));
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the check passed just now. */
    public void recordPass(ReleaseCheck check) {
        try {
            Path file = file(check);
            Files.createDirectories(file.getParent());
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, fingerprint(check));
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the release check of " + check.example().displayPath(), e);
        }
    }

    private Path file(ReleaseCheck check) {
        return directory.resolve(check.example().displayPath().replace('/', '_').replace('\\', '_') + ".pass");
    }

    static String fingerprint(ReleaseCheck check) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "checker " + CHECKER);
            update(digest, "jdk " + System.getProperty("java.home") + " " + Runtime.version());
            update(digest, "release " + check.release());
            update(digest, "script " + check.example().displayPath());
            update(digest, Files.readString(check.example().file()));
            update(digest, "classpath " + check.classpath());
            if (!check.classpath().isEmpty()) {
                for (String entry : check.classpath().split(File.pathSeparator)) {
                    Path jar = Path.of(entry);
                    update(digest, Files.exists(jar)
                            ? entry + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis()
                            : entry + " missing");
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(check.example().displayPath() + ": cannot read the script", e);
        }
    }

    private static String checkerDigest() {
        try (InputStream in = ReleaseCheck.class.getResourceAsStream("ReleaseCheck.class")) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(in.readAllBytes());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException | NullPointerException e) {
            throw new IllegalStateException("cannot fingerprint the release checker", e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
