package book.timeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reads the fixture's Flight Recorder recording into lanes; recording it starts a JVM, so this runs in {@code ./mvnw verify}. */
class RecordingReaderIT {

    private static RecordedRun run;

    @BeforeAll
    static void readTheFixture() {
        run = RecordingReader.read(FixtureRecording.get().recording());
    }

    private static Lane lane(String name) {
        return run.lanes().stream().filter(lane -> lane.name().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError("no lane " + name + " in " + run.lanes()));
    }

    private static List<Span> spans(String name, ThreadState state) {
        return lane(name).spans().stream().filter(span -> span.state() == state).toList();
    }

    @Test
    void mainComesFirstAndOnlyTheProgramsThreadsAreLanes() {
        assertEquals("main", run.lanes().getFirst().name());
        assertEquals(0, run.lanes().getFirst().start());
        assertEquals(Set.of("main", "sleeper", "waiter", "late"),
                run.lanes().stream().map(Lane::name).collect(Collectors.toSet()));
        assertTrue(run.jdkThreads() > 0, "the carrier of the virtual thread is counted, not drawn");
    }

    @Test
    void theSleeperSleepsAboutTwoHundredMilliseconds() {
        List<Span> sleeps = spans("sleeper", ThreadState.SLEEPING);
        assertEquals(1, sleeps.size(), lane("sleeper").toString());
        assertTrue(sleeps.getFirst().length() >= 195_000_000L, sleeps.toString());
        assertTrue(lane("sleeper").ended());
    }

    @Test
    void theWaiterIsParkedOnTheLatchUntilTheSleeperWakesIt() {
        Span sleep = spans("sleeper", ThreadState.SLEEPING).getFirst();
        Span park = spans("waiter", ThreadState.PARKED).stream().max((a, b) -> Long.compare(a.length(), b.length()))
                .orElseThrow(() -> new AssertionError(lane("waiter").toString()));
        assertEquals("CountDownLatch$Sync", park.detail());
        assertTrue(park.to() >= sleep.to() - 1_000_000, park + " ends before " + sleep);
        assertTrue(park.from() < sleep.to(), park + " starts after the sleeper woke");
    }

    @Test
    void theVirtualThreadIsCutOffAndItsSleepInProgressIsNotRecorded() {
        Lane late = lane("late");
        assertTrue(late.virtual());
        assertFalse(late.ended());
        assertEquals(run.end(), late.end());
        assertEquals(List.of(), spans("late", ThreadState.SLEEPING));
        assertTrue(lane("main").ended());
        assertTrue(lane("main").end() <= run.end());
    }
}
