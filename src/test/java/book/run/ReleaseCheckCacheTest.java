package book.run;

import book.find.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReleaseCheckCacheTest {

    @Test
    void aRecordedPassHoldsOnlyWhileScriptReleaseAndClasspathAreUnchanged(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("examples/chapter"));
        Path script = root.resolve("examples/chapter/Hello.java");
        Files.writeString(script, "//JAVA 21+\nclass Hello { public static void main(String[] a) {} }\n");
        var example = new Example(root, Path.of("examples/chapter/Hello.java"));
        var cache = new ReleaseCheckCache(root.resolve("target/book/release-checks"));
        var check = new ReleaseCheck(example, 21, "");

        assertFalse(cache.passed(check), "nothing recorded yet");
        cache.recordPass(check);
        assertTrue(cache.passed(check));
        assertFalse(cache.passed(new ReleaseCheck(example, 17, "")), "another release");
        assertFalse(cache.passed(new ReleaseCheck(example, 21, root.resolve("lib.jar").toString())),
                "another classpath");

        Files.writeString(script, Files.readString(script) + "// edited\n");
        assertFalse(cache.passed(check), "the script changed");
    }

    @Test
    void aChangedJarOnTheClasspathIsNotTheSameCheck(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("examples/chapter"));
        Files.writeString(root.resolve("examples/chapter/Deps.java"), "//JAVA 21+\n//DEPS a:b:1\n");
        Path jar = Files.writeString(root.resolve("lib.jar"), "one");
        var check = new ReleaseCheck(new Example(root, Path.of("examples/chapter/Deps.java")), 21, jar.toString());
        var cache = new ReleaseCheckCache(root.resolve("checks"));
        cache.recordPass(check);
        assertTrue(cache.passed(check));

        Files.writeString(jar, "a longer jar");
        assertFalse(cache.passed(check));
    }
}
