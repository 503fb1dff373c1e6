package book.timeline;

/**
 * One recorded stretch of a thread's life, in nanoseconds from the start of {@code main}.
 *
 * @param detail what the thread waited on, such as {@code CountDownLatch$Sync}, or empty
 */
public record Span(ThreadState state, long from, long to, String detail) {

    public long length() {
        return to - from;
    }
}
