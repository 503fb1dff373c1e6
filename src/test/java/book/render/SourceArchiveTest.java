package book.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The archive is unpacked with the system's own {@code tar}, as a reader would. */
class SourceArchiveTest {

    private static final String LONG = "src/main/java/" + "very-long-folder-name/".repeat(5) + "AFileWhosePathIsOverAHundredBytes.java";

    @TempDir
    Path root;
    @TempDir
    Path unpacked;

    @Test
    void theArchiveHoldsTheTreeWithoutTargetAndGitAndKeepsExecutableBits() throws Exception {
        write("README.adoc", "= Book\n");
        write("mvnw", "#!/bin/sh\n");
        Files.setPosixFilePermissions(root.resolve("mvnw"), PosixFilePermissions.fromString("rwxr-xr-x"));
        write(LONG, "class A {}\n");
        write("target/site/index.html", "built");
        write(".git/HEAD", "ref");
        write("examples/target/Kept.java", "a folder named target below the top is source");
        Path archive = root.resolve("target/site/" + SourceArchive.FILE);

        SourceArchive.write(root, archive);

        assertEquals(List.of("README.adoc", "examples/target/Kept.java", "mvnw", LONG),
                SourceArchive.files(root).stream().map(Path::toString).toList());
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        String said = new String(tar.getInputStream().readAllBytes());
        assertTrue(tar.waitFor(30, TimeUnit.SECONDS) && tar.exitValue() == 0, "tar: " + said);
        Path folder = unpacked.resolve(SourceArchive.FOLDER);
        assertEquals("= Book\n", Files.readString(folder.resolve("README.adoc")));
        assertEquals("class A {}\n", Files.readString(folder.resolve(LONG)));
        assertTrue(Files.isExecutable(folder.resolve("mvnw")), "mvnw lost its executable bit");
        assertFalse(Files.isExecutable(folder.resolve("README.adoc")));
        assertFalse(Files.exists(folder.resolve("target")), "target/ was archived");
        assertFalse(Files.exists(folder.resolve(".git")), ".git/ was archived");
    }

    @Test
    void anUnchangedTreeLeavesTheArchiveAloneAndAChangedOneRewritesIt() throws IOException {
        write("README.adoc", "= Book\n");
        Path archive = root.resolve("target/site/" + SourceArchive.FILE);
        SourceArchive.write(root, archive);
        byte[] first = Files.readAllBytes(archive);
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(archive, old);

        SourceArchive.write(root, archive);
        assertEquals(old, Files.getLastModifiedTime(archive), "an unchanged tree rewrote the archive");

        write("README.adoc", "= Book, changed\n");
        SourceArchive.write(root, archive);
        assertNotEquals(old, Files.getLastModifiedTime(archive));
        assertFalse(java.util.Arrays.equals(first, Files.readAllBytes(archive)));
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
