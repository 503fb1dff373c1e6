package book.render;

import book.find.Example;
import book.find.ExampleCatalog;
import book.run.ResultStore;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Renders the book: {@code site/*.adoc} and {@code chapters/*.adoc} into one HTML page each under
 * {@code target/site}, every example shown with the output the test run captured. Fails when a page
 * names a missing example, when an example is shown by no page, or when an example did not pass.
 *
 * <p>{@code java book.render.SiteRenderer <root> <results dir> <site dir>} (run by {@code ./mvnw package}).
 */
public final class SiteRenderer {

    private final Path root;
    private final Path site;
    private final ExampleCatalog catalog;
    private final ResultStore results;
    private final String only;
    private final Problems problems = new Problems();

    SiteRenderer(Path root, Path results, Path site, String only) {
        this.root = root;
        this.site = site;
        this.catalog = ExampleCatalog.scan(root, "examples");
        this.results = new ResultStore(results);
        this.only = only;
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: SiteRenderer <project root> <results directory> <site directory>");
            System.exit(2);
        }
        var renderer = new SiteRenderer(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]),
                Path.of(args[2]), System.getProperty("book.only", ""));
        List<String> problems = renderer.render();
        if (!problems.isEmpty()) {
            System.err.println("The book has " + problems.size() + " problem(s):");
            problems.forEach(problem -> System.err.println("  " + problem));
            System.exit(1);
        }
        System.out.println("Rendered the book into " + renderer.site.resolve("index.html"));
    }

    /** Renders every page and returns the problems found; the site is written either way. */
    List<String> render() {
        var macro = new ExampleMacro(root, catalog, results, only, problems);
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            asciidoctor.registerLogHandler(record -> {
                if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                    String where = record.getCursor() == null ? "" : record.getCursor().getFile() + ":"
                            + record.getCursor().getLineNumber() + ": ";
                    problems.add(where + record.getMessage());
                }
            });
            asciidoctor.javaExtensionRegistry().blockMacro(macro);
            for (Path page : pages()) {
                asciidoctor.convertFile(page.toFile(), options());
            }
        }
        copyAssets();
        for (Example example : catalog.examples()) {
            if (!macro.shown().contains(example.id())) {
                problems.add(example.displayPath() + ": shown by no chapter; add example::"
                        + example.id() + ".java[] to one");
            }
        }
        return problems.all();
    }

    /** The site's own pages, then the chapters in file-name order. */
    List<Path> pages() {
        var pages = new ArrayList<Path>();
        pages.addAll(adocFiles(root.resolve("site")));
        pages.addAll(adocFiles(root.resolve("chapters")));
        return pages;
    }

    private static List<Path> adocFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".adoc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Options options() {
        return Options.builder()
                .backend("html5")
                .safe(SafeMode.UNSAFE)
                .standalone(true)
                .toDir(site.toFile())
                .mkDirs(true)
                .attributes(Attributes.builder()
                        .sourceHighlighter("rouge")
                        .attribute("rouge-style", "github")
                        .attribute("webfonts", false)
                        .attribute("icons", false)
                        .attribute("sectanchors", true)
                        .attribute("toc", "left")
                        .attribute("idprefix", "")
                        .attribute("idseparator", "-")
                        .build())
                .build();
    }

    private void copyAssets() {
        Path assets = root.resolve("site/assets");
        if (!Files.isDirectory(assets)) {
            return;
        }
        try (Stream<Path> files = Files.walk(assets)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = site.resolve("assets").resolve(assets.relativize(file));
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
