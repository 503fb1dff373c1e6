package book.run;

import book.expect.Expectation;
import book.expect.ExpectationParser;
import book.expect.ExpectationSyntaxException;
import book.expect.SampleRewriter;
import book.find.Example;
import book.timeline.Recorder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
public final class ExampleRunner {

    private final boolean updatingSamples;

    /** @param updatingSamples rewrite the {@code Sample output} comment of every example that passes */
    public ExampleRunner(boolean updatingSamples) {
        this.updatingSamples = updatingSamples;
    }

    /** The fingerprint the example's result would carry now, or empty when its expectation does not parse. */
    public static Optional<String> fingerprint(Example example) {
        String source = read(example);
        try {
            return Optional.of(Fingerprint.of(example, source,
                    ExpectationParser.parse(example.script(), source).args()));
        } catch (ExpectationSyntaxException e) {
            return Optional.empty();
        }
    }

    /** Runs the example once the machine has room for it: alone, or beside idle ones only, if its checks are about time. */
    public RunResult run(Example example, Slots slots) {
        String source = read(example);
        Expectation expectation;
        try {
            expectation = ExpectationParser.parse(example.script(), source);
        } catch (ExpectationSyntaxException e) {
            return result(example, example.command(List.of()), RunResult.Status.INVALID_EXPECTATION, null, 0,
                    "", e.getMessage(), "", List.of());
        }
        String command = example.command(expectation.args());
        String fingerprint = Fingerprint.of(example, source, expectation.args());

        JBangCommand.Prepared prepared = JBangCommand.prepare(example, expectation.args());
        double buildSeconds = prepared.build().wall().toNanos() / 1e9;
        if (!prepared.ok()) {
            String report = "%s: JBang could not build the script (exit code %d)%n%s".formatted(
                    example.displayPath(), prepared.build().exitCode(), streams(prepared.build()));
            return result(example, command, RunResult.Status.BUILD_FAILED, prepared.build(), buildSeconds,
                    "", report, fingerprint, List.of());
        }

        Recorder recorder = expectation.timeline() ? Recorder.of(example.root(), example.id()) : null;
        String javaCommand = recorder == null ? prepared.command() : recorder.command(prepared.command());
        CapturedRun run = slots.use(Slots.Demand.of(expectation), () -> ProcessCapture.run(
                List.of("bash", "-c", "exec " + javaCommand), example.root(), Map.of(), expectation.timeout()));
        if (run.timedOut()) {
            String report = ("%s:%d: still running after %s, the @timeout; the process tree was killed.%n"
                    + "%s--- thread dump, taken before the kill ---%n%s").formatted(
                    example.displayPath(), Verdict.directiveLine(source, expectation, "@timeout"),
                    Verdict.seconds(run.wall().toNanos() / 1e9), streams(run), run.threadDump());
            return result(example, command, RunResult.Status.TIMED_OUT, run, buildSeconds, "", report, fingerprint,
                    List.of());
        }

        Verdict.Outcome outcome = new Verdict(expectation, source).judge(run, !updatingSamples);
        if (!outcome.failures().isEmpty()) {
            String report = "%s FAILED after %s%n%s%n%s".formatted(example.displayPath(),
                    Verdict.seconds(run.wall().toNanos() / 1e9), String.join("\n\n", outcome.failures()), streams(run));
            return result(example, command, RunResult.Status.FAILED, run, buildSeconds, outcome.verified(), report,
                    fingerprint, List.of());
        }
        if (updatingSamples) {
            // The result describes the script as it now stands, sample included, so the site does not call it stale.
            String updated = writeSample(example, source, run.stdout());
            fingerprint = Fingerprint.of(example, updated, expectation.args());
        }
        return result(example, command, RunResult.Status.PASSED, run, buildSeconds, outcome.verified(), "", fingerprint,
                outcome.varyingLines()).withTimeline(recorder == null ? "" : recorder.draw());
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
                                    List<Integer> varyingLines) {
        return new RunResult(example.id(), example.displayPath(), command, status,
                run == null ? -1 : run.exitCode(),
                run == null ? List.of() : run.stdout(),
                run == null ? List.of() : run.stderr(),
                run == null ? 0 : run.wall().toNanos() / 1e9,
                buildSeconds, verified, report, fingerprint, varyingLines, "");
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
