package book.run;

import book.expect.Expectation;
import book.expect.ExpectationParser;
import book.expect.ExpectationSyntaxException;
import book.expect.OutcomeTally;
import book.expect.RunOutput;
import book.expect.SampleRewriter;
import book.find.Example;
import book.timeline.Recorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one example the way a reader does, through JBang, and checks it against the expectation
 * at the end of its script.
 *
 * <p>{@code new ExampleRunner(false).run(example, new Slots(2))} returns a {@link RunResult} whose report says
 * what failed, where, and with which output.
 */
public final class ExampleRunner implements PartRunner<Example> {

    private final boolean updatingSamples;
    private final int checks;

    /** @param updatingSamples rewrite the {@code Sample output} comment of every example that passes */
    public ExampleRunner(boolean updatingSamples) {
        this(updatingSamples, 1);
    }

    /**
     * @param updatingSamples rewrite the {@code Sample output} comment of every example that passes
     * @param checks how many times to run each example's whole check (its {@code @runs} each time), stopping at the
     *               first failure: the flake hunter's {@code -Dbook.runs=K}; 1 for a normal build
     */
    public ExampleRunner(boolean updatingSamples, int checks) {
        if (checks < 1) {
            throw new IllegalArgumentException("at least one check, not " + checks);
        }
        this.updatingSamples = updatingSamples;
        this.checks = checks;
    }

    @Override
    public String kind() {
        return "example";
    }

    @Override
    public String id(Example example) {
        return example.id();
    }

    /** What the example's expectation asks of the machine; SHARED when it does not parse (its run then fails). */
    @Override
    public Slots.Demand demand(Example example) {
        try {
            return Slots.Demand.of(ExpectationParser.parse(example.script(), read(example)));
        } catch (ExpectationSyntaxException | UncheckedIOException e) {
            return Slots.Demand.SHARED;
        }
    }

    @Override
    public Optional<String> currentFingerprint(Example example) {
        return fingerprint(example);
    }

    /** The fingerprint the example's result would carry now, or empty when its expectation does not parse. */
    public static Optional<String> fingerprint(Example example) {
        String source = read(example);
        try {
            return Optional.of(Fingerprint.of(example, source,
                    ExpectationParser.parse(example.script(), source).allArgs()));
        } catch (ExpectationSyntaxException e) {
            return Optional.empty();
        }
    }

    /** Runs the example once the machine has room for it: alone, or beside idle ones only, if its checks are about time. */
    @Override
    public RunResult run(Example example, Slots slots) {
        String source = read(example);
        Expectation expectation;
        try {
            expectation = ExpectationParser.parse(example.script(), source);
        } catch (ExpectationSyntaxException e) {
            return result(example, example.command(List.of()), RunResult.Status.INVALID_EXPECTATION, null, 0,
                    "", e.getMessage(), "", List.of(), 1, List.of());
        }
        String command = example.command(expectation.args());
        String fingerprint = Fingerprint.of(example, source, expectation.allArgs());

        JBangCommand.Prepared prepared = prepare(example, expectation.args(), slots);
        double buildSeconds = prepared.build().wall().toNanos() / 1e9;
        if (!prepared.ok()) {
            String report = "%s: JBang could not build the script (exit code %d)%n%s".formatted(
                    example.displayPath(), prepared.build().exitCode(), streams(prepared.build()));
            return result(example, command, RunResult.Status.BUILD_FAILED, prepared.build(), buildSeconds,
                    "", report, fingerprint, List.of(), 1, List.of());
        }

        Recorder recorder = expectation.timeline() ? Recorder.of(example.root(), example.id()) : null;
        RunResult result = null;
        for (int check = 1; check <= checks; check++) {
            RunResult checked = check(example, expectation, source, prepared.command(), slots, command, buildSeconds,
                    fingerprint, check, check == 1 ? recorder : null);
            if (!checked.passed()) {
                return checked;
            }
            result = result == null ? checked : result;
        }
        result = otherRuns(example, expectation, source, slots, result);
        if (!result.passed()) {
            return result;
        }
        if (updatingSamples) {
            // The result describes the script as it now stands, sample included, so the site does not call it stale.
            String updated = writeSample(example, source, result.stdout());
            result = withFingerprint(result, Fingerprint.of(example, updated, expectation.allArgs()));
        }
        return result.withTimeline(recorder == null ? "" : recorder.draw());
    }

