package book.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Examples start by what the running ones use: sleepers overlap beyond the cores, an ALONE one waits for quiet, the
 * SHARED ones run at a lower priority than a TIMED one, counting what its own process uses as its; and in the plan's
 * order, its first examples before all others.
 * Other test classes run beside this one and start processes of their own: these Slots measure only the processes
 * they let start ({@link Slots#measuringOwnProcesses}); the decisions are those of the build's Slots.
 */
@Timeout(120) // a scheduler that never lets a process start fails instead of hanging the build
class SlotsIT {

    @Test
    void sleepingExamplesOverlapBeyondTheCoreCount() throws InterruptedException {
        var slots = slots(1);
        var running = new AtomicInteger();
        var peak = new AtomicInteger();
        var threads = new Thread[3];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, new Schedule.Job("sleeper", Schedule.Purpose.FIRST, "run"), () -> {
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
    void anAloneExampleWaitsWhileAnotherKeepsACoreBusy(@TempDir Path directory) throws InterruptedException {
        var slots = slots(2);
        // Longer than the two windows of the meter (600 ms) in which the process counts as busy before it is measured.
        var spin = new Spin(Duration.ofSeconds(1), directory.resolve("spinning"));
        var busyStarted = new CountDownLatch(1);
        Thread busy = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, job("busy"), () -> {
            busyStarted.countDown();
            return spin.run();
        }));
        busyStarted.await();
        var aloneStartedWhileBusy = new AtomicInteger(-1);
        Thread alone = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.ALONE, job("alone"), () -> {
            aloneStartedWhileBusy.set(spin.stillSpins() ? 1 : 0);
            return null;
        }));
        alone.join(TimeUnit.SECONDS.toMillis(30));
        busy.join();
        assertEquals(0, aloneStartedWhileBusy.get(), "the ALONE example started beside a busy one");
    }

    @Test
    void theFirstExamplesOfThePlanRunBeforeAnyOther() throws InterruptedException {
        var slots = Slots.measuringOwnProcesses(2, new Schedule(), List.of("alone", "other"), Set.of("alone"));
        var order = new ConcurrentLinkedQueue<String>();
        Thread other = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, job("other"), () -> {
            order.add("other started");
            return null;
        }));
        Thread.sleep(500);
        Thread alone = Thread.ofPlatform().start(() -> {
            slots.use(Slots.Demand.ALONE, job("alone"), () -> order.add("alone ran"));
            slots.finished("alone");
        });
        other.join();
        alone.join();
        assertEquals(List.of("alone ran", "other started"), List.copyOf(order),
                "an example started before the plan's first one, which asked later, had run");
    }

    @Test
    void waitingProcessesStartInThePlansOrderNotInTheOrderTheyAsked() throws InterruptedException {
        var slots = Slots.measuringOwnProcesses(1, new Schedule(), List.of("a", "b", "blocker"), Set.of());
        var order = new ConcurrentLinkedQueue<String>();
        var blocking = new CountDownLatch(1);
        // Nothing starts beside an ALONE process: the blocker holds the others back without using a core.
        Thread blocker = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.ALONE, job("blocker"), () -> {
            blocking.countDown();
            return ProcessCapture.run(List.of("sleep", "2"), Path.of("."), Map.of(), Duration.ofSeconds(30));
        }));
        blocking.await();
        Thread b = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, job("b"), () -> order.add("b")));
        Thread.sleep(500);
        Thread a = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, job("a"), () -> order.add("a")));
        for (Thread thread : List.of(blocker, a, b)) {
            thread.join();
        }
        assertEquals(List.of("a", "b"), List.copyOf(order), "b asked first, but a comes first in the plan");
    }

    /**
     * A SHARED process runs at a lower priority than the TIMED and ALONE ones, so that a TIMED one that wakes beside
     * SHARED ones gets a core at once: {@code nice} without arguments prints the priority it runs at.
     */
    @Test
    void theSharedExamplesRunAtALowerPriority() {
        var slots = slots(2);
        var niceness = new EnumMap<Slots.Demand, List<String>>(Slots.Demand.class);
        for (Slots.Demand demand : Slots.Demand.values()) {
            niceness.put(demand, slots.use(demand, job(demand.name()), () ->
                    ProcessCapture.run(List.of("nice"), Path.of("."), Map.of(), Duration.ofSeconds(30))).stdout());
        }
        int own = ownNiceness();
        assertEquals(Map.of(Slots.Demand.SHARED, List.of(Integer.toString(Math.min(19, own + 5))),
                        Slots.Demand.TIMED, List.of(Integer.toString(own)),
                        Slots.Demand.ALONE, List.of(Integer.toString(own))),
                Map.copyOf(niceness), "the priority each demand's process ran at");
    }

    /**
     * The niceness of a process started outside the slots: this JVM's own, which its children start from; nice stops
     * at 19.
     */
    private static int ownNiceness() {
        var run = ProcessCapture.run(List.of("nice"), Path.of("."), Map.of(), Duration.ofSeconds(30));
        return Integer.parseInt(run.stdout().getFirst().strip());
    }

    /**
     * A process counts as a core from the moment it is let start until the meter shows it: a spawn that takes longer
     * than the meter's window (seen on a loaded machine) hides nothing.
     */
    @Test
    void aProcessSlowToStartCountsAsBusyUntilItIsMeasured(@TempDir Path directory) throws InterruptedException {
        var slots = slots(1);
        var spin = new Spin(Duration.ofSeconds(1), directory.resolve("spinning"));
        Thread slow = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, job("slow"), () -> {
            try {
                Thread.sleep(1500); // windows of the meter pass before the process is there
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return spin.run();
        }));
        Thread.sleep(700);
        var startedBeside = new AtomicInteger(-1);
        Thread other = Thread.ofPlatform().start(() -> slots.use(Slots.Demand.SHARED, job("other"), () -> {
            startedBeside.set(spin.stillSpins() ? 1 : 0);
            return null;
        }));
        slow.join();
        other.join();
        assertEquals(0, startedBeside.get(), "an example started on the one core before the slow one's process had run");
    }

    @Test
    void theProcessAJobStartsCountsForItsDemand() {
        var slots = slots(2);
        var owners = slots.use(Slots.Demand.TIMED, job("timed"), () -> {
            ProcessCapture.run(List.of("true"), Path.of("."), Map.of(), Duration.ofSeconds(30));
            return slots.owners();
        });
        assertEquals(List.of(Slots.Demand.TIMED), List.copyOf(owners.values()),
                "the process the TIMED job started is not counted as TIMED");
        assertTrue(slots.owners().isEmpty(), "a process that ended still counts");
    }

    private static Slots slots(int cores) {
        return Slots.measuringOwnProcesses(cores, new Schedule(), List.of(), Set.of());
    }

    private static Schedule.Job job(String example) {
        return new Schedule.Job(example, Schedule.Purpose.FIRST, "run");
    }

    /**
     * A process whose child keeps a core busy for {@code length}, which counts as the process's own use; it creates
     * {@code started} just before. Whether it still spins when another example starts is known for certain: while the
     * file is missing (the process was let start, so it counts as busy) or younger than {@code length}. Asking whether
     * the process, or the thread that waits for it, had ended counted the moments between the spin's end and theirs as
     * busy, when the Slots may rightly start another example (the ALONE test failed so at a load of 8.5).
     */
    private record Spin(Duration length, Path started) {

        CapturedRun run() {
            // The file is made by the shell itself, not by a touch process: a spawn more would be a wait for a core
            // more before the spin, which the meter shows only once it ended.
            String spin = ": >\"$0\" && exec timeout " + length.toMillis() / 1000.0 + " bash -c 'while :; do :; done'";
            return ProcessCapture.run(List.of("bash", "-c", spin, started.toString()), Path.of("."), Map.of(),
                    Duration.ofSeconds(30));
        }

        boolean stillSpins() {
            try {
                return Instant.now().isBefore(Files.getLastModifiedTime(started).toInstant().plus(length));
            } catch (NoSuchFileException e) {
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
