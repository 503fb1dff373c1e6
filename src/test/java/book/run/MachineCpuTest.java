package book.run;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MachineCpuTest {

    @Test
    void idleAndIowaitAreNotBusyEverythingElseIs() {
        var ticks = MachineCpu.parse("cpu  100 5 30 800 40 2 3 20 0 0");
        assertEquals(160, ticks.busy());
        assertEquals(1000, ticks.all());
    }

    @Test
    void theBusyShareIsOfTheTicksBetweenTwoReadings() {
        var start = new MachineCpu.Ticks(1000, 5000);
        assertEquals(0.75, new MachineCpu.Ticks(1750, 6000).busySince(start), 1e-9);
        assertEquals(0, start.busySince(start));
    }
}
