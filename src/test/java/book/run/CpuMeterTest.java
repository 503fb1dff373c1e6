package book.run;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each process counts for the child of this JVM it descends from. */
class CpuMeterTest {

    @Test
    void aGrandchildCountsForItsParentTheChild() {
        var parents = Map.of(30L, 20L, 20L, 1L, 21L, 1L);
        assertEquals(20L, CpuMeter.child(30, parents, 1));
        assertEquals(20L, CpuMeter.child(20, parents, 1));
        assertEquals(21L, CpuMeter.child(21, parents, 1));
    }

    @Test
    void aProcessWhoseParentIsGoneCountsForItself() {
        assertEquals(40L, CpuMeter.child(40, Map.of(), 1));
    }
}
