package book.expect;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DurationTextTest {

    @Test
    void readsGoStyleDurations() {
        assertEquals(Duration.ofNanos(1_000_563_257), DurationText.parse("1.000563257s"));
        assertEquals(Duration.ofNanos(15_607), DurationText.parse("15.607µs"));
        assertEquals(Duration.ofNanos(15_600), DurationText.parse("15.6us"));
        assertEquals(Duration.ofMillis(250), DurationText.parse("250ms"));
        assertEquals(Duration.ofNanos(12), DurationText.parse("12ns"));
        assertEquals(Duration.ofMillis(62_500), DurationText.parse("1m2.5s"));
        assertEquals(Duration.ofSeconds(3723), DurationText.parse("1h2m3s"));
        assertEquals(Duration.ofMillis(-1500), DurationText.parse("-1.5s"));
    }

    @Test
    void readsJavaStyleDurations() {
        assertEquals(Duration.ofNanos(1_000_500_000), DurationText.parse("PT1.0005S"));
        assertEquals(Duration.ofNanos(15_607), DurationText.parse("PT0.000015607S"));
        assertEquals(Duration.ofMillis(62_500), DurationText.parse("PT1M2.5S"));
    }

    @Test
    void rejectsTextThatIsNoDuration() {
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("1.5"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("5min"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("PTS"));
    }

    @Test
    void writesWithAUnitThatReadsAtAGlance() {
        assertEquals("1.004 s", DurationText.format(Duration.ofMillis(1004)));
        assertEquals("0.9 s", DurationText.format(Duration.ofMillis(900)));
        assertEquals("15.607 µs", DurationText.format(Duration.ofNanos(15_607)));
        assertEquals("1.5 ms", DurationText.format(Duration.ofNanos(1_500_000)));
        assertEquals("12 ns", DurationText.format(Duration.ofNanos(12)));
        assertEquals("0 s", DurationText.format(Duration.ZERO));
    }
}
