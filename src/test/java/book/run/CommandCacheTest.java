package book.run;

import book.find.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A remembered command is used only while its java launcher and every classpath entry still exist, a remembered
 * {@code //DEPS} classpath only while its jars do; an answer is shared with other clones of the book only when it
 * names none of the clone's folders.
 */
class CommandCacheTest {

    private static final String JAVA = ProcessHandle.current().info().command().orElseThrow();
    private static final String JAR = System.getProperty("java.class.path").split(File.pathSeparator)[0];

    @Test
    void returnsACommandWhoseFilesExist(@TempDir Path directory) {
        var cache = new CommandCache(directory);
        String command = JAVA + " -classpath " + JAR + " Main";
        cache.save("key", command);
        assertEquals(command, cache.load("key").orElseThrow());
    }

    @Test
    void forgetsACommandWhoseJarIsGone(@TempDir Path directory) {
        var cache = new CommandCache(directory);
        cache.save("key", JAVA + " -classpath " + JAR + File.pathSeparator + "/no/such/Script.jar Script");
        assertTrue(cache.load("key").isEmpty());
        assertFalse(CommandCache.filesExist("/no/such/java -classpath " + JAR + " Main"));
    }

    @Test
    void returnsAClasspathOnlyWhileEveryJarIsThere(@TempDir Path directory) {
        var cache = new CommandCache(directory);
        cache.save("here", JAR);
        cache.save("gone", JAR + File.pathSeparator + "/no/such/dependency.jar");
        assertEquals(JAR, cache.loadClasspath("here").orElseThrow());
        assertTrue(cache.loadClasspath("gone").isEmpty());
    }

    @Test
    void aClasspathAndACommandOfTheSameScriptHaveTheirOwnKeys(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("src/jbang"));
        Files.writeString(root.resolve("src/jbang/pom.xml"), "<project/>\n");
        var example = new Example(root, Path.of("examples/demo/Script.java"));
        assertNotEquals(CommandCache.key(example, "//DEPS a:b:1\n", List.of()),
                CommandCache.classpathKey(example, "//DEPS a:b:1\n"));
        assertNotEquals(CommandCache.classpathKey(example, "//DEPS a:b:1\n"),
                CommandCache.classpathKey(example, "//DEPS a:b:2\n"));
    }

    @Test
    void knowsNothingItWasNotTold(@TempDir Path directory) {
        assertTrue(new CommandCache(directory).load("other").isEmpty());
    }

    @Test
    void anotherCloneFindsACommandThatNamesNoClone(@TempDir Path home) {
        var one = new CommandCache(home.resolve("user"), home.resolve("one/target"), home.resolve("one"));
        var other = new CommandCache(home.resolve("user"), home.resolve("other/target"), home.resolve("other"));
        String command = JAVA + " -classpath " + JAR + " Main";
        one.save("key", command);
        assertEquals(command, other.load("key").orElseThrow());
        assertTrue(Files.isRegularFile(home.resolve("user/key")));
    }

    @Test
    void aCommandThatNamesItsCloneStaysInIt(@TempDir Path home) throws IOException {
        Path clone = home.resolve("one");
        Files.createDirectories(clone);
        String jar = Files.copy(Path.of(JAR), clone.resolve("Script.jar")).toString();
        var one = new CommandCache(home.resolve("user"), clone.resolve("target"), clone);
        var other = new CommandCache(home.resolve("user"), home.resolve("other/target"), home.resolve("other"));
        String command = JAVA + " -classpath " + jar + " Script";
        one.save("key", command);
        assertEquals(command, one.load("key").orElseThrow());
        assertTrue(other.load("key").isEmpty(), "another clone was given a command that names the first one");
        assertFalse(Files.exists(home.resolve("user/key")));
    }

    @Test
    void keepsACommandInTheCloneWhenTheUsersFolderCannotBeWritten(@TempDir Path home) throws IOException {
        Path user = Files.writeString(home.resolve("user"), "a file where the folder should be\n");
        var cache = new CommandCache(user, home.resolve("one/target"), home.resolve("one"));
        String command = JAVA + " -classpath " + JAR + " Main";
        cache.save("key", command);
        assertEquals(command, cache.load("key").orElseThrow());
    }
}
