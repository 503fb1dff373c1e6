package book.render;

import book.find.Example;
import book.find.ExampleCatalog;
import book.run.ExampleRunner;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code example::goroutines/TenProcesses.java[tag=main]} block macro: shows the script's
 * listing with its callouts, the command that runs it, the output captured in this build and the
 * sentence of what was verified.
 *
 * <p>{@code registry.blockMacro(new ExampleMacro(root, catalog, results, only, problems))}
 */
final class ExampleMacro extends BlockMacroProcessor {

    private final Path root;
    private final ExampleCatalog catalog;
    private final ResultStore results;
    private final ExampleCatalog selected;
    private final String only;
    private final Problems problems;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    ExampleMacro(Path root, ExampleCatalog catalog, ResultStore results, String only, Problems problems) {
        super("example");
        this.root = root;
        this.catalog = catalog;
        this.results = results;
        this.selected = catalog.only(only);
        this.only = only;
        this.problems = problems;
    }

    /** The ids of every example a page has shown so far. */
    Set<String> shown() {
        return Set.copyOf(shown);
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        String id = target.replaceFirst("\\.java$", "");
        var block = createBlock(parent, "open", "", Map.of("role", "example-run"));
        var example = catalog.find(id);
        if (example.isEmpty()) {
            problems.add("%s: example::%s[] names no script: there is no examples/%s".formatted(
                    place(parent, target), target, target));
            return block;
        }
        shown.add(id);
        String tag = String.valueOf(attributes.getOrDefault("tag", "main"));
        List<String> code = ScriptListing.of(read(example.get().file()), tag);
        if (code.isEmpty()) {
            problems.add("%s: examples/%s has no tag '%s'".formatted(place(parent, target), target, tag));
        }
        var lines = new ArrayList<String>();
        lines.add(attributes.containsKey("title") ? "." + attributes.get("title") : ".examples/" + target);
        lines.add("[source,java]");
        lines.add("----");
        lines.addAll(code);
        lines.add("----");
        lines.add("");
        lines.addAll(runPanel(parent, target, example.get()));
        parseContent(block, lines);
        return block;
    }

    private List<String> runPanel(StructuralNode parent, String target, Example example) {
        if (selected.find(example.id()).isEmpty()) {
            return List.of("[.not-run]", "_Not run in this build: it was limited to `book.only=" + only + "`._");
        }
        var result = results.load(example.id());
        if (result.isEmpty()) {
            problems.add("%s: examples/%s has no result from this build's test run".formatted(place(parent, target), target));
            return List.of();
        }
        RunResult run = result.get();
        if (!ExampleRunner.fingerprint(example).orElse("").equals(run.fingerprint())) {
            problems.add(("%s: examples/%s, its inputs, the JDK or the checker changed since its last run;"
                    + " run the tests again (./mvnw package does)").formatted(place(parent, target), target));
        }
        if (!run.passed()) {
            problems.add("%s: examples/%s did not pass its check (%s); see the test report".formatted(
                    place(parent, target), target, run.status()));
        }
        var lines = new ArrayList<String>();
        lines.add(".Run it");
        lines.add("[source,shell,role=run-command]");
        lines.add("----");
        lines.add(run.command());
        lines.add("----");
        lines.add("");
        boolean html = "html5".equals(parent.getDocument().getAttribute("backend"));
        if (html) {
            lines.add("++++");
            lines.add("<p class=\"source-link\"><a class=\"source-link\" href=\"examples/" + target
                    + "\">Source: examples/" + target + "</a></p>");
            lines.add("++++");
            lines.add("");
        }
        lines.addAll(outputPanel(html, "Output of this build", "verified-output", run.stdout(), run.varyingLines()));
        if (!run.stderr().isEmpty()) {
            lines.addAll(outputPanel(html, "Standard error", "verified-output stderr", run.stderr(), List.of()));
        }
        lines.addAll(TimelinePanel.lines(parent, run));
        lines.add("");
        if (html) {
            lines.add("++++");
            lines.add("<details class=\"verified\"><summary>" + escapeHtml(checked(run)) + "</summary>"
                    + "<p>The details: " + escapeHtml(run.verified()) + "</p></details>");
            lines.add("++++");
        } else {
            lines.add("[.verified,subs=specialchars]");
            lines.add(checked(run) + " The details: " + run.verified());
        }
        lines.add("");
        return lines;
    }

    /** What the build checked, in words a reader takes in at a glance; the checker's own sentence is the detail. */
    static String checked(RunResult run) {
        String output = run.stdout().isEmpty() && run.stderr().isEmpty()
                ? "it printed nothing, as expected"
                : "its output matched what the program guarantees";
        String exit = run.exitCode() == 0 ? "it exited normally" : "it exited with code " + run.exitCode() + ", as expected";
        return "Checked in this build: %s, %s, and it finished in %s.".formatted(
                output, exit, String.format(java.util.Locale.ROOT, "%.1f s", run.seconds()));
    }

    /**
     * The captured output: in HTML one span per line, marked {@code varies} where another run may differ;
     * elsewhere a literal block.
     */
    private static List<String> outputPanel(boolean html, String title, String role, List<String> output,
                                            List<Integer> varying) {
        List<String> shown = output.isEmpty() ? List.of("(no output)") : output;
        var lines = new ArrayList<String>();
        if (html) {
            lines.add("++++");
            lines.add("<div class=\"literalblock " + role + "\"><div class=\"title\">" + title + "</div>"
                    + "<div class=\"content\"><pre>");
            for (int i = 0; i < shown.size(); i++) {
                String kind = varying.contains(i + 1) ? "class=\"line varies\" title=\"varies between runs\"" : "class=\"line\"";
                lines.add("<span " + kind + ">" + escapeHtml(shown.get(i)) + "</span>");
            }
            lines.add("</pre></div>");
            if (!varying.isEmpty()) {
                lines.add("<p class=\"varies-legend\"><span class=\"varies-marker\" aria-hidden=\"true\"></span>"
                        + (varying.size() == 1 ? "The marked line varies" : "Marked lines vary") + " between runs.</p>");
            }
            lines.add("</div>");
            lines.add("++++");
        } else {
            lines.add("." + title);
            lines.add("[." + role.replace(' ', '.') + "]");
            lines.add("....");
            lines.addAll(shown);
            lines.add("....");
        }
        lines.add("");
        return lines;
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
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
            if (lines.get(i).contains("example::" + target + "[")) {
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
