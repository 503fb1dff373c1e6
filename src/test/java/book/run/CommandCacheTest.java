package book.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A remembered command is used only while its java launcher and every classpath entry still exist. */
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
    void knowsNothingItWasNotTold(@TempDir Path directory) {
        assertTrue(new CommandCache(directory).load("other").isEmpty());
    }
}
