package book.expect;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OutcomeClassTest {

    private static Outcome outcome(OutcomeClass kind, int share) {
        return new Outcome(kind, share, "label", "any run", run -> true, 3);
    }

    @Test
    void acceptableAllowsAnyCount() {
        assertNull(OutcomeClass.ACCEPTABLE.violation(outcome(OutcomeClass.ACCEPTABLE, 0), 0, 10));
        assertNull(OutcomeClass.ACCEPTABLE.violation(outcome(OutcomeClass.ACCEPTABLE, 0), 10, 10));
    }

    @Test
    void interestingNeedsOneRunOrItsShare() {
        assertEquals("seen in 0 of 10 runs; it must be seen in at least one",
                OutcomeClass.INTERESTING.violation(outcome(OutcomeClass.INTERESTING, 0), 0, 10));
        assertNull(OutcomeClass.INTERESTING.violation(outcome(OutcomeClass.INTERESTING, 0), 1, 10));
        assertEquals("seen in 2 of 10 runs; it must be seen in at least 25% of them (3)",
                OutcomeClass.INTERESTING.violation(outcome(OutcomeClass.INTERESTING, 25), 2, 10));
        assertNull(OutcomeClass.INTERESTING.violation(outcome(OutcomeClass.INTERESTING, 25), 3, 10));
    }

    @Test
    void forbiddenAllowsNoRun() {
        assertNull(OutcomeClass.FORBIDDEN.violation(outcome(OutcomeClass.FORBIDDEN, 0), 0, 10));
        assertEquals("seen in 1 of 10 runs; it must be seen in none",
                OutcomeClass.FORBIDDEN.violation(outcome(OutcomeClass.FORBIDDEN, 0), 1, 10));
    }

    @Test
    void classesAreListedForMessages() {
        assertEquals("acceptable, interesting and forbidden", OutcomeClass.list());
    }
}
