package book.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meter sees a child that computes as busy and one that sleeps as idle. */
@Isolated // it measures all of the test JVM's child processes: no other test class may start any meanwhile
class CpuMeterIT {

    @Test
    void aComputingChildWantsACoreASleepingOneNone() throws Exception {
        var meter = new CpuMeter(Duration.ofMillis(500).toNanos());
        Process sleeper = new ProcessBuilder("sleep", "5").start();
        try {
            assertTrue(measure(meter) < 0.25, "a sleeping child counted as busy");
            Process spinner = new ProcessBuilder("bash", "-c", "while :; do :; done").start();
            try {
                double busy = measure(meter);
                assertTrue(busy > 0.75, "a spinning child counted as " + busy + " cores");
            } finally {
                spinner.destroyForcibly().waitFor();
            }
        } finally {
            sleeper.destroyForcibly().waitFor();
        }
    }

    /** Two samples a window apart: the second covers only that window. */
    private static double measure(CpuMeter meter) throws InterruptedException {
        meter.cores();
        Thread.sleep(600);
        return meter.cores();
    }
}
