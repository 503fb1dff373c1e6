package book.run;

import book.find.Example;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles a script with {@code javac --release N}, N being the release its {@code //JAVA} line names, so that a
 * script marked {@code //JAVA 21+} that uses Java 25 (an instance {@code main}, {@code IO.println}) fails although
 * the build itself runs on a JDK 25, as it would for a reader with JDK 21.
 *
 * <p>{@code ReleaseCheck.of(example).problems()} is empty when the script compiles at its release; otherwise it
 * holds javac's errors, each as {@code examples/x/Name.java:12: javac --release 21: message}.
 *
 * @param example the script
 * @param release the Java release its {@code //JAVA} line names
 * @param classpath its {@code //DEPS} as JBang resolves them, empty without any
 */
public record ReleaseCheck(Example example, int release, String classpath) {

    private static final Pattern JAVA_LINE = Pattern.compile("(?m)^//JAVA\\s+(\\d+)\\+?\\s*$");
    private static final Pattern DEPS_LINE = Pattern.compile("(?m)^//DEPS\\s");

    /** Reads the script's {@code //JAVA} line and resolves its {@code //DEPS}, if it has any. */
    public static ReleaseCheck of(Example example) {
        String source = read(example);
        Matcher java = JAVA_LINE.matcher(source);
        if (!java.find()) {
            throw new IllegalArgumentException(example.displayPath() + ":2: no //JAVA line naming the release the "
                    + "script needs, such as //JAVA 25+");
        }
        String classpath = DEPS_LINE.matcher(source).find() ? JBangCommand.dependencyClasspath(example) : "";
        return new ReleaseCheck(example, Integer.parseInt(java.group(1)), classpath);
    }

    /** The errors of {@code javac --release N} on the script, in the order javac reports them. */
    public List<String> problems() {
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        try (var files = COMPILER.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            return problems(files, diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    /**
     * The same, with a file manager that checks of the same release and classpath share ({@link ReleaseChecks}): it
     * keeps the release's platform classes open between scripts, which costs javac more than the script itself.
     */
    List<String> problems(StandardJavaFileManager files, DiagnosticCollector<JavaFileObject> diagnostics) {
        var options = new ArrayList<>(List.of("--release", Integer.toString(release), "-proc:none", "-Xlint:none"));
        if (!classpath.isEmpty()) {
            options.addAll(List.of("--class-path", classpath));
        }
        int before = diagnostics.getDiagnostics().size();
        var task = (com.sun.source.util.JavacTask) COMPILER.getTask(null, files, diagnostics, options, null,
                files.getJavaFileObjects(example.file()));
        task.setLocale(Locale.ROOT);
        try {
            task.analyze();
        } catch (IOException e) {
            throw new UncheckedIOException(example.displayPath() + ": javac could not read it", e);
        }
        var all = diagnostics.getDiagnostics();
        return all.subList(before, all.size()).stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> example.displayPath() + ":" + d.getLineNumber() + ": javac --release " + release + ": "
                        + d.getMessage(Locale.ROOT).lines().map(String::strip).collect(Collectors.joining(", ")))
                .toList();
    }

    /** What checks of one file manager have in common: the options javac sets it up with. */
    String sharing() {
        return release + " " + classpath;
    }

    private static String read(Example example) {
        try {
            return Files.readString(example.file());
        } catch (IOException e) {
            throw new UncheckedIOException(example.displayPath() + ": cannot read the script", e);
        }
    }
}
