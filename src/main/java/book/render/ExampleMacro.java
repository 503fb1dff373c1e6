package book.render;

import book.find.Example;
import book.find.ExampleCatalog;
import book.run.RunResult;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code example::goroutines/TenProcesses.java[tag=main]} block macro: shows the script's
 * listing with its callouts, the command that runs it, the output captured in this build and the
 * sentence of what was verified. It only draws: {@link ExampleCheck} has checked every example the
 * pages show before any conversion starts.
 *
 * <p>{@code group.blockMacro(new ExampleMacro(catalog, check, only, true, problems))}
 */
final class ExampleMacro extends BlockMacroProcessor {

    /** The panel of an example with {@code @merged}: both streams of one more run, as a terminal interleaves them. */
    static final String MERGED_TITLE = "Standard output and standard error together, as a terminal shows them (one more run)";

    private final ExampleCatalog catalog;
    private final ExampleCheck check;
    private final String only;
    private final boolean html;
    private final Problems problems;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    /**
     * @param html draw for the HTML pages (output lines marked where they vary, a link to the source) rather
     *             than for the ebooks (literal blocks)
     */
    ExampleMacro(ExampleCatalog catalog, ExampleCheck check, String only, boolean html, Problems problems) {
        super("example");
        this.catalog = catalog;
        this.check = check;
        this.only = only;
        this.html = html;
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
        if (example.isEmpty() || !check.results().containsKey(id) && !check.notRun().contains(id)) {
            problems.add("%s: example::%s[] was not checked before conversion (the renderer's scan missed it)"
                    .formatted(parent.getDocument().getAttribute("docfile"), target));
            return block;
        }
        shown.add(id);
        String tag = String.valueOf(attributes.getOrDefault("tag", "main"));
        List<String> code = ScriptListing.of(read(example.get().file()), tag);
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
        if (check.notRun().contains(example.id())) {
            return List.of("[.not-run]", "_Not run in this build: it was limited to `book.only=" + only + "`._");
        }
        RunResult run = check.results().get(example.id());
        var lines = new ArrayList<String>();
        lines.add(".Run it");
        lines.add("[source,shell,role=run-command]");
        lines.add("----");
        lines.add(run.command());
        lines.add("----");
        lines.add("");
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
        if (!run.merged().isEmpty()) {
            lines.addAll(outputPanel(html, MERGED_TITLE, "verified-output merged", run.merged(), List.of()));
        }
        lines.addAll(TimelinePanel.lines(parent, run));
        lines.add("");
        lines.addAll(OutcomeTable.lines(run));
        lines.addAll(verified(html, checked(run.stdout(), run.stderr(), run.exitCode())
                + ", and it finished in %s.".formatted(String.format(Locale.ROOT, "%.1f s", run.seconds())), run.verified()));
        lines.add("");
        for (RunResult.OtherRun other : run.otherRuns()) {
            lines.add(".Run it " + other.label());
            lines.add("[source,shell,role=run-command]");
            lines.add("----");
            lines.add(other.command());
            lines.add("----");
            lines.add("");
            lines.addAll(outputPanel(html, "Output of this build", "verified-output", other.stdout(), other.varyingLines()));
            if (!other.stderr().isEmpty()) {
                lines.addAll(outputPanel(html, "Standard error", "verified-output stderr", other.stderr(), List.of()));
            }
            lines.addAll(verified(html, checked(other.stdout(), other.stderr(), other.exitCode()) + ".",
                    other.verified()));
            lines.add("");
        }
        return lines;
    }

    /** What the build checked, in words a reader takes in at a glance, without the time it took. */
    static String checked(List<String> stdout, List<String> stderr, int exitCode) {
        String output = stdout.isEmpty() && stderr.isEmpty()
                ? "it printed nothing, as expected"
                : "its output matched what the program guarantees";
        String exit = exitCode == 0 ? "it exited normally" : "it exited with code " + exitCode + ", as expected";
        return "Checked in this build: %s, %s".formatted(output, exit);
    }

    /** The plain sentence, with the checker's own sentence one click away on the site and after it in the ebooks. */
    private static List<String> verified(boolean html, String summary, String details) {
        if (html) {
            return List.of("++++", "<details class=\"verified\"><summary>" + escapeHtml(summary) + "</summary>"
                    + "<p>The details: " + escapeHtml(details) + "</p></details>", "++++");
        }
        return List.of("[.verified,subs=specialchars]", summary + " The details: " + details);
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

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
