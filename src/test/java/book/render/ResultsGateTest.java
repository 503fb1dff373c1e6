package book.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultsGateTest {

    @TempDir
    Path dir;

    @Test
    void theWaiterWaitsUntilTheBuildOpensItsGate() throws InterruptedException {
        var gate = new ResultsGate(dir.resolve("book/ebooks-results.gate"), "b1");
        assertFalse(gate.isOpen());
        long start = System.nanoTime();
        Thread build = Thread.ofPlatform().start(() -> {
            sleep(250);
            gate.open();
        });
        assertTrue(gate.await(ProcessHandle.current()));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(200).toNanos(), "returned before the gate opened");
        build.join();
    }

    @Test
    void aGateOpenedByAnotherBuildIsNotThisBuildsGate() throws IOException, InterruptedException {
        new ResultsGate(dir.resolve("ebooks-results.gate"), "earlier").open();
        var gate = new ResultsGate(dir.resolve("ebooks-results.gate"), "b2");
        assertFalse(gate.isOpen());
        // The build that would open it ends instead: the waiter gives up rather than reading results that are not final.
        Process build = new ProcessBuilder("sleep", "0.25").start();
        long start = System.nanoTime();
        assertFalse(gate.await(build.toHandle()));
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(150).toNanos(), "gave up before the build ended");
        build.waitFor();
    }

    @Test
    void theGateIsTheBuildsNameAloneOnOneLine() throws IOException {
        // What the pom's ebooks-results-final writes with bash.
        Files.write(dir.resolve("gate"), List.of("20261129-170102.123"));
        assertTrue(new ResultsGate(dir.resolve("gate"), "20261129-170102.123").isOpen());
        assertFalse(new ResultsGate(dir.resolve("gate"), "20261129-170102").isOpen());
        // What the test JVM writes when the book's results are final before the tests end: the same line.
        new ResultsGate(dir.resolve("opened"), "20261129-170102.123").open();
        assertEquals(List.of("20261129-170102.123"), Files.readAllLines(dir.resolve("opened")));
        assertFalse(Files.exists(dir.resolve("opened.part")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
