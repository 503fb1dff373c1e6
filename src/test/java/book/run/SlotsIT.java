package book.run;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Examples start by what the running ones use: sleepers overlap beyond the cores, an ALONE one waits for quiet. */
class SlotsIT {

    @Test
    void sleepingExamplesOverlapBeyondTheCoreCount() throws InterruptedException {
        var slots = new Slots(1);
        var running = new AtomicInteger();
        var peak = new AtomicInteger();
        var threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, new Schedule.Job("sleeper", Schedule.Purpose.FIRST, "run"), started -> {
                peak.accumulateAndGet(running.incrementAndGet(), Math::max);
                ProcessCapture.run(List.of("sleep", "2"), Path.of("."), Map.of(), Duration.ofSeconds(30));
                return running.decrementAndGet();
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertEquals(3, peak.get(), "three sleepers on one core should all have run at once");
    }

    @Test
    void anAloneExampleWaitsWhileAnotherKeepsACoreBusy() throws InterruptedException {
        var slots = new Slots(2);
        var busyStarted = new CountDownLatch(1);
        var busyDone = new CountDownLatch(1);
        Thread busy = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, new Schedule.Job("busy", Schedule.Purpose.FIRST, "run"), started -> {
            busyStarted.countDown();
            CapturedRun run = ProcessCapture.run(List.of("bash", "-c", "end=$((SECONDS+3)); while [ $SECONDS -lt $end ]; do :; done"),
                    Path.of("."), Map.of(), Duration.ofSeconds(30));
            busyDone.countDown();
            return run;
        }));
        busyStarted.await();
        var aloneStartedWhileBusy = new AtomicInteger(-1);
        Thread alone = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.ALONE, new Schedule.Job("alone", Schedule.Purpose.FIRST, "run"), started -> {
            aloneStartedWhileBusy.set(busyDone.getCount() > 0 ? 1 : 0);
            return null;
        }));
        alone.join(TimeUnit.SECONDS.toMillis(30));
        busy.join();
        assertEquals(0, aloneStartedWhileBusy.get(), "the ALONE example started beside a busy one");
    }

    @Test
    void atLeastOneCore() {
        assertFalse(tryCores(0));
        assertTrue(tryCores(1));
    }

    private static boolean tryCores(int cores) {
        try {
            new Slots(cores);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
