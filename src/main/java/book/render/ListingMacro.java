package book.render;

import book.find.Example;
import book.find.ExampleCatalog;
import book.find.GoCatalog;
import book.find.GoProgram;
import book.run.ExampleRunner;
import book.run.GoRunner;
import book.run.GoToolchain;
import book.run.ResultStore;
import book.run.RunResult;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code listing::waitgroups/SideBySide.go[tag=main]} block macro: shows a tagged region of a Java
 * example or of a Go program kept beside its Java port, without a run panel, and under it one line
 * saying how this build verified the file: the Java script ran and met its expectation; the Go program
 * ran and met the same expectation, or, when it needs a newer Go than the build's, gofmt parsed it.
 * Two of them in a {@code [.go-java]} open block make the side-by-side listings of the chapters.
 *
 * <p>{@code registry.blockMacro(new ListingMacro(root, catalog, goPrograms, results, only, problems))}
 */
final class ListingMacro extends BlockMacroProcessor {

    private final Path root;
    private final ExampleCatalog catalog;
    private final GoCatalog goPrograms;
    private final ResultStore results;
    private final String only;
    private final Problems problems;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();
    private volatile Optional<GoToolchain> toolchain;

    ListingMacro(Path root, ExampleCatalog catalog, GoCatalog goPrograms, ResultStore results, String only,
                 Problems problems) {
        super("listing");
        this.root = root;
        this.catalog = catalog;
        this.goPrograms = goPrograms;
        this.results = results;
        this.only = only;
        this.problems = problems;
    }

    /** The ids of every Java example ({@code waitgroups/SideBySide}) and Go program ({@code ...SideBySide.go}) shown so far. */
    Set<String> shown() {
        return Set.copyOf(shown);
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        var block = createBlock(parent, "open", "", Map.of("role", "verified-listing"));
        String tag = String.valueOf(attributes.getOrDefault("tag", "main"));
        String where = place(parent, target);
        Optional<Shown> file = target.endsWith(".go") ? goProgram(where, target) : javaScript(where, target);
        if (file.isEmpty()) {
            return block;
        }
        List<String> code = ScriptListing.of(read(root.resolve("examples").resolve(target)), tag).stream()
                .map(line -> line.replace("\t", "    "))
                .toList();
        if (code.isEmpty()) {
            problems.add("%s: examples/%s has no tag '%s'".formatted(where, target, tag));
        }
        var lines = new ArrayList<String>();
        lines.add("." + file.get().title());
        lines.add("[source," + (target.endsWith(".go") ? "go" : "java") + "]");
        lines.add("----");
        lines.addAll(code);
        lines.add("----");
        lines.add("");
        lines.add("[.listing-verified]");
        lines.add(file.get().verified());
        parseContent(block, lines);
        return block;
    }

    /** What the page says above and below one listing. */
    private record Shown(String title, String verified) {
    }

    private Optional<Shown> javaScript(String where, String target) {
        String id = target.replaceFirst("\\.java$", "");
        Optional<Example> example = catalog.find(id);
        if (example.isEmpty()) {
            problems.add("%s: listing::%s[] names no script: there is no examples/%s".formatted(where, target, target));
            return Optional.empty();
        }
        shown.add(id);
        String title = "examples/" + target;
        if (notSelected(example.get())) {
            return Optional.of(new Shown(title, notRun()));
        }
        return result(where, target, id, ExampleRunner.fingerprint(example.get()).orElse(""), RunResult.Status.PASSED)
                .map(run -> new Shown(title, "Checked in this build: `%s` ran and met the expectation at the end of the script."
                        .formatted(run.command())));
    }

    private Optional<Shown> goProgram(String where, String target) {
        String id = target.replaceFirst("\\.go$", "") + ".go";
        Optional<GoProgram> program = goPrograms.find(id);
        if (program.isEmpty()) {
            problems.add("%s: listing::%s[] names no Go program: there is no examples/%s".formatted(where, target, target));
            return Optional.empty();
        }
        shown.add(id);
        Optional<String> minimum = program.get().minimumGo();
        String title = "examples/" + target + minimum.map(version -> " (Go " + version + " or newer)").orElse("");
        if (notSelected(program.get().javaPort())) {
            return Optional.of(new Shown(title, notRun()));
        }
        Optional<GoToolchain> toolchain = toolchain();
        if (toolchain.isEmpty()) {
            problems.add("%s: examples/%s cannot be checked: no Go on the PATH (src/build/ensure-go installs it)"
                    .formatted(where, target));
            return Optional.empty();
        }
        boolean tooNew = minimum.filter(version -> !toolchain.get().supports(version)).isPresent();
        String fingerprint = new GoRunner(toolchain.get()).fingerprint(program.get());
        String port = program.get().javaPort().script().getFileName().toString();
        return result(where, target, id, fingerprint, tooNew ? RunResult.Status.PARSED : RunResult.Status.PASSED)
                .map(run -> new Shown(title, tooNew
                        ? run.verified() + " A newer Go runs it against the expectation of `" + port + "`."
                        : "Checked in this build: `%s` ran and met the same expectation as `%s`."
                                .formatted(run.command(), port)));
    }

    /** The stored result of this build, if it is current and has the wanted status; a problem otherwise. */
    private Optional<RunResult> result(String where, String target, String id, String fingerprint,
                                       RunResult.Status wanted) {
        Optional<RunResult> result = results.load(id);
        if (result.isEmpty()) {
            problems.add("%s: examples/%s has no result from this build's test run".formatted(where, target));
            return Optional.empty();
        }
        if (!fingerprint.equals(result.get().fingerprint())) {
            problems.add(("%s: examples/%s, its Java port, the JDK, Go or the checker changed since its last run;"
                    + " run the tests again (./mvnw package does)").formatted(where, target));
        }
        if (result.get().status() != wanted) {
            problems.add("%s: examples/%s did not pass its check (%s); see the test report".formatted(
                    where, target, result.get().status()));
            return Optional.empty();
        }
        return result;
    }

    private boolean notSelected(Example example) {
        return catalog.only(only).find(example.id()).isEmpty();
    }

    private String notRun() {
        return "_Not checked in this build: it was limited to `book.only=" + only + "`._";
    }

    private Optional<GoToolchain> toolchain() {
        if (toolchain == null) {
            toolchain = GoToolchain.find();
        }
        return toolchain;
    }

    private String place(StructuralNode parent, String target) {
        Object docfile = parent.getDocument().getAttribute("docfile");
        if (docfile == null) {
            return "(unknown page)";
        }
        Path file = Path.of(docfile.toString());
        String name = root.relativize(file).toString().replace('\\', '/');
        List<String> lines = read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("listing::" + target + "[")) {
                return name + ":" + (i + 1);
            }
        }
        return name;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
