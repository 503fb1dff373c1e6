package book.run;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static book.run.Slots.Demand.ALONE;
import static book.run.Slots.Demand.SHARED;
import static book.run.Slots.Demand.TIMED;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Slots' decisions over what runs and the cores its children want, without a clock (SlotsIT runs processes). */
class SlotsTest {

    @Test
    void anythingStartsOnAnIdleMachine() {
        assertTrue(Slots.roomFor(ALONE, Map.of(), 0, 2));
        assertTrue(Slots.roomFor(TIMED, Map.of(), 5, 2), "with nothing of ours running, outside load stops nothing");
    }

    @Test
    void sleepersOverlapBeyondTheCores() {
        assertTrue(Slots.roomFor(SHARED, Map.of(SHARED, 3), 0.1, 2));
        assertFalse(Slots.roomFor(SHARED, Map.of(SHARED, 8), 0.0, 2), "at most four in flight per core");
    }

    @Test
    void aStartNeedsACoreWithinTheCores() {
        assertTrue(Slots.roomFor(SHARED, Map.of(SHARED, 1), 1.0, 2));
        assertFalse(Slots.roomFor(SHARED, Map.of(SHARED, 2), 1.5, 2));
    }

    @Test
    void besideATimedExampleOneCoreStaysFree() {
        assertTrue(Slots.roomFor(SHARED, Map.of(TIMED, 1), 0.2, 2), "the TIMED one sleeps");
        assertFalse(Slots.roomFor(SHARED, Map.of(TIMED, 1), 0.5, 2));
        assertFalse(Slots.roomFor(TIMED, Map.of(TIMED, 1, SHARED, 1), 1.0, 2));
    }

    @Test
    void anAloneExampleWaitsForQuietAndNothingStartsBesideIt() {
        assertFalse(Slots.roomFor(ALONE, Map.of(SHARED, 1), 0.5, 2));
        assertTrue(Slots.roomFor(ALONE, Map.of(SHARED, 1), 0.1, 2), "beside a sleeper");
        assertFalse(Slots.roomFor(ALONE, Map.of(TIMED, 1), 0.0, 2), "never beside a TIMED one");
        assertFalse(Slots.roomFor(SHARED, Map.of(ALONE, 1), 0.0, 2));
    }
}
