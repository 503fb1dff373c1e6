package book.run;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets examples run side by side, except those whose checks are about time: they run alone.
 *
 * <p>{@code slots.use(true, () -> process.run())} waits until no other example runs, then holds every slot.
 */
public final class Slots {

    private final int count;
    private final Semaphore permits;

    /** @param count how many examples may run at once, at least one */
    public Slots(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one slot, not " + count);
        }
        this.count = count;
        this.permits = new Semaphore(count, true);
    }

    /** Runs {@code work} in one slot, or in all of them when {@code alone}. */
    public <T> T use(boolean alone, Supplier<T> work) {
        int wanted = alone ? count : 1;
        permits.acquireUninterruptibly(wanted);
        try {
            return work.get();
        } finally {
            permits.release(wanted);
        }
    }
}
