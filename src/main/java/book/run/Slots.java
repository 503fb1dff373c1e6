package book.run;

import book.expect.Expectation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Lets examples start by what the running ones use, not by their count: an example that sleeps or waits leaves its
 * core to the next one, so examples overlap beyond the number of cores, while what this JVM's child processes
 * (examples, JBang) want of the CPU, measured by {@link CpuMeter} over the last moments, stays within the cores.
 *
 * <p>Examples whose checks are about time keep their guarantees: the SHARED ones run at a lower priority ({@code nice
 * -n 5}, a third of the weight of a process at the JVM's own), so that a {@link Demand#TIMED} example that wakes
 * beside them runs at once and gets most of a core, while they use every core the TIMED ones leave idle; a TIMED one
 * starts only while the TIMED ones together leave it a core, and not beside another while the TIMED ones wait for a
 * core (other work keeps the machine busy); an {@link Demand#ALONE} example starts only when nothing else uses the CPU
 * and nothing TIMED runs, and nothing starts while it runs. The meter counts a process's wait for a core as demand,
 * so on a machine busy with other work fewer examples start, never more. (Before the priorities, the others kept
 * within the cores but one while a TIMED one ran: the 23 TIMED processes of the book's run then left a core idle for
 * most of their 16 s while they slept.)
 *
 * <p>The processes waiting for room start in the order of their examples in the run's plan, each example's later
 * runs keeping its place, except that one that may start passes those that may not (a SHARED one passes TIMED ones
 * waiting for the TIMED ones to leave them a core); the plan's {@code first} examples (the {@code @alone} ones) run
 * before any other starts, while the machine is still quiet, instead of waiting for it to drain in the middle of the
 * run. Every process it lets start goes into its {@link Schedule}, with when it asked, started and ended.
 *
 * <p>{@code slots.use(Demand.of(expectation), new Schedule.Job(id, FIRST, "run"), () -> ProcessCapture.run(...))}
 */
public final class Slots {

    /** What an example needs from the machine while it runs. */
    public enum Demand {
        /** Any core, beside anything, at a lower priority than the others. */
        SHARED,
        /** Its timing is checked: the SHARED ones yield a core to it whenever it wants one. */
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
    /**
     * How a SHARED process starts: at a lower priority, nice 5, a third of the weight of one at 0, so that a TIMED one
     * computing beside it gets three fourths of their core. Not 10, a tenth: beside two busy loops at 0, a hello world
     * at 10 then took 4 to 9 s instead of about 1 (loaded machine), which a heavier example's @timeout would not hold.
     */
    private static final List<String> BACKGROUND = List.of("nice", "-n", "5");
    /**
     * What a SHARED process the meter does not show yet counts for, in cores: mostly a JVM starting, which uses about
     * two thirds of a core (at the end of the book's run, two short examples at a time used 1.3 to 1.5 cores). Counted
     * as a whole core, as a TIMED one still is, the short examples at the end ran two at a time on two cores and the
     * examples' run left 19-22% of its core-seconds idle; counted so, three start, at the lower priority, and it
     * leaves 13-15% (CI=true ./mvnw test -Dtest=BookExamplesTest, four rounds side by side, load 3-6: 19.5, 19.1, 18.0,
     * 19.3 s to 17.9, 16.8, 17.1, 18.0 s).
     */
    private static final double YOUNG_SHARED = 0.6;
    /** Examples at most in flight per core, sleeping or not: a bound on memory, not on CPU. */
    private static final int IN_FLIGHT_PER_CORE = 4;

    /** A process waiting for room: its example's place in the plan, then first come, first served. */
    private record Ticket(int rank, long arrival, Demand demand, String example) {
    }

    /** A process let start: when, by {@link System#nanoTime()}, for what demand, and its pid once it is known. */
    private static final class Start {
        final long at = System.nanoTime();
        final Demand demand;
        final Schedule.Job job;
        final Schedule schedule;
        volatile long pid;
        /** When its process was claimed: the meter shows the process only in a window that began after that. */
        volatile long claimed;

        Start(Demand demand, Schedule.Job job, Schedule schedule) {
            this.demand = demand;
            this.job = job;
            this.schedule = schedule;
        }
    }

    /** The start whose work the current thread is doing: the first process it starts is that start's. */
    private static final ThreadLocal<Start> CLAIMING = new ThreadLocal<>();

    private final int cores;
    private final Map<String, Integer> ranks = new HashMap<>();
    /** The examples that run before any other starts, until each is finished. */
    private final Set<String> first = new HashSet<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final PriorityQueue<Ticket> waiting = new PriorityQueue<>(
            Comparator.comparingInt(Ticket::rank).thenComparingLong(Ticket::arrival));
    private long arrivals;
    private final Map<Demand, Integer> running = new HashMap<>();
    /**
     * The processes that run. Those not started yet, or started after the last complete window of the meter began,
     * count as one core wanted each ({@link #YOUNG_SHARED} for a SHARED one), since the meter does not show them yet;
     * one that ended wants nothing and leaves the list.
     */
    private final List<Start> starts = new ArrayList<>();
    private final CpuMeter meter;
    private final Schedule schedule;

    /** @param cores how many cores the examples may keep busy at once, at least one */
    public Slots(int cores) {
        this(cores, new Schedule(), List.of(), Set.of());
    }

    /**
     * @param cores    how many cores the examples may keep busy at once, at least one
     * @param schedule where each process that starts is recorded
     * @param plan     the examples' ids in the order in which they should start; others come after them
     * @param first    examples of the plan that run before any other example starts (until {@link #finished})
     */
    public Slots(int cores, Schedule schedule, List<String> plan, Set<String> first) {
        this(cores, schedule, plan, first, false);
    }

    /**
     * Slots that measure only the processes they let start, and the processes those started, instead of every child
     * of this JVM: SlotsIT runs beside other test classes, whose processes (Chromium, JBang) would otherwise count as
     * its examples' load. The decisions are the same; only what the meter sees differs.
     */
    static Slots measuringOwnProcesses(int cores, Schedule schedule, List<String> plan, Set<String> first) {
        return new Slots(cores, schedule, plan, first, true);
    }

    private Slots(int cores, Schedule schedule, List<String> plan, Set<String> first, boolean ownProcessesOnly) {
        if (cores < 1) {
            throw new IllegalArgumentException("at least one core, not " + cores);
        }
        this.cores = cores;
        this.schedule = schedule;
        for (String example : plan) {
            ranks.putIfAbsent(example, ranks.size());
        }
        this.first.addAll(first);
        this.meter = ownProcessesOnly ? new CpuMeter(WINDOW_NANOS, () -> owners().keySet()) : new CpuMeter(WINDOW_NANOS);
    }

    /** Runs {@code work}, the process {@code job}, once the machine has room for what it demands. */
    public <T> T use(Demand demand, Schedule.Job job, Supplier<T> work) {
        long asked = schedule.now();
        Start start = acquire(demand, job);
        long started = schedule.started();
        CLAIMING.set(start);
        try {
            return work.get();
        } finally {
            CLAIMING.remove();
            schedule.ended(job, demand, asked, started);
            release(demand, start);
        }
    }

    /**
     * The process {@code pid} has started: if the current thread is doing the work of a process {@link #use} let start,
     * and that one has no process yet, it is this one, and what it and its own children use counts as its demand's.
     */
    static void claim(long pid) {
        Start start = CLAIMING.get();
        if (start != null && start.pid == 0) {
            start.claimed = System.nanoTime();
            start.pid = pid;
        }
    }

    /**
     * The process {@code pid} takes the place of the one the current thread claimed for its {@link #use}, which ended
     * void for the reason {@code why}, which the schedule keeps: {@link ProcessCapture} runs a command again when its
     * JVM found its performance counters' file locked.
     */
    static void reclaim(long pid, String why) {
        Start start = CLAIMING.get();
        if (start != null && start.pid != 0) {
            start.schedule.ranAgain(start.job, why);
            start.claimed = System.nanoTime();
            start.pid = pid;
        }
    }

    /**
     * What goes before the command of the process the current thread starts for {@link #use}: {@code nice} for a
     * SHARED one, so that a TIMED one that wakes beside it gets the core at once; nothing for the others.
     */
    static List<String> priority() {
        Start start = CLAIMING.get();
        return start != null && start.pid == 0 && start.demand == Demand.SHARED ? BACKGROUND : List.of();
    }

    /** The example will ask for no more processes: the examples that came after it in the plan may go on. */
    public void finished(String example) {
        lock.lock();
        try {
            first.remove(example);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Where the processes this lets start are recorded. */
    Schedule schedule() {
        return schedule;
    }

    private Start acquire(Demand demand, Schedule.Job job) {
        var ticket = new Ticket(ranks.getOrDefault(job.example(), Integer.MAX_VALUE), 0, demand, job.example());
        lock.lock();
        try {
            ticket = new Ticket(ticket.rank(), arrivals++, demand, job.example());
            waiting.add(ticket);
            try {
                while (!mayStart(ticket)) {
                    changed.await(50, TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting to start an example", e);
            } finally {
                waiting.remove(ticket);
            }
            running.merge(demand, 1, Integer::sum);
            var start = new Start(demand, job, schedule);
            starts.add(start);
            changed.signalAll();
            return start;
        } finally {
            lock.unlock();
        }
    }

    private void release(Demand demand, Start start) {
        lock.lock();
        try {
            running.merge(demand, -1, Integer::sum);
            starts.remove(start);
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The ticket may start: it is the first in the plan's order that what runs and how busy the CPU is allow. */
    private boolean mayStart(Ticket ticket) {
        List<Ticket> inOrder = waiting.stream().sorted(waiting.comparator())
                .filter(waiter -> first.isEmpty() || first.contains(waiter.example())).toList();
        if (!inOrder.contains(ticket)) {
            return false;
        }
        Busy busy = busyCores();
        int chosen = next(inOrder.stream().map(Ticket::demand).toList(), running, busy.timed(), busy.others(),
                busy.timedWaiting() > IDLE, cores);
        return chosen >= 0 && inOrder.get(chosen) == ticket;
    }

    /**
     * Which of the processes {@code waiting}, in the plan's order, starts next: the first that {@link #roomFor} lets
     * start, so that one waiting for the TIMED ones to leave it a core does not hold back one that needs only a free
     * core; -1 when none may.
     */
    static int next(List<Demand> waiting, Map<Demand, Integer> running, double timed, double others,
                    boolean contended, int cores) {
        for (int i = 0; i < waiting.size(); i++) {
            if (roomFor(waiting.get(i), running, timed, others, contended, cores)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a process of {@code demand} may start beside the {@code running} ones (how many of each demand), while
     * the TIMED processes (and theirs) want {@code timed} cores and the others {@code others}, each process not yet
     * measured counted as one core. Nothing starts beside an ALONE one; an ALONE one only when nothing TIMED runs and
     * the CPU is idle. A TIMED one starts only while the TIMED ones together leave it a core, and not beside another
     * while the TIMED ones are {@code contended} (wait for a core). The SHARED ones together keep within the cores;
     * they run at a lower priority, so what the TIMED ones use does not count against them, nor theirs against a TIMED
     * one.
     */
    static boolean roomFor(Demand demand, Map<Demand, Integer> running, double timed, double others, boolean contended,
                           int cores) {
        int inFlight = running.values().stream().mapToInt(Integer::intValue).sum();
        if (inFlight == 0) {
            return true;
        }
        if (running.getOrDefault(Demand.ALONE, 0) > 0 || inFlight >= IN_FLIGHT_PER_CORE * cores) {
            return false;
        }
        boolean timedRunning = running.getOrDefault(Demand.TIMED, 0) > 0;
        return switch (demand) {
            case ALONE -> !timedRunning && timed + others <= IDLE;
            case TIMED -> timed + 1 <= cores + IDLE && !(timedRunning && contended);
            case SHARED -> others + 1 <= cores + IDLE;
        };
    }

    /** The processes that run, by pid, with the demand of the process each is; those not yet claimed are left out. */
    Map<Long, Demand> owners() {
        lock.lock();
        try {
            var owners = new HashMap<Long, Demand>();
            for (Start start : starts) {
                if (start.pid != 0) {
                    owners.put(start.pid, start.demand);
                }
            }
            return owners;
        } finally {
            lock.unlock();
        }
    }

    /** The cores the TIMED processes and the others wanted, and the TIMED ones' wait for a core, in cores. */
    record Busy(double timed, double others, double timedWaiting) {
    }

    /** A process let start, as {@link #busy} sees it: its pid (0 until it is known), when it was claimed, its demand. */
    record Running(long pid, long claimed, Demand demand) {
    }

    private Busy busyCores() {
        Map<Long, Double> byChild = meter.coresByChild();
        long covered = meter.windowStart();
        Map<Long, Double> waiting = meter.waitingByChild();
        List<Running> running;
        lock.lock();
        try {
            running = starts.stream().map(start -> new Running(start.pid, start.claimed, start.demand)).toList();
        } finally {
            lock.unlock();
        }
        return busy(running, byChild, waiting, covered);
    }

    /**
     * The cores this JVM's children wanted over the last complete window ({@code byChild}, which began at
     * {@code covered}), TIMED and the others, and the TIMED ones' wait for a core ({@code waitingByChild}): each child
     * counts for the demand of the process it is (or descends from), a child no process claimed for the others. A
     * process the window does not show whole (not started yet, or claimed after the window began) counts as one core,
     * a SHARED one as {@link #YOUNG_SHARED}, and only so: the part of its start-up the last sample caught is left out,
     * or it would count twice (a JVM that starts in 70 ms counted as 1.3 to 1.5 cores, and short examples ran one at a
     * time).
     */
    static Busy busy(List<Running> running, Map<Long, Double> byChild, Map<Long, Double> waitingByChild, long covered) {
        var owners = new HashMap<Long, Demand>();
        var young = new HashSet<Long>();
        double timed = 0;
        double others = 0;
        double timedWaiting = 0;
        for (Running start : running) {
            if (start.pid() != 0) {
                owners.put(start.pid(), start.demand());
            }
            // Not shown by the meter yet: its process has not started (a spawn can take longer than a window on a
            // loaded machine), or started after the window began.
            if (start.pid() == 0 || start.claimed() >= covered) {
                young.add(start.pid());
                if (start.demand() == Demand.TIMED) {
                    timed++;
                } else {
                    others += YOUNG_SHARED;
                }
            }
        }
        for (var child : byChild.entrySet()) {
            if (young.contains(child.getKey())) {
                continue;
            }
            if (owners.get(child.getKey()) == Demand.TIMED) {
                timed += child.getValue();
            } else {
                others += child.getValue();
            }
        }
        for (var child : waitingByChild.entrySet()) {
            if (owners.get(child.getKey()) == Demand.TIMED) {
                timedWaiting += child.getValue();
            }
        }
        return new Busy(timed, others, timedWaiting);
    }
}
