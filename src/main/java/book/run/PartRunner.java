package book.run;

import java.util.Optional;

/**
 * How a {@link BookRun} runs the entries of one of its parts, and what it knows of each before it runs: the book's
 * examples and the must-fail fixtures run through JBang ({@link ExampleRunner}), the Go programs beside their ports
 * with Go ({@link GoRunner}), the scripts' release checks with javac ({@link ReleaseCheckRun}).
 *
 * <p>{@code new BookRun.Part<>(programs, new GoRunner(go), store, reusable)}
 *
 * @param <T> what the part's entries are: {@code Example}, {@code GoProgram}, ...
 */
public interface PartRunner<T> {

    /** The entry's id, also the name of its result in the part's store: unique within a run. */
    String id(T entry);

    /**
     * What the part's entries are, one of them, for the run's summary: {@code "example"}, {@code "Go program"}; the
     * summary counts each kind apart ("96 examples, 6 Go programs, 1 release-check run").
     */
    String kind();

    /** What the entry needs from the machine, which decides where it goes in the run's plan. */
    Slots.Demand demand(T entry);

    /** The fingerprint the entry's result would carry now; empty when no stored result may stand for it. */
    Optional<String> currentFingerprint(T entry);

    /** Runs the entry, each of its processes once {@code slots} have room for it, and checks it. */
    RunResult run(T entry, Slots slots);
}
