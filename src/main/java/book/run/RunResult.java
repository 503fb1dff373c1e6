package book.run;

import book.expect.OutcomeTally;

import java.util.List;

/**
 * The outcome of running one example and checking it, as the site and the reports need it.
 *
 * @param id the example id, {@code goroutines/TenProcesses}
 * @param script the script path as a reader types it
 * @param command the command a reader runs
 * @param status whether the run matched its expectation, and if not, how it failed
 * @param stdout the standard output of the run
 * @param stderr the standard error of the run
 * @param seconds the wall time of the example's own JVM
 * @param buildSeconds the time JBang took to start and build or find the script in its cache
 * @param verified one plain sentence of what was checked, for the page
 * @param report for a failure, everything a reader of CI needs to act on it; empty when passed
 * @param fingerprint a digest of the script, its input files and the JDK, to tell whether a result is current
 * @param varyingLines the 1-based stdout lines that may read differently on another run (placeholders, free order)
 * @param timeline     the SVG timeline of the run, recorded with Flight Recorder for {@code @timeline}; empty otherwise
 * @param runs how many times the example ran in this build: its {@code @runs}; the output above is the first run's
 * @param outcomes how many of those runs showed each {@code @outcome}, in the expectation's order; empty without one
 * @param otherRuns the script's other runs ({@code /* Output, LABEL:}), each once with its own arguments, in order
 * @param merged for an expectation with {@code @merged}, what its first merged run printed: standard output and
 *               standard error read from one pipe, in the order a terminal shows them; empty otherwise
 */
public record RunResult(String id, String script, String command, Status status, int exitCode,
                        List<String> stdout, List<String> stderr, double seconds, double buildSeconds,
                        String verified, String report, String fingerprint,
                        List<Integer> varyingLines, String timeline, int runs, List<OutcomeTally.Count> outcomes,
                        List<OtherRun> otherRuns, List<String> merged) {

    /** What another run of the script printed, as the page shows it under the first. */
    public record OtherRun(String label, String command, int exitCode, List<String> stdout, List<String> stderr,
                           String verified, List<Integer> varyingLines) {
    }

    public RunResult {
        timeline = timeline == null ? "" : timeline;
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        otherRuns = otherRuns == null ? List.of() : List.copyOf(otherRuns);
        merged = merged == null ? List.of() : List.copyOf(merged);
        runs = Math.max(1, runs);
    }

    /** This result with the timeline of its run. */
    public RunResult withTimeline(String svg) {
        return new RunResult(id, script, command, status, exitCode, stdout, stderr, seconds, buildSeconds, verified,
                report, fingerprint, varyingLines, svg, runs, outcomes, otherRuns, merged);
    }

    /** This result with the output of its first merged run. */
    public RunResult withMerged(List<String> lines) {
        return new RunResult(id, script, command, status, exitCode, stdout, stderr, seconds, buildSeconds, verified,
                report, fingerprint, varyingLines, timeline, runs, outcomes, otherRuns, lines);
    }

    /**
     * How a run ended. {@code PARSED} is for a Go program that needs a newer Go than the build's: {@code gofmt}
     * accepted it, and it was not run.
     */
    public enum Status { PASSED, FAILED, TIMED_OUT, BUILD_FAILED, INVALID_EXPECTATION, PARSED }

    public boolean passed() {
        return status == Status.PASSED;
    }
}
