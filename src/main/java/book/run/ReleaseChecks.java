package book.run;

import book.find.Example;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs many {@link ReleaseCheck}s, one thread per core, each thread keeping one javac file manager per release and
 * classpath: opening a release's platform classes costs javac more than a short script does, and a file manager is
 * not safe to share between threads. A check's problems are those {@link ReleaseCheck#problems()} gives.
 *
 * <p>{@code ReleaseChecks.problems(checks)} maps each check's script to its problems, in the checks' order. Its
 * {@link #main} runs them in a JVM of its own, for {@link ReleaseCheckRun}.
 */
public final class ReleaseChecks {

    private ReleaseChecks() {
    }

    /**
     * Checks the scripts listed in the file {@code args[0]}, one a line: the script's path from the working directory,
     * its release and its classpath, tab-separated. Prints each problem as {@code examples/x/Name.java<TAB>problem},
     * then {@code checked N scripts}.
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of("").toAbsolutePath();
        var checks = new ArrayList<ReleaseCheck>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] fields = line.split("\t", -1);
            checks.add(new ReleaseCheck(new Example(root, Path.of(fields[0])), Integer.parseInt(fields[1]), fields[2]));
        }
        var out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        problems(checks).forEach((example, problems) -> problems.forEach(problem ->
                out.println(example.displayPath() + "\t" + problem)));
        out.println("checked " + checks.size() + " scripts");
        out.flush();
    }

    /** The problems of every check; a check that throws makes this throw its error, naming the script. */
    public static Map<Example, List<String>> problems(List<ReleaseCheck> checks) {
        return problems(checks, Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 4));
    }

    /** The same, on at most {@code most} threads. */
    static Map<Example, List<String>> problems(List<ReleaseCheck> checks, int most) {
        int threads = Math.clamp(checks.size(), 1, most);
        var shares = new ArrayList<List<ReleaseCheck>>();
        for (int i = 0; i < threads; i++) {
            shares.add(new ArrayList<>());
        }
        for (int i = 0; i < checks.size(); i++) {
            shares.get(i % threads).add(checks.get(i));
        }
        var found = new HashMap<Example, List<String>>();
        try (var pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("release-check-", 1).factory())) {
            List<Future<Map<Example, List<String>>>> parts = shares.stream().map(share -> pool.submit(() -> check(share)))
                    .toList();
            for (var part : parts) {
                found.putAll(part.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while javac checked the scripts' releases", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        var inOrder = new LinkedHashMap<Example, List<String>>();
        checks.forEach(check -> inOrder.put(check.example(), found.get(check.example())));
        return inOrder;
    }

    private static Map<Example, List<String>> check(List<ReleaseCheck> share) throws IOException {
        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        var managers = new HashMap<String, StandardJavaFileManager>();
        var found = new HashMap<Example, List<String>>();
        try {
            for (ReleaseCheck check : share) {
                var files = managers.computeIfAbsent(check.sharing(),
                        key -> compiler.getStandardFileManager(diagnostics, Locale.ROOT, null));
                found.put(check.example(), check.problems(files, diagnostics));
            }
        } finally {
            for (var files : managers.values()) {
                try {
                    files.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return found;
    }
}