    /**
     * Runs each of the script's other runs once, with its own arguments (JBang prepares each command; the jar is
     * cached), and checks it against its own expectation; the first that fails makes the example's result.
     */
    private RunResult otherRuns(Example example, Expectation expectation, String source, Slots slots, RunResult main) {
        var shown = new ArrayList<RunResult.OtherRun>();
        for (Expectation.OtherRun other : expectation.others()) {
            Expectation own = other.expectation();
            String command = example.command(own.args());
            JBangCommand.Prepared prepared = prepare(example, own.args(), slots);
            if (!prepared.ok()) {
                return withStatus(main, RunResult.Status.BUILD_FAILED, ("%s: JBang could not build the script for the run"
                        + " '%s' (exit code %d)%n%s").formatted(example.displayPath(), other.label(),
                        prepared.build().exitCode(), streams(prepared.build())));
            }
            var job = new Schedule.Job(example.id(), Schedule.Purpose.OTHER, "run '" + other.label() + "'");
            CapturedRun run = slots.use(Slots.Demand.of(own), job, () -> ProcessCapture.run(
                    List.of("bash", "-c", "exec " + prepared.command()), example.root(), Map.of(), own.timeout()));
            if (run.timedOut()) {
                return withStatus(main, RunResult.Status.TIMED_OUT, ("%s:%d: the run '%s' is still running after %s,"
                        + " the @timeout; the process tree was killed.%n%s--- thread dump, taken before the kill ---%n%s")
                        .formatted(example.displayPath(), own.line(), other.label(),
                                Verdict.seconds(run.wall().toNanos() / 1e9), streams(run), run.threadDump()));
            }
            Verdict.Outcome outcome = new Verdict(own, source).judge(run, false);
            if (!outcome.failures().isEmpty()) {
                return withStatus(main, RunResult.Status.FAILED, "%s FAILED in the run '%s' after %s%n%s%n%s".formatted(
                        example.displayPath(), other.label(), Verdict.seconds(run.wall().toNanos() / 1e9),
                        String.join("\n\n", outcome.failures()), streams(run)));
            }
            shown.add(new RunResult.OtherRun(other.label(), command, run.exitCode(), run.stdout(), run.stderr(),
                    outcome.verified(), outcome.varyingLines()));
        }
        return new RunResult(main.id(), main.script(), main.command(), main.status(), main.exitCode(), main.stdout(),
                main.stderr(), main.seconds(), main.buildSeconds(), main.verified(), main.report(), main.fingerprint(),
                main.varyingLines(), main.timeline(), main.runs(), main.outcomes(), shown, main.merged());
    }

    private static RunResult withStatus(RunResult r, RunResult.Status status, String report) {
        return new RunResult(r.id(), r.script(), r.command(), status, r.exitCode(), r.stdout(), r.stderr(),
                r.seconds(), r.buildSeconds(), r.verified(), report, r.fingerprint(), r.varyingLines(), r.timeline(),
                r.runs(), r.outcomes(), List.of(), r.merged());
    }

