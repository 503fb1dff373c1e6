package book;

import book.render.ResultsGate;
import book.run.BookRun;
import book.run.RunResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one run of examples that the test classes which run them share when this JVM runs more than one of them: the
 * book's examples ({@link BookExamplesTest}), the must-fail fixtures ({@link FailingFixturesTest}), the Go programs
 * beside their ports and the must-fail Go fixtures ({@link GoProgramsTest}) and javac's release checks of the
 * examples ({@link ReleaseCheckTest}) go into one {@link BookRun}, one plan and one room, so that the fixtures, the Go
 * programs and javac use the cores the book's sleeping examples leave idle instead of running after them. A class
 * the JVM runs alone (-Dtest=BookExamplesTest) gets a run of its own, as does one this listener did not see planned.
 * The shared run's schedule goes where the book's does ({@code target/book/schedule}), the others' with it.
 *
 * <p>Registered with JUnit's launcher (META-INF/services), it sees the test plan before any class runs.
 * {@code SharedBookRun.of(BookExamplesTest.class, book)}
 */
public final class SharedBookRun implements TestExecutionListener {

    /** A test class whose entries run, with the parts of a run they make and where a run of its own writes its schedule. */
    private record Runs(Class<?> test, PartMaker parts, String schedule) {
    }

    @FunctionalInterface
    interface PartMaker {
        List<BookRun.Part<?>> make(TestBook book) throws IOException;
    }

    /**
     * The classes, and their parts in the run's plan in this order: within each demand the plan starts the entries
     * with the longest stored results first, and keeps this order among those without one (a fresh clone's run, CI's).
     * javac's release checks come first, the run's longest job at the lower priority, so that they start at once
     * instead of after every SHARED example; then the Go programs, whose builds come before their runs.
     */
    private static final List<Runs> CLASSES = List.of(
            new Runs(ReleaseCheckTest.class, book -> List.of(ReleaseCheckTest.part(book)),
                    "target/book/release-check-schedule"),
            new Runs(GoProgramsTest.class, GoProgramsTest::parts, "target/book/go-schedule"),
            new Runs(BookExamplesTest.class, book -> List.of(BookExamplesTest.part(book)), "target/book/schedule"),
            new Runs(FailingFixturesTest.class, book -> List.of(FailingFixturesTest.part(book)),
                    "target/book/fixture-schedule"));

    private static final Set<Class<?>> PLANNED = new HashSet<>();
    private static final Map<Class<?>, Joined> STARTED = new HashMap<>();

    /** A test class's parts of the run, and the run they are in. */
    record Joined(BookRun run, List<BookRun.Part<?>> parts) {

        /** The entries of the class's part {@code index}, each a {@code type}: {@code entries(0, Example.class)}. */
        <T> List<T> entries(int index, Class<T> type) {
            return parts.get(index).entries().stream().map(type::cast).toList();
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        synchronized (SharedBookRun.class) {
            for (TestIdentifier root : plan.getRoots()) {
                for (TestIdentifier test : plan.getDescendants(root)) {
                    if (test.getSource().orElse(null) instanceof ClassSource source) {
                        CLASSES.stream().map(Runs::test).filter(type -> type.getName().equals(source.getClassName()))
                                .forEach(PLANNED::add);
                    }
                }
            }
        }
    }

    /** The run that holds the examples of {@code test}, started now with those of every class planned beside it. */
    static synchronized Joined of(Class<?> test, TestBook book) {
        Joined joined = STARTED.get(test);
        if (joined != null) {
            return joined;
        }
        var joining = new ArrayList<Runs>();
        for (Runs runs : CLASSES) {
            if (runs.test() == test || (PLANNED.contains(test) && PLANNED.contains(runs.test())
                    && !STARTED.containsKey(runs.test()))) {
                joining.add(runs);
            }
        }
        var parts = new ArrayList<List<BookRun.Part<?>>>();
        try {
            for (Runs runs : joining) {
                parts.add(runs.parts().make(book));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String schedule = joining.size() == 1 ? joining.getFirst().schedule() : "target/book/schedule";
        BookRun run = BookRun.start(parts.stream().flatMap(List::stream).toList(), book.root().resolve(schedule),
                book.parallelism());
        for (int i = 0; i < joining.size(); i++) {
            STARTED.put(joining.get(i).test(), new Joined(run, parts.get(i)));
        }
        if (joining.stream().map(Runs::test).toList().containsAll(List.of(BookExamplesTest.class, GoProgramsTest.class))) {
            openTheGateOnceTheBookIsFinal(book, run, parts.stream().flatMap(List::stream)
                    .filter(part -> part.store().directory().equals(book.results().directory())).toList());
        }
        return STARTED.get(test);
    }

    /**
     * The ebook render of {@code ./mvnw verify} waits for its {@link ResultsGate}, which the pom opens once the unit
     * tests have ended; the results the book shows (the {@code parts} that write the book's results: its examples and
     * the Go programs beside them) are final before that, while the must-fail fixtures and javac's release checks still
     * run. Once every entry of those parts has passed (or, a Go program too new for this Go, been parsed), this opens
     * the gate, so that the render converts beside the rest of the run instead of after it. It opens nothing when the
     * build renders no ebooks, rewrites samples ({@code -Dbook.update}), or hunts flakes ({@code -Dbook.runs}), nor
     * when an entry failed: the build then fails, and the render ends without converting.
     */
    private static void openTheGateOnceTheBookIsFinal(TestBook book, BookRun run, List<BookRun.Part<?>> parts) {
        String file = System.getProperty("book.ebooks.gate", "");
        String build = System.getProperty("book.build", "");
        if (file.isBlank() || build.isBlank() || Boolean.parseBoolean(System.getProperty("book.ebooks.skip", "true"))
                || book.updating() || book.runs() != 1) {
            return;
        }
        var gate = new ResultsGate(Path.of(file), build);
        Thread.ofPlatform().daemon().name("book results final").start(() -> {
            if (openWhenPassed(gate, run, parts)) {
                System.out.println("The results the book shows are final: the ebook render reads them now ("
                        + gate.file() + ")");
            }
        });
    }

    /**
     * Waits for every entry of the {@code parts} of the run and opens the gate if each passed (or was parsed, a Go
     * program too new for this Go); returns whether it opened it. An entry that failed leaves it closed at once.
     */
    static boolean openWhenPassed(ResultsGate gate, BookRun run, List<BookRun.Part<?>> parts) {
        try {
            for (BookRun.Part<?> part : parts) {
                for (Object entry : part.entries()) {
                    RunResult result = run.await(entry);
                    if (!result.passed() && result.status() != RunResult.Status.PARSED) {
                        return false;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        gate.open();
        return true;
    }
}
