package book.run;

import book.expect.Expectation;
import book.expect.ExpectationParser;
import book.expect.ExpectationSyntaxException;
import book.find.GoProgram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks one Go program against the expectation of its Java port, so that the page can show the two
 * side by side as programs that behave alike: {@code gofmt} must accept it as written, then it is
 * built and run with the arguments, exit code, output and time bounds the Java script's expectation
 * states. A program whose {@code //go:build go1.N} line asks for a newer Go than this one is only
 * parsed and format-checked, and its result says so.
 *
 * <p>As part of a {@link BookRun}, gofmt and go build run as SHARED jobs of its {@link Slots}, at their lower priority,
 * and the program itself with the demand of its port's expectation: TIMED for time bounds, so that they keep their
 * guarantees beside the examples.
 *
 * <p>{@code new GoRunner(toolchain).run(program)} returns a {@link RunResult} with the id {@code waitgroups/SideBySide.go}.
 */
public final class GoRunner implements PartRunner<GoProgram> {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);

    private final GoToolchain toolchain;

    public GoRunner(GoToolchain toolchain) {
        this.toolchain = toolchain;
    }

    /** The fingerprint a result of the program would carry now: both sources, the Go release and the checker. */
    public String fingerprint(GoProgram program) {
        String port = read(program.javaPort().file());
        return Fingerprint.of(program.javaPort(), toolchain.version() + "\0" + port + "\0" + program.source(),
                argsOf(program, port));
    }

    @Override
    public String kind() {
        return "Go program";
    }

    @Override
    public String id(GoProgram program) {
        return program.id();
    }

    /** The demand of its port: the program runs with the same checks. */
    @Override
    public Slots.Demand demand(GoProgram program) {
        return new ExampleRunner(false).demand(program.javaPort());
    }

    @Override
    public Optional<String> currentFingerprint(GoProgram program) {
        return Optional.of(fingerprint(program));
    }

    /** Runs the program, and the tools before it, one after another on a machine of its own. */
    public RunResult run(GoProgram program) {
        return run(program, new Slots(1));
    }

    @Override
    public RunResult run(GoProgram program, Slots slots) {
        String port = read(program.javaPort().file());
        String fingerprint = fingerprint(program);
        Expectation expectation;
        try {
            expectation = ExpectationParser.parse(program.javaPort().script(), port);
        } catch (ExpectationSyntaxException e) {
            return result(program, List.of(), RunResult.Status.INVALID_EXPECTATION, null, "", e.getMessage(), fingerprint);
        }
        String command = program.command(expectation.args());

        CapturedRun format = slots.use(Slots.Demand.SHARED, new Schedule.Job(program.id(), Schedule.Purpose.COMPILE,
                "gofmt"), () -> ProcessCapture.run(List.of(toolchain.gofmt().toString(), "-l", program.displayPath()),
                program.root(), Map.of(), BUILD_TIMEOUT));
        if (format.exitCode() != 0 || !format.stdout().isEmpty()) {
            String why = format.exitCode() != 0 ? "gofmt cannot parse it" : "gofmt would reformat it (run gofmt -w)";
            return result(program, expectation.args(), RunResult.Status.BUILD_FAILED, format, "",
                    "%s: %s%n%s".formatted(program.displayPath(), why, ExampleRunner.streams(format)), fingerprint);
        }
        var minimum = program.minimumGo();
        if (minimum.isPresent() && !toolchain.supports(minimum.get())) {
            return result(program, expectation.args(), RunResult.Status.PARSED, null,
                    "Needs Go %s or newer; this build has %s, so gofmt parsed it and found it formatted, and it was not run."
                            .formatted(minimum.get(), toolchain.version()), "", fingerprint);
        }

        Path folder = temporaryFolder();
        try {
            Path binary = folder.resolve("program");
            CapturedRun build = slots.use(Slots.Demand.SHARED, new Schedule.Job(program.id(),
                    Schedule.Purpose.COMPILE, "go build"), () -> ProcessCapture.run(List.of(toolchain.go().toString(),
                    "build", "-o", binary.toString(), program.displayPath()), program.root(), Map.of("CGO_ENABLED", "0"),
                    BUILD_TIMEOUT));
            if (build.exitCode() != 0) {
                return result(program, expectation.args(), RunResult.Status.BUILD_FAILED, build, "",
                        "%s: go build failed (exit code %d)%n%s".formatted(program.displayPath(), build.exitCode(),
                                ExampleRunner.streams(build)), fingerprint);
            }
            var line = new ArrayList<String>();
            line.add(binary.toString());
            line.addAll(expectation.args());
            CapturedRun run = slots.use(Slots.Demand.of(expectation), new Schedule.Job(program.id(),
                    Schedule.Purpose.FIRST, "run"), () -> ProcessCapture.run(line, program.root(), Map.of(),
                    expectation.timeout()));
            if (run.timedOut()) {
                return result(program, expectation.args(), RunResult.Status.TIMED_OUT, run, "",
                        "%s: still running after %s, the @timeout of %s; it was killed.%n%s".formatted(
                                program.displayPath(), Verdict.seconds(run.wall().toNanos() / 1e9),
                                program.javaPort().displayPath(), ExampleRunner.streams(run)), fingerprint);
            }
            Verdict.Outcome outcome = new Verdict(expectation, port).judge(run, false);
            if (!outcome.failures().isEmpty()) {
                return result(program, expectation.args(), RunResult.Status.FAILED, run, outcome.verified(),
                        "%s FAILED the expectation of %s after %s%n%s%n%s".formatted(program.displayPath(),
                                program.javaPort().displayPath(), Verdict.seconds(run.wall().toNanos() / 1e9),
                                String.join("\n\n", outcome.failures()), ExampleRunner.streams(run)), fingerprint);
            }
            return new RunResult(program.id(), program.displayPath(), command, RunResult.Status.PASSED, run.exitCode(),
                    run.stdout(), run.stderr(), run.wall().toNanos() / 1e9, 0,
                    "Run with " + toolchain.version() + ": " + outcome.verified(), "", fingerprint, outcome.varyingLines(), "", 1, List.of(), List.of(), List.of());
        } finally {
            delete(folder);
        }
    }

    private RunResult result(GoProgram program, List<String> args, RunResult.Status status, CapturedRun run,
                             String verified, String report, String fingerprint) {
        return new RunResult(program.id(), program.displayPath(), program.command(args), status,
                run == null ? -1 : run.exitCode(),
                run == null ? List.of() : run.stdout(),
                run == null ? List.of() : run.stderr(),
                run == null ? 0 : run.wall().toNanos() / 1e9, 0, verified, report, fingerprint, List.of(), "", 1, List.of(), List.of(), List.of());
    }

    private static List<String> argsOf(GoProgram program, String port) {
        try {
            return ExpectationParser.parse(program.javaPort().script(), port).args();
        } catch (ExpectationSyntaxException e) {
            return List.of();
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("book-go-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
