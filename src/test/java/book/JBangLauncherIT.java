package book;

import book.run.CapturedRun;
import book.run.ProcessCapture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reader's path: {@code ./jbang script args} finds a JDK 25, fetches JBang and runs the script (a JVM or two, seconds). */
class JBangLauncherIT {

    @Test
    void launcherRunsAScriptWithItsArgumentsOnJdk25() {
        TestBook book = TestBook.fromSystemProperties();
        CapturedRun run = ProcessCapture.run(
                List.of(book.root().resolve("jbang").toString(), "src/test/fixtures/launcher/Hello.java", "a", "b"),
                book.root(), Map.of(), Duration.ofMinutes(3));
        assertEquals(0, run.exitCode(), () -> String.join("\n", run.stderr()));
        assertEquals(List.of("Hello from a JDK 25 or newer with a,b"), run.stdout());
    }
}
