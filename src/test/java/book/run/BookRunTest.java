package book.run;

import book.find.Example;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The plan: ALONE examples first, then TIMED, then the rest, each longest first by its last result; the parts of a
 * run hold each example once; a stored result stands only for an entry whose fingerprint it has.
 */
class BookRunTest {

    @Test
    void aloneThenTimedThenTheRestEachLongestFirst() {
        var demands = new LinkedHashMap<String, Slots.Demand>();
        demands.put("shortShared", Slots.Demand.SHARED);
        demands.put("longShared", Slots.Demand.SHARED);
        demands.put("shortTimed", Slots.Demand.TIMED);
        demands.put("alone", Slots.Demand.ALONE);
        demands.put("longTimed", Slots.Demand.TIMED);
        var seconds = Map.of("shortShared", 0.1, "longShared", 9.0, "shortTimed", 0.5, "alone", 0.2,
                "longTimed", 7.0);
        assertEquals(List.of("alone", "longTimed", "shortTimed", "longShared", "shortShared"),
                BookRun.plan(demands, seconds));
    }

    @Test
    void examplesWithoutAResultKeepTheCataloguesOrderAfterTheMeasuredOnes() {
        var demands = new LinkedHashMap<String, Slots.Demand>();
        demands.put("b", Slots.Demand.SHARED);
        demands.put("a", Slots.Demand.SHARED);
        demands.put("measured", Slots.Demand.SHARED);
        assertEquals(List.of("measured", "b", "a"), BookRun.plan(demands, Map.of("measured", 1.0)));
    }

    @Test
    void twoPartsMayNotHoldTheSameExample(@TempDir Path root) {
        var example = new Example(root, Path.of("examples/chapter/Twice.java"));
        var store = new ResultStore(root.resolve("results"));
        var part = new BookRun.Part<>(List.of(example), new ExampleRunner(false), store, result -> true);
        var error = assertThrows(IllegalArgumentException.class,
                () -> BookRun.start(List.of(part, part), root.resolve("schedule"), 1));
        assertEquals("two examples of one run have the id chapter/Twice", error.getMessage());
    }

    @Test
    void aStoredResultStandsOnlyForAnEntryWithItsFingerprint(@TempDir Path root) throws InterruptedException {
        var store = new ResultStore(root.resolve("results"));
        store.save(result("current", "f"));
        store.save(result("changed", "old"));
        store.save(result("unprinted", ""));
        var ran = new ConcurrentLinkedQueue<String>();
        PartRunner<String> runner = new PartRunner<>() {
            @Override
            public String kind() {
                return "entry";
            }

            @Override
            public String id(String entry) {
                return entry;
            }

            @Override
            public Slots.Demand demand(String entry) {
                return Slots.Demand.SHARED;
            }

            @Override
            public Optional<String> currentFingerprint(String entry) {
                return entry.equals("unprinted") ? Optional.empty() : Optional.of(entry.equals("current") ? "f" : "new");
            }

            @Override
            public RunResult run(String entry, Slots slots) {
                ran.add(entry);
                return result(entry, "ran");
            }
        };
        var part = new BookRun.Part<>(List.of("current", "changed", "unprinted"), runner, store, result -> true);
        try (var run = BookRun.start(List.of(part), root.resolve("schedule"), 1)) {
            assertEquals("f", run.await("current").fingerprint());
            assertEquals("ran", run.await("changed").fingerprint());
            assertEquals("ran", run.await("unprinted").fingerprint());
        }
        assertEquals(Set.of("changed", "unprinted"), Set.copyOf(ran));
        assertEquals("ran", store.load("unprinted").orElseThrow().fingerprint());
    }

    private static RunResult result(String id, String fingerprint) {
        return new RunResult(id, id, id, RunResult.Status.PASSED, 0, List.of(), List.of(), 0.1, 0, "", "", fingerprint,
                List.of(), "", 1, List.of(), List.of(), List.of());
    }
}
