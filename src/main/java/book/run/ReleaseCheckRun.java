package book.run;

import book.find.Example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The release checks of a run's scripts ({@link ReleaseCheck}) as one job of a {@link BookRun}: javac checks them in a
 * JVM of its own ({@link ReleaseChecks#main}), started as a SHARED process of the run's {@link Slots}, so that it
 * uses the cores the examples leave idle at their lower priority, and its CPU counts as theirs does, instead of
 * running after them in the test JVM, where a thread cannot run at a lower priority. A script whose pass the
 * {@link ReleaseCheckCache} remembers is not compiled again, unless {@code everyScript} (a clean build, CI).
 *
 * <p>javac's JVM runs C1 alone and sees one core, so it checks on one thread: the 64 scripts of the book cost it 4.0-4.2
 * CPU seconds so, 4.3-4.4 on two threads and 6.3-6.6 with C2 too (loaded 2-core machine), and the examples keep the
 * other core while it runs, since the {@link Slots} count a SHARED job by the cores it uses.
 *
 * <p>The result holds one line per problem in its {@code stdout}, {@code examples/x/Name.java<TAB>problem}, and
 * {@link #problems} gives them back by script; a check that could not run at all (javac's JVM failed) fails every
 * script with its report.
 *
 * <p>{@code new BookRun.Part<>(List.of(new ReleaseCheckRun.Scripts(examples)), new ReleaseCheckRun(cache, false),
 * store, result -> false)}
 */
public final class ReleaseCheckRun implements PartRunner<ReleaseCheckRun.Scripts> {

    /** The scripts to check: the run's one entry of this part. */
    public record Scripts(List<Example> examples) {

        public Scripts {
            examples = List.copyOf(examples);
        }
    }

    /** The id of the job and of its result. */
    public static final String ID = "release-checks";
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Pattern CHECKED = Pattern.compile("checked (\\d+) scripts");

    private final ReleaseCheckCache passes;
    private final boolean everyScript;

    /** @param everyScript check every script, even those whose pass {@code passes} remembers */
    public ReleaseCheckRun(ReleaseCheckCache passes, boolean everyScript) {
        this.passes = passes;
        this.everyScript = everyScript;
    }

    @Override
    public String kind() {
        return "release-check run";
    }

    @Override
    public String id(Scripts scripts) {
        return ID;
    }

    /** Compiling has no time bound: it runs beside anything, at the lower priority. */
    @Override
    public Slots.Demand demand(Scripts scripts) {
        return Slots.Demand.SHARED;
    }

    /** Never reused as a whole: each script's pass is, by the {@link ReleaseCheckCache}. */
    @Override
    public Optional<String> currentFingerprint(Scripts scripts) {
        return Optional.empty();
    }

    @Override
    public RunResult run(Scripts scripts, Slots slots) {
        var problems = new ArrayList<String>();
        var checks = new ArrayList<ReleaseCheck>();
        for (Example example : scripts.examples()) {
            try {
                ReleaseCheck check = ReleaseCheck.of(example);
                if (everyScript || !passes.passed(check)) {
                    checks.add(check);
                }
            } catch (RuntimeException e) {
                problems.add(example.displayPath() + "\t" + e.getMessage().replace("\n", " "));
            }
        }
        if (checks.isEmpty()) {
            return result(problems, null, "javac had no script to check: each passed before, unchanged.");
        }
        Path list = listFile(checks);
        try {
            var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=1", "-cp", classpath(),
                    ReleaseChecks.class.getName(), list.toString());
            CapturedRun javac = slots.use(Slots.Demand.SHARED, new Schedule.Job(ID, Schedule.Purpose.COMPILE,
                    "javac --release, " + scripts(checks.size())), () -> ProcessCapture.run(command,
                    checks.getFirst().example().root(), Map.of(), TIMEOUT));
            var checked = javac.stdout().isEmpty() ? null : CHECKED.matcher(javac.stdout().getLast());
            if (javac.exitCode() != 0 || checked == null || !checked.matches()
                    || Integer.parseInt(checked.group(1)) != checks.size()) {
                return failed(javac, "%s checked no script: its JVM %s (exit code %d)%n%s".formatted(
                        String.join(" ", command), javac.timedOut() ? "was still running after " + TIMEOUT
                                : "did not say it checked " + checks.size() + " scripts", javac.exitCode(),
                        ExampleRunner.streams(javac)));
            }
            problems.addAll(javac.stdout().subList(0, javac.stdout().size() - 1));
            var failing = problems.stream().map(line -> line.substring(0, line.indexOf('\t'))).toList();
            checks.stream().filter(check -> !failing.contains(check.example().displayPath())).forEach(passes::recordPass);
            return result(problems, javac, "javac --release checked %s (the others passed before, unchanged)."
                    .formatted(scripts(checks.size())));
        } finally {
            delete(list);
        }
    }

    /**
     * The problems of each script in the result, in the order of {@code scripts}: empty when it compiled at its
     * release (or passed before, unchanged); a failed result's report for each when the checks could not run.
     */
    public static Map<Example, List<String>> problems(Scripts scripts, RunResult result) {
        var byScript = new LinkedHashMap<Example, List<String>>();
        for (Example example : scripts.examples()) {
            if (result.status() == RunResult.Status.BUILD_FAILED || result.status() == RunResult.Status.TIMED_OUT) {
                byScript.put(example, List.of(result.report()));
                continue;
            }
            String prefix = example.displayPath() + "\t";
            byScript.put(example, result.stdout().stream().filter(line -> line.startsWith(prefix))
                    .map(line -> line.substring(prefix.length())).toList());
        }
        return byScript;
    }

    /** {@code "1 script"}, {@code "64 scripts"}. */
    private static String scripts(int count) {
        return count == 1 ? "1 script" : count + " scripts";
    }

    private static RunResult result(List<String> problems, CapturedRun javac, String verified) {
        return new RunResult(ID, "examples", "javac --release N", problems.isEmpty() ? RunResult.Status.PASSED
                : RunResult.Status.FAILED, javac == null ? 0 : javac.exitCode(), List.copyOf(problems),
                javac == null ? List.of() : javac.stderr(), javac == null ? 0 : javac.wall().toNanos() / 1e9, 0,
                verified, String.join("\n", problems), "", List.of(), "", 1, List.of(), List.of(), List.of());
    }

    private static RunResult failed(CapturedRun javac, String report) {
        return new RunResult(ID, "examples", "javac --release N", javac.timedOut() ? RunResult.Status.TIMED_OUT
                : RunResult.Status.BUILD_FAILED, javac.exitCode(), javac.stdout(), javac.stderr(),
                javac.wall().toNanos() / 1e9, 0, "", report, "", List.of(), "", 1, List.of(), List.of(), List.of());
    }

    /** The checks for javac's JVM, one a line: the script's path, its release and its classpath, tab-separated. */
    private static Path listFile(List<ReleaseCheck> checks) {
        try {
            Path list = Files.createTempFile("book-release-checks-", ".tsv");
            var lines = checks.stream().map(check -> check.example().displayPath() + "\t" + check.release() + "\t"
                    + check.classpath()).toList();
            Files.write(list, lines);
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the list of scripts for javac", e);
        }
    }

    /** Where this JVM found the checker: javac's JVM needs nothing else. */
    private static String classpath() {
        try {
            return Path.of(ReleaseChecks.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