    /**
     * Runs the prepared command as many times as the expectation's {@code @runs} says, checks every run and then the
     * outcomes across them; the result shows the first run. {@code check} counts the flake hunter's repetitions;
     * {@code recorder}, when not null, records the first run for its timeline.
     */
    private RunResult check(Example example, Expectation expectation, String source, String prepared, Slots slots,
                            String command, double buildSeconds, String fingerprint, int check, Recorder recorder) {
        int runs = expectation.runs();
        Verdict verdict = new Verdict(expectation, source);
        List<RunOutput> outputs = new ArrayList<>();
        List<CapturedRun> captured = new ArrayList<>();
        Verdict.Outcome shown = null;
        for (int i = 0; i < runs; i++) {
            String javaCommand = recorder == null || i > 0 ? prepared : recorder.command(prepared);
            String which = which(i, runs, check);
            var job = new Schedule.Job(example.id(), i > 0 || check > 1 ? Schedule.Purpose.REPEAT
                    : recorder == null ? Schedule.Purpose.FIRST : Schedule.Purpose.RECORDED,
                    which.isEmpty() ? "run" : which.strip());
            CapturedRun run = slots.use(Slots.Demand.of(expectation), job, () -> ProcessCapture.run(
                    List.of("bash", "-c", "exec " + javaCommand), example.root(), Map.of(), expectation.timeout()));
            if (run.timedOut()) {
                String report = timedOut(example, source, expectation, run, which, streams(run));
                return result(example, command, RunResult.Status.TIMED_OUT, run, buildSeconds, "", report, fingerprint,
                        List.of(), i + 1, List.of());
            }
            Verdict.Outcome outcome = verdict.judge(run, !updatingSamples && i == 0 && check == 1);
            if (!outcome.failures().isEmpty()) {
                String report = "%s FAILED%s after %s%n%s%n%s".formatted(example.displayPath(), which,
                        Verdict.seconds(run.wall().toNanos() / 1e9), String.join("\n\n", outcome.failures()), streams(run));
                return result(example, command, RunResult.Status.FAILED, run, buildSeconds, outcome.verified(), report,
                        fingerprint, List.of(), i + 1, List.of());
            }
            outputs.add(new RunOutput(run.stdout(), run.stderr(), run.exitCode(), outcome.bindings()));
            captured.add(run);
            shown = shown == null ? outcome : shown;
        }
        OutcomeTally.Tally tally = OutcomeTally.of(expectation, outputs);
        CapturedRun first = captured.getFirst();
        if (!tally.failures().isEmpty()) {
            var report = new StringBuilder("%s FAILED: the outcomes of %d runs%s are not as stated%n".formatted(
                    example.displayPath(), runs, check == 1 ? "" : " (check %d of the flake hunt)".formatted(check)));
            tally.failures().forEach(failure -> report.append(failure.message()).append('\n'));
            report.append(distribution(tally.counts()));
            int shownRun = tally.failures().stream().mapToInt(OutcomeTally.Failure::run).filter(r -> r >= 0)
                    .findFirst().orElse(0);
            report.append("--- run %d of %d ---%n".formatted(shownRun + 1, runs)).append(streams(captured.get(shownRun)));
            return result(example, command, RunResult.Status.FAILED, first, buildSeconds, shown.verified(),
                    report.toString(), fingerprint, List.of(), runs, tally.counts());
        }
        List<String> merged = List.of();
        if (expectation.merged() != null) {
            Merged runsMerged = mergedRuns(example, expectation, source, verdict, prepared, slots, command,
                    buildSeconds, fingerprint, check, shown.verified());
            if (runsMerged.failed() != null) {
                return runsMerged.failed();
            }
            merged = runsMerged.first();
        }
        String verified = runs == 1 ? shown.verified() : shown.verified().replaceFirst("\\.$", "")
                + "; the same checks held in each of " + runs + " runs"
                + (expectation.outcomes().isEmpty() ? "." : ", with their outcomes as stated.");
        if (expectation.merged() != null) {
            verified = verified.replaceFirst("\\.$", "") + "; in " + (runs == 1 ? "one more run" : runs + " more runs")
                    + " with standard error in the pipe of standard output, the lines of both came in the order stated.";
        }
        return result(example, command, RunResult.Status.PASSED, first, buildSeconds, verified, "", fingerprint,
                shown.varyingLines(), runs, tally.counts()).withMerged(merged);
    }

    /** The merged runs' verdict: the result of the first that failed, or null and what the first one printed. */
    private record Merged(RunResult failed, List<String> first) {
    }

    /** Prepares the command through JBang, recording in the schedule when JBang had to be asked. */
    private static JBangCommand.Prepared prepare(Example example, List<String> args, Slots slots) {
        long started = slots.schedule().now();
        JBangCommand.Prepared prepared = JBangCommand.prepare(example, args);
        if (!prepared.cached()) {
            slots.schedule().resolved(example.id(), started);
        }
        return prepared;
    }

