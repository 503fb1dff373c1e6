package book.expect;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DurationRangeTest {

    @Test
    void closedRangeIncludesBothEnds() {
        DurationRange range = DurationRange.parse("0.9s..1.5s");
        assertTrue(range.contains(Duration.ofMillis(900)));
        assertTrue(range.contains(Duration.ofMillis(1500)));
        assertTrue(range.contains(Duration.ofMillis(1004)));
    }

    @Test
    void closedRangeExcludesValuesOutside() {
        DurationRange range = DurationRange.parse("0.9s..1.5s");
        assertFalse(range.contains(Duration.ofMillis(899)));
        assertFalse(range.contains(Duration.ofNanos(1_500_000_001)));
    }

    @Test
    void openLowerEndAcceptsAnythingUpToTheMaximum() {
        DurationRange range = DurationRange.parse("..2s");
        assertNull(range.min());
        assertTrue(range.contains(Duration.ZERO));
        assertFalse(range.contains(Duration.ofMillis(2001)));
    }

    @Test
    void openUpperEndAcceptsAnythingFromTheMinimum() {
        DurationRange range = DurationRange.parse("250ms..");
        assertNull(range.max());
        assertTrue(range.contains(Duration.ofHours(3)));
        assertFalse(range.contains(Duration.ofMillis(249)));
    }

    @Test
    void unitsInRangesIncludeMicrosecondsAndMinutes() {
        assertEquals(new DurationRange(Duration.ofNanos(15_600), Duration.ofSeconds(90)), DurationRange.parse("15.6µs..1m30s"));
        assertEquals(new DurationRange(Duration.ofNanos(12), Duration.ofNanos(15_000)), DurationRange.parse("12ns..15us"));
    }

    @Test
    void printsLikeAReaderWritesIt() {
        assertEquals("..2 s", DurationRange.parse("..2s").toString());
        assertEquals("0.9 s..1.5 s", DurationRange.parse("0.9s..1.5s").toString());
        assertEquals("1 ms..", DurationRange.parse("1ms..").toString());
    }

    @Test
    void rejectsTextWithoutDots() {
        assertThrows(IllegalArgumentException.class, () -> DurationRange.parse("2s"));
    }

    @Test
    void rejectsARangeWithNeitherEnd() {
        assertThrows(IllegalArgumentException.class, () -> DurationRange.parse(".."));
    }

    @Test
    void rejectsAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> DurationRange.parse("2s..1s"));
    }

    @Test
    void rejectsAnUnknownUnit() {
        assertThrows(IllegalArgumentException.class, () -> DurationRange.parse("1sec..2sec"));
    }
}
