package book;

import book.render.ResultsGate;
import book.run.BookRun;
import book.run.PartRunner;
import book.run.ResultStore;
import book.run.RunResult;
import book.run.Slots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate of the ebook render, which the shared run opens once the results the book shows have all passed. */
class SharedBookRunTest {

    @TempDir
    Path dir;

    @Test
    void theGateOpensOnceEveryShownResultPassedOrWasParsed() throws Exception {
        var gate = new ResultsGate(dir.resolve("gate"), "b1");
        try (var run = run(RunResult.Status.PASSED, RunResult.Status.PARSED)) {
            assertTrue(SharedBookRun.openWhenPassed(gate, run.run(), run.parts()));
        }
        assertTrue(gate.isOpen());
    }

    @Test
    void oneFailedResultKeepsTheGateClosed() throws Exception {
        var gate = new ResultsGate(dir.resolve("gate"), "b1");
        try (var run = run(RunResult.Status.PASSED, RunResult.Status.FAILED)) {
            assertFalse(SharedBookRun.openWhenPassed(gate, run.run(), run.parts()));
        }
        assertFalse(gate.isOpen());
    }

    /** A run of one entry per status, each entry's result that status. */
    private Running run(RunResult.Status... statuses) {
        PartRunner<RunResult.Status> runner = new PartRunner<>() {
            @Override
            public String kind() {
                return "entry";
            }

            @Override
            public String id(RunResult.Status entry) {
                return entry.name();
            }

            @Override
            public Slots.Demand demand(RunResult.Status entry) {
                return Slots.Demand.SHARED;
            }

            @Override
            public Optional<String> currentFingerprint(RunResult.Status entry) {
                return Optional.empty();
            }

            @Override
            public RunResult run(RunResult.Status entry, Slots slots) {
                return new RunResult(entry.name(), entry.name(), entry.name(), entry, 0, List.of(), List.of(), 0.1, 0,
                        "", "", "", List.of(), "", 1, List.of(), List.of(), List.of());
            }
        };
        var part = new BookRun.Part<>(List.of(statuses), runner, new ResultStore(dir.resolve("results")),
                result -> false);
        return new Running(BookRun.start(List.of(part), dir.resolve("schedule"), 1), List.of(part));
    }

    private record Running(BookRun run, List<BookRun.Part<?>> parts) implements AutoCloseable {
        @Override
        public void close() {
            run.close();
        }
    }
}
