package book.timeline;

import jdk.jfr.consumer.RecordedClass;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a Flight Recorder file written with the book's {@code timeline.jfc} into the threads of the run: their
 * starts and ends and their sleeps, parks and monitor waits, timed from the start of {@code main}.
 *
 * <p>{@code RecordedRun run = RecordingReader.read(Path.of("target/book/recordings/goroutines/TenProcesses.jfr"));}
 */
public final class RecordingReader {

    /**
     * Threads the JDK starts for itself, which the program did not ask for: the carriers and helpers of virtual
     * threads, Flight Recorder's own threads, the thread that destroys the JVM, and the usual service threads.
     */
    private static final Pattern JDK_THREADS = Pattern.compile(String.join("|",
            "ForkJoinPool-\\d+-worker-\\d+", "ForkJoinPool-\\d+-delayScheduler", "VirtualThread-unblocker",
            "JFR .*", "DestroyJavaVM", "Notification Thread", "Common-Cleaner", "Attach Listener", "Signal Dispatcher",
            "Reference Handler", "Finalizer", "Service Thread", "Monitor Deflation Thread", ".*CompilerThread\\d*",
            "Read-Poller", "Write-Poller", "process reaper", "Cleaner-\\d+", "Thread-Start-Waiter"));

    private static final String MAIN = "main";

    /** What the recording says about one thread, in absolute nanoseconds. */
    private static final class Thread {
        final long id;
        String name = "";
        boolean virtual;
        long start = Long.MIN_VALUE;
        long end = Long.MIN_VALUE;
        final List<Span> waits = new ArrayList<>();

        Thread(long id) {
            this.id = id;
        }

        boolean started() {
            return start != Long.MIN_VALUE;
        }
    }

    private final Map<Long, Thread> threads = new LinkedHashMap<>();
    private long last = Long.MIN_VALUE;
    private long first = Long.MAX_VALUE;
    private String shutdownReason = "";

    private RecordingReader() {
    }

    public static RecordedRun read(Path recording) {
        var reader = new RecordingReader();
        try (var file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                reader.add(file.readEvent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the recording " + recording, e);
        }
        return reader.run();
    }

    private void add(RecordedEvent event) {
        String type = event.getEventType().getName();
        long start = nanos(event.getStartTime());
        long end = nanos(event.getEndTime());
        first = Math.min(first, start);
        last = Math.max(last, end);
        switch (type) {
            case "jdk.ThreadStart" -> thread(event.getThread("thread")).start = start;
            case "jdk.ThreadEnd" -> thread(event.getThread("thread")).end = start;
            case "jdk.VirtualThreadStart" -> virtual(event).start = start;
            case "jdk.VirtualThreadEnd" -> virtual(event).end = start;
            case "jdk.Shutdown" -> shutdownReason = event.getString("reason");
            default -> {
                ThreadState state = ThreadState.ofEvent(type);
                if (state != null && event.getThread() != null) {
                    thread(event.getThread()).waits.add(new Span(state, start, end, detail(event)));
                }
            }
        }
    }

    /** The class the thread waited on, by its simple name: {@code CountDownLatch$Sync}, {@code Object}. */
    private static String detail(RecordedEvent event) {
        for (String field : List.of("parkedClass", "monitorClass")) {
            if (event.hasField(field) && event.getValue(field) instanceof RecordedClass waitedOn) {
                String name = waitedOn.getName();
                return name.startsWith("[") ? "an array" : name.substring(name.lastIndexOf('.') + 1);
            }
        }
        return "";
    }

    private Thread virtual(RecordedEvent event) {
        Thread thread = threads.computeIfAbsent(event.getLong("javaThreadId"), Thread::new);
        thread.virtual = true;
        if (event.getThread() != null) {
            name(thread, event.getThread());
        }
        return thread;
    }

    private Thread thread(RecordedThread recorded) {
        Thread thread = threads.computeIfAbsent(recorded.getJavaThreadId(), Thread::new);
        thread.virtual |= recorded.isVirtual();
        name(thread, recorded);
        return thread;
    }

    private static void name(Thread thread, RecordedThread recorded) {
        String name = recorded.getJavaName();
        if (thread.name.isEmpty() && name != null) {
            thread.name = name;
        }
    }

    private RecordedRun run() {
        Thread main = threads.values().stream().filter(t -> MAIN.equals(t.name) && !t.virtual).findFirst().orElse(null);
        long origin = main != null && main.started() ? main.start : first;
        var drawn = new ArrayList<Thread>();
        int jdk = 0;
        for (Thread thread : threads.values()) {
            boolean program = thread == main || thread.virtual
                    || (thread.started() && !JDK_THREADS.matcher(thread.name).matches());
            if (program) {
                drawn.add(thread);
            } else {
                jdk++;
            }
        }
        drawn.sort(Comparator.comparing((Thread t) -> t != main).thenComparingLong(t -> t.started() ? t.start : origin)
                .thenComparingLong(t -> t.id));
        long end = last - origin;
        var lanes = new ArrayList<Lane>();
        int unnamed = 0;
        for (Thread thread : drawn) {
            String name = thread.name.isEmpty() ? (thread.virtual ? "virtual " : "thread ") + ++unnamed : thread.name;
            long start = (thread.started() ? thread.start : origin) - origin;
            boolean ended = thread.end != Long.MIN_VALUE;
            long stop = ended ? thread.end - origin : end;
            lanes.add(new Lane(name, thread.virtual, start, stop, ended, spans(thread.waits, origin, start, stop)));
        }
        return new RecordedRun(lanes, end, shutdownReason, jdk);
    }

    /** The waits in time order, clipped to the thread's life; a wait that begins inside another is cut to follow it. */
    private static List<Span> spans(List<Span> waits, long origin, long start, long end) {
        var sorted = waits.stream().sorted(Comparator.comparingLong(Span::from)).toList();
        var spans = new ArrayList<Span>();
        long covered = start;
        for (Span wait : sorted) {
            long from = Math.max(covered, wait.from() - origin);
            long to = Math.min(end, wait.to() - origin);
            if (to > from) {
                spans.add(new Span(wait.state(), from, to, wait.detail()));
                covered = to;
            }
        }
        return spans;
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