    /**
     * Runs the prepared command once more for each of the expectation's {@code @runs}, with standard error in the pipe
     * of standard output, and checks each against the {@code @merged} section; the result of the first that fails,
     * or the lines of the first run when all passed.
     */
    private Merged mergedRuns(Example example, Expectation expectation, String source, Verdict verdict,
                                           String prepared, Slots slots, String command, double buildSeconds,
                                           String fingerprint, int check, String verified) {
        int runs = expectation.runs();
        List<String> first = null;
        for (int i = 0; i < runs; i++) {
            String which = (runs == 1 ? " in the merged run" : " in merged run %d of %d".formatted(i + 1, runs))
                    + (checks == 1 ? "" : " (check %d of %d of the flake hunt)".formatted(check, checks));
            var job = new Schedule.Job(example.id(), Schedule.Purpose.MERGED, which.strip());
            CapturedRun run = slots.use(Slots.Demand.of(expectation), job, () -> ProcessCapture.runMerged(
                    List.of("bash", "-c", "exec " + prepared), example.root(), Map.of(), expectation.timeout()));
            if (run.timedOut()) {
                String report = timedOut(example, source, expectation, run, which, merged(run));
                return new Merged(result(example, command, RunResult.Status.TIMED_OUT, run, buildSeconds, "", report,
                        fingerprint, List.of(), runs, List.of()), null);
            }
            List<String> failures = verdict.judgeMerged(run);
            if (!failures.isEmpty()) {
                String report = "%s FAILED%s after %s%n%s%n%s".formatted(example.displayPath(), which,
                        Verdict.seconds(run.wall().toNanos() / 1e9), String.join("\n\n", failures), merged(run));
                return new Merged(result(example, command, RunResult.Status.FAILED, run, buildSeconds, verified, report,
                        fingerprint, List.of(), runs, List.of()), null);
            }
            first = first == null ? run.stdout() : first;
        }
        return new Merged(null, first);
    }

    /** The report of a run ended by its {@code @timeout}: where the directive is, the output so far, a thread dump. */
    private static String timedOut(Example example, String source, Expectation expectation, CapturedRun run,
                                   String which, String output) {
        return ("%s:%d: still running after %s, the @timeout%s; the process tree was killed.%n"
                + "%s--- thread dump, taken before the kill ---%n%s").formatted(
                example.displayPath(), Verdict.directiveLine(source, expectation, "@timeout"),
                Verdict.seconds(run.wall().toNanos() / 1e9), which, output, run.threadDump());
    }

    /** The output of a merged run in full, for a report. */
    private static String merged(CapturedRun run) {
        return "--- stdout and stderr, read from one pipe (%d lines) ---%n%s".formatted(run.stdout().size(),
                block(run.stdout()));
    }

    /** {@code " in run 3 of 20"}, with the flake hunter's repetition when there is one; empty for a single run. */
    private String which(int run, int runs, int check) {
        String text = runs == 1 ? "" : " in run %d of %d".formatted(run + 1, runs);
        return checks == 1 ? text : text + " (check %d of %d of the flake hunt)".formatted(check, checks);
    }

    /** The outcome counts, one a line, for a report. */
    static String distribution(List<OutcomeTally.Count> counts) {
        var text = new StringBuilder("outcomes in these runs:\n");
        for (OutcomeTally.Count count : counts) {
            text.append("  %-12s %-40s %s%n".formatted(count.kind().keyword(), "\"" + count.label() + "\"",
                    OutcomeTally.runs(count.runs())));
        }
        return text.toString();
    }

    private static RunResult withFingerprint(RunResult r, String fingerprint) {
        return new RunResult(r.id(), r.script(), r.command(), r.status(), r.exitCode(), r.stdout(), r.stderr(),
                r.seconds(), r.buildSeconds(), r.verified(), r.report(), fingerprint, r.varyingLines(), r.timeline(),
                r.runs(), r.outcomes(), r.otherRuns(), r.merged());
    }

    /** Rewrites the script's sample output and returns its new source. */
    private static String writeSample(Example example, String source, List<String> stdout) {
        String updated = SampleRewriter.rewrite(source, stdout);
        if (!updated.equals(source)) {
            try {
                Files.writeString(example.file(), updated);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return updated;
    }

    private static RunResult result(Example example, String command, RunResult.Status status, CapturedRun run,
                                    double buildSeconds, String verified, String report, String fingerprint,
                                    List<Integer> varyingLines, int runs, List<OutcomeTally.Count> outcomes) {
        return new RunResult(example.id(), example.displayPath(), command, status,
                run == null ? -1 : run.exitCode(),
                run == null ? List.of() : run.stdout(),
                run == null ? List.of() : run.stderr(),
                run == null ? 0 : run.wall().toNanos() / 1e9,
                buildSeconds, verified, report, fingerprint, varyingLines, "", runs, outcomes, List.of(), List.of());
    }

    /** Both output streams in full, for a report. */
    static String streams(CapturedRun run) {
        return "--- stdout (%d lines) ---%n%s--- stderr (%d lines) ---%n%s".formatted(
                run.stdout().size(), block(run.stdout()), run.stderr().size(), block(run.stderr()));
    }

    private static String block(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static String read(Example example) {
        try {
            return Files.readString(example.file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + example.displayPath(), e);
        }
    }
}
