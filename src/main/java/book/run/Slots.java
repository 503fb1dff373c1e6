package book.run;

import book.expect.Expectation;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Lets examples start by what the running ones use, not by their count: an example that sleeps or waits leaves its
 * core to the next one, so examples overlap beyond the number of cores, while what this JVM's child processes
 * (examples, JBang) want of the CPU, measured by {@link CpuMeter} over the last moments, stays within the cores.
 *
 * <p>Examples whose checks are about time keep their guarantees: beside a {@link Demand#TIMED} example at most
 * the other cores are busy, so one stays free for it; an {@link Demand#ALONE} example starts only when nothing
 * else uses the CPU, and nothing starts while it runs.
 *
 * <p>Every process it lets start goes into its {@link Schedule}, with when it asked, started and ended.
 *
 * <p>{@code slots.use(Demand.of(expectation), new Schedule.Job(id, FIRST, "run"), started -> ProcessCapture.run(...,
 * started))}
 */
public final class Slots {

    /** What an example needs from the machine while it runs. */
    public enum Demand {
        /** Any core, beside anything. */
        SHARED,
        /** Its timing is checked: one core stays free for it while it runs. */
        TIMED,
        /** It needs every core: it starts when nothing is busy, and nothing starts beside it. */
        ALONE;

        public static Demand of(Expectation expectation) {
            return expectation.alone() ? ALONE : expectation.timingSensitive() ? TIMED : SHARED;
        }
    }

    /** How far back the CPU use of the running processes is measured. */
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(300);
    /** A process using less than this share of a core counts as idle. */
    private static final double IDLE = 0.25;
    /** Examples at most in flight per core, sleeping or not: a bound on memory, not on CPU. */
    private static final int IN_FLIGHT_PER_CORE = 4;

    private final int cores;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final ArrayDeque<Object> waiting = new ArrayDeque<>();
    private final Map<Demand, Integer> running = new HashMap<>();
    /** Start times of the examples whose CPU use the last window cannot show yet. */
    private final ArrayDeque<Long> recentStarts = new ArrayDeque<>();
    private final CpuMeter meter = new CpuMeter(WINDOW_NANOS);
    private final Schedule schedule;

    /** @param cores how many cores the examples may keep busy at once, at least one */
    public Slots(int cores) {
        this(cores, new Schedule());
    }

    /**
     * @param cores    how many cores the examples may keep busy at once, at least one
     * @param schedule where each process that starts is recorded
     */
    public Slots(int cores, Schedule schedule) {
        if (cores < 1) {
            throw new IllegalArgumentException("at least one core, not " + cores);
        }
        this.cores = cores;
        this.schedule = schedule;
    }

    /**
     * Runs {@code work}, the process {@code job}, once the machine has room for what it demands; {@code work} tells
     * the consumer it is given which process it started.
     */
    public <T> T use(Demand demand, Schedule.Job job, Function<Consumer<ProcessHandle>, T> work) {
        long asked = schedule.now();
        acquire(demand);
        long started = schedule.started();
        try {
            return work.apply(process -> { });
        } finally {
            schedule.ended(job, demand, asked, started);
            release(demand);
        }
    }

    /** Where the processes this lets start are recorded. */
    Schedule schedule() {
        return schedule;
    }

    private void acquire(Demand demand) {
        Object ticket = new Object();
        lock.lock();
        try {
            waiting.addLast(ticket);
            try {
                while (!mayStart(ticket, demand)) {
                    changed.await(50, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to start an example", e);
            } finally {
                waiting.remove(ticket);
            }
            running.merge(demand, 1, Integer::sum);
            recentStarts.addLast(System.nanoTime());
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void release(Demand demand) {
        lock.lock();
        try {
            running.merge(demand, -1, Integer::sum);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** First come, first served; whether the first may start depends on what runs and how busy the CPU is. */
    private boolean mayStart(Object ticket, Demand demand) {
        if (waiting.peekFirst() != ticket) {
            return false;
        }
        int inFlight = running.values().stream().mapToInt(Integer::intValue).sum();
        if (inFlight == 0) {
            return true;
        }
        if (running.getOrDefault(Demand.ALONE, 0) > 0 || inFlight >= IN_FLIGHT_PER_CORE * cores) {
            return false;
        }
        double busy = busyCores();
        if (demand == Demand.ALONE) {
            return running.getOrDefault(Demand.TIMED, 0) == 0 && busy <= IDLE;
        }
        int reserved = running.getOrDefault(Demand.TIMED, 0) > 0 ? 1 : 0;
        return busy + 1 <= cores - reserved + IDLE;
    }

    /** The cores this JVM's children wanted over the last window, counting each just-started example as one more. */
    private double busyCores() {
        long now = System.nanoTime();
        while (!recentStarts.isEmpty() && now - recentStarts.peekFirst() > WINDOW_NANOS) {
            recentStarts.removeFirst();
        }
        return meter.cores() + recentStarts.size();
    }
}
