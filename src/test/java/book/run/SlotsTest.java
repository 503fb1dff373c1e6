package book.run;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static book.run.Slots.Demand.ALONE;
import static book.run.Slots.Demand.SHARED;
import static book.run.Slots.Demand.TIMED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slots' decisions over what runs and the cores the TIMED processes and the others want, without a clock (SlotsIT
 * runs processes).
 */
class SlotsTest {

    @Test
    void anythingStartsWhenNothingOfOursRuns() {
        assertTrue(Slots.roomFor(ALONE, Map.of(), 0, 0, false, 2));
        assertTrue(Slots.roomFor(TIMED, Map.of(), 0, 5, false, 2), "outside load stops nothing");
    }

    @Test
    void sleepersOverlapBeyondTheCores() {
        assertTrue(Slots.roomFor(SHARED, Map.of(SHARED, 3), 0, 0.1, false, 2));
        assertFalse(Slots.roomFor(SHARED, Map.of(SHARED, 8), 0, 0, false, 2), "at most four in flight per core");
    }

    @Test
    void aStartNeedsACoreWithinTheCores() {
        assertTrue(Slots.roomFor(SHARED, Map.of(SHARED, 1), 0, 1.0, false, 2));
        assertFalse(Slots.roomFor(SHARED, Map.of(SHARED, 2), 0, 1.5, false, 2));
    }

    @Test
    void besideATimedExampleTheOthersKeepWithinTheCores() {
        assertTrue(Slots.roomFor(SHARED, Map.of(TIMED, 1), 0.05, 0.2, false, 2), "the TIMED one sleeps");
        assertTrue(Slots.roomFor(SHARED, Map.of(TIMED, 1, SHARED, 1), 1.0, 0.9, false, 2),
                "the TIMED one computes: the others run at a lower priority and leave it its core");
        assertFalse(Slots.roomFor(SHARED, Map.of(TIMED, 1, SHARED, 2), 0.05, 1.5, false, 2), "no core is free");
        assertTrue(Slots.roomFor(SHARED, Map.of(TIMED, 1), 0, 0, false, 1), "on one core too");
    }

    @Test
    void aTimedExampleStartsOnlyWhileTheTimedOnesLeaveItACore() {
        assertTrue(Slots.roomFor(TIMED, Map.of(TIMED, 1, SHARED, 1), 0.1, 0.9, false, 2), "the TIMED one sleeps");
        assertTrue(Slots.roomFor(TIMED, Map.of(TIMED, 1), 1.0, 0, false, 2), "the TIMED one computes on one core");
        assertFalse(Slots.roomFor(TIMED, Map.of(TIMED, 2), 1.5, 0, false, 2), "the TIMED ones take both cores");
        assertFalse(Slots.roomFor(TIMED, Map.of(TIMED, 1), 0.6, 0, false, 1), "on one core, only beside a sleeper");
        assertTrue(Slots.roomFor(TIMED, Map.of(SHARED, 2), 0, 2.0, false, 2),
                "the others run at a lower priority: they leave it a core");
    }

    @Test
    void whileTheTimedExamplesWaitForACoreNoOtherTimedOneStarts() {
        assertFalse(Slots.roomFor(TIMED, Map.of(TIMED, 1, SHARED, 1), 0.1, 0.9, true, 2));
        assertTrue(Slots.roomFor(TIMED, Map.of(SHARED, 1), 0, 0.9, true, 2), "none runs: it starts");
        assertTrue(Slots.roomFor(SHARED, Map.of(TIMED, 1), 0.6, 0.2, true, 2), "a SHARED one yields to it");
    }

    @Test
    void theFirstInThePlansOrderThatFitsStartsNext() {
        assertEquals(0, Slots.next(List.of(TIMED, SHARED), Map.of(SHARED, 1), 0, 0.2, false, 2));
        assertEquals(1, Slots.next(List.of(TIMED, SHARED), Map.of(TIMED, 2), 1.5, 0.1, false, 2),
                "a SHARED one passes a TIMED one waiting for the TIMED ones to leave it a core");
        assertEquals(-1, Slots.next(List.of(TIMED, SHARED), Map.of(TIMED, 2, SHARED, 1), 1.5, 1.5, false, 2));
    }

    @Test
    void anAloneExampleWaitsForQuietAndNothingStartsBesideIt() {
        assertFalse(Slots.roomFor(ALONE, Map.of(SHARED, 1), 0, 0.5, false, 2));
        assertTrue(Slots.roomFor(ALONE, Map.of(SHARED, 1), 0, 0.1, false, 2), "beside a sleeper");
        assertFalse(Slots.roomFor(ALONE, Map.of(TIMED, 1), 0, 0, false, 2), "never beside a TIMED one");
        assertFalse(Slots.roomFor(SHARED, Map.of(ALONE, 1), 0, 0, false, 2));
    }

    @Test
    void aProcessTheWindowDoesNotShowWholeCountsOnceAsWhatAStartingJvmUses() {
        var busy = Slots.busy(List.of(
                        new Slots.Running(10, 500, SHARED), // claimed after the window began at 200
                        new Slots.Running(11, 100, TIMED), // measured over the whole window
                        new Slots.Running(0, 0, SHARED)), // not started yet
                Map.of(10L, 0.4, 11L, 0.6, 12L, 0.3), // 12: a child no process claimed (JBang)
                Map.of(11L, 0.2, 12L, 0.5), 200);
        assertEquals(0.6, busy.timed(), 1e-9);
        assertEquals(0.6 + 0.6 + 0.3, busy.others(), 1e-9, "each young SHARED one counted once, as 0.6 of a core");
        assertEquals(0.2, busy.timedWaiting(), 1e-9);
        var timed = Slots.busy(List.of(new Slots.Running(0, 0, TIMED)), Map.of(), Map.of(), 200);
        assertEquals(1, timed.timed(), 1e-9, "a young TIMED one counts as a whole core");
    }

    @Test
    void threeStartingSharedExamplesRunOnTwoCoresNotFour() {
        var two = Slots.busy(List.of(new Slots.Running(0, 0, SHARED), new Slots.Running(0, 0, SHARED)), Map.of(),
                Map.of(), 200);
        assertTrue(Slots.roomFor(SHARED, Map.of(SHARED, 2), two.timed(), two.others(), false, 2));
        var three = Slots.busy(List.of(new Slots.Running(0, 0, SHARED), new Slots.Running(0, 0, SHARED),
                new Slots.Running(0, 0, SHARED)), Map.of(), Map.of(), 200);
        assertFalse(Slots.roomFor(SHARED, Map.of(SHARED, 3), three.timed(), three.others(), false, 2));
    }
}
