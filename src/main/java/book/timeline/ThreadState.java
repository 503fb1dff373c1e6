package book.timeline;

/**
 * What a thread was doing during one stretch of a recorded run, as far as Flight Recorder tells: each state but
 * {@link #RUNNING} and {@link #UNRECORDED} is one kind of JFR event, and the legend of every timeline reads this
 * table.
 *
 * <p>{@code ThreadState.SLEEPING.label()} is {@code "sleeping"}.
 */
public enum ThreadState {
    /** Between recorded waits: running, or ready and waiting for a CPU (JFR does not tell them apart). */
    RUNNING("running or ready", "running", null, "#7fb77e"),
    /**
     * Between the recorded sleeps of a virtual thread: running, ready, or parked or blocked in a way JDK 25 does not
     * record for virtual threads (it writes no {@code jdk.ThreadPark} and no {@code jdk.JavaMonitorEnter} for them).
     */
    VIRTUAL("virtual: running or waiting (parks not recorded)", "running or waiting unrecorded", null, "#cfe3c8"),
    /** {@code jdk.ThreadSleep}: {@code Thread.sleep}. */
    SLEEPING("sleeping", "sleeping", "jdk.ThreadSleep", "#8fb3de"),
    /** {@code jdk.ThreadPark}: a lock, latch, queue or executor made the thread wait. */
    PARKED("parked (lock, latch, queue)", "parked", "jdk.ThreadPark", "#e8a25c"),
    /** {@code jdk.JavaMonitorEnter}: waiting to enter a {@code synchronized} block another thread holds. */
    BLOCKED("blocked on synchronized", "blocked entering synchronized", "jdk.JavaMonitorEnter", "#d9534f"),
    /** {@code jdk.JavaMonitorWait}: {@code Object.wait}. */
    WAITING("in Object.wait", "waiting in Object.wait", "jdk.JavaMonitorWait", "#b07cc6"),
    /** {@code jdk.VirtualThreadPinned}: a virtual thread that blocked while it could not leave its carrier. */
    PINNED("pinned to its carrier", "pinned to its carrier", "jdk.VirtualThreadPinned", "#6d4c41"),
    /** Alive when the JVM exited, after its last recorded event: a wait still in progress is never written. */
    UNRECORDED("not recorded (alive at exit)", "not recorded", null, "#d0d0d0");

    private final String label;
    private final String verb;
    private final String event;
    private final String colour;

    ThreadState(String label, String verb, String event, String colour) {
        this.label = label;
        this.verb = verb;
        this.event = event;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    /** The state in a sentence: "main is {@code parked} on CountDownLatch$Sync". */
    public String verb() {
        return verb;
    }

    /** The JFR event type that records this state, or null for the states the timeline infers. */
    String event() {
        return event;
    }

    String colour() {
        return colour;
    }

    /** The state a JFR event type stands for, or null when it is not a wait. */
    static ThreadState ofEvent(String type) {
        for (ThreadState state : values()) {
            if (type.equals(state.event)) {
                return state;
            }
        }
        return null;
    }
}
