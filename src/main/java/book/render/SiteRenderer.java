package book.render;

import book.find.Example;
import book.find.ExampleCatalog;
import book.find.GoCatalog;
import book.find.GoProgram;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    private final GoCatalog goPrograms;
    private final ResultStore results;
    private final String only;
    private final Problems problems = new Problems();

    SiteRenderer(Path root, Path results, Path site, String only) {
        this.root = root;
        this.site = site;
        this.catalog = ExampleCatalog.scan(root, "examples");
        this.goPrograms = GoCatalog.scan(root, "examples");
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

    /**
     * Renders every page and returns the problems found; the site is written either way. The PDF, the slowest
     * part, is converted in a second Asciidoctor runtime while the first renders the pages and the EPUB.
     */
    List<String> render() {
        Path book = writeBookDocument();
        var macro = new ExampleMacro(root, catalog, results, only, problems);
        var listings = new ListingMacro(root, catalog, goPrograms, results, only, problems);
        var search = new SearchIndex();
        List<SearchIndex.Page> pages;
        try (ExecutorService pdfThread = Executors.newSingleThreadExecutor()) {
            Future<?> pdf = pdfThread.submit(() -> {
                try (Asciidoctor asciidoctor = asciidoctor()) {
                    asciidoctor.javaExtensionRegistry().blockMacro(ebookMacro()).blockMacro(ebookListings());
                    asciidoctor.convertFile(book.toFile(), ebookOptions("pdf", site.resolve("book.pdf")));
                }
            });
            try (Asciidoctor asciidoctor = asciidoctor()) {
                pages = pages().stream().map(page -> new SearchIndex.Page(
                        page.getFileName().toString().replaceFirst("\\.adoc$", ".html"), title(asciidoctor, page))).toList();
                asciidoctor.javaExtensionRegistry()
                        .blockMacro(macro)
                        .blockMacro(listings)
                        .treeprocessor(search)
                        .postprocessor(new BookNav(pages.stream().filter(page -> page.href().equals("index.html"))
                                .map(SearchIndex.Page::title).findFirst().orElse("Contents"),
                                pages.stream().filter(page -> isChapter(page.href())).toList()));
                for (Path page : pages()) {
                    asciidoctor.convertFile(page.toFile(), options());
                }
                // The EPUB gets the examples but not the HTML-only extensions: a postprocessor cannot handle it.
                asciidoctor.unregisterAllExtensions();
                asciidoctor.javaExtensionRegistry().blockMacro(ebookMacro()).blockMacro(ebookListings());
                asciidoctor.convertFile(book.toFile(), ebookOptions("epub3", site.resolve("book.epub")));
            }
            waitFor(pdf);
        }
        copy(root.resolve("site/assets"), site.resolve("assets"));
        copy(root.resolve("examples"), site.resolve("examples"));
        write(site.resolve("assets/search-index.js"), search.script(pages));
        for (Example example : catalog.examples()) {
            if (!macro.shown().contains(example.id()) && !listings.shown().contains(example.id())) {
                problems.add(example.displayPath() + ": shown by no chapter; add example::"
                        + example.id() + ".java[] to one");
            }
        }
        for (GoProgram program : goPrograms.programs()) {
            if (!listings.shown().contains(program.id())) {
                problems.add(program.displayPath() + ": shown by no chapter; add listing::"
                        + program.id().substring(0, program.id().length() - 3) + ".go[] to one");
            }
        }
        return problems.all();
    }

    /** The example macro for the ebooks: the pages already reported every problem with an example, by page and line. */
    private ExampleMacro ebookMacro() {
        return new ExampleMacro(root, catalog, results, only, new Problems());
    }

    /** The listing macro for the ebooks, which like {@link #ebookMacro()} reports nothing the pages did not. */
    private ListingMacro ebookListings() {
        return new ListingMacro(root, catalog, goPrograms, results, only, new Problems());
    }

    /** A new Asciidoctor runtime whose warnings and errors become problems of the book. */
    private Asciidoctor asciidoctor() {
        Asciidoctor asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.registerLogHandler(record -> {
            if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                String where = record.getCursor() == null ? "" : record.getCursor().getFile() + ":"
                        + record.getCursor().getLineNumber() + ": ";
                problems.add(where + record.getMessage());
            }
        });
        return asciidoctor;
    }

    private static void waitFor(Future<?> conversion) {
        try {
            conversion.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while converting the PDF", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the PDF conversion failed", e.getCause());
        }
    }

    /** One document that includes every chapter, for the PDF and the EPUB. */
    private Path writeBookDocument() {
        var text = new StringBuilder(String.join("\n",
                "= Go's Concurrency, Ported to Modern Java",
                ":doctype: book",
                ":toc:",
                ":toclevels: 2",
                ":idprefix:",
                ":idseparator: -",
                ":source-highlighter: rouge",
                "", ""));
        for (Path chapter : adocFiles(root.resolve("chapters"))) {
            // Each chapter's title becomes a chapter of the book, not a part.
            text.append("include::").append(chapter).append("[leveloffset=+1]\n\n");
        }
        // The chapters name their source articles by links to the Sources page, so the ebooks end with it.
        Path sources = root.resolve("site/sources.adoc");
        if (Files.isRegularFile(sources)) {
            text.append("include::").append(sources).append("[leveloffset=+1]\n\n");
        }
        Path book = site.getParent().resolve("book/book.adoc");
        write(book, text.toString());
        return book;
    }

    private static Options ebookOptions(String backend, Path file) {
        return Options.builder()
                .backend(backend)
                .safe(SafeMode.UNSAFE)
                .toFile(file.toFile())
                .mkDirs(true)
                .build();
    }

    private static String title(Asciidoctor asciidoctor, Path page) {
        try {
            return SearchIndex.text(asciidoctor.load(Files.readString(page), Options.builder().parseHeaderOnly(true).build())
                    .getDoctitle());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chapters are named for their place in the book: {@code 01-goroutines}. */
    static boolean isChapter(String href) {
        return href.matches("\\d\\d-.*");
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
                        .attribute("toc", "left@")
                        .attribute("idprefix", "")
                        .attribute("idseparator", "-")
                        .attribute("docinfo", "shared")
                        .attribute("docinfodir", root.resolve("site").toString())
                        .build())
                .build();
    }

    private static void copy(Path from, Path to) {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
