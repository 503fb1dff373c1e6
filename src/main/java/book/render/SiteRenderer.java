package book.render;

import book.find.ExampleCatalog;
import book.find.GoCatalog;
import book.run.ResultStore;
import book.run.RunResult;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.extension.ExtensionGroup;
import org.asciidoctor.log.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Renders the book: {@code site/*.adoc} and the chapters of {@code chapters/contents.adoc} into one HTML page
 * each under {@code target/site}, and the whole book into {@code book.pdf} and {@code book.epub}, every example
 * shown with the output the test run captured. First it checks every example and listing the pages show, in one
 * pass, and stops before converting anything when one is missing, shown by no page, stale or failed. Then it
 * converts only the outputs whose inputs changed since they were last rendered (a page: what it includes, the
 * examples and listings it shows as checked, the book's title and the chapter titles its navigation shows, the
 * docinfo, the renderer's own classes), all in one Asciidoctor runtime, started only when something needs
 * converting.
 *
 * <p>{@code java book.render.SiteRenderer <root> <results dir> <site dir> pages|ebooks...} renders each output in
 * turn ({@code ./mvnw package} renders the pages). With {@code -Dbook.ebooks.gate=<file>} ({@code ./mvnw verify}),
 * the render starts before the tests that write the results: it boots Asciidoctor and loads the converters meanwhile,
 * then waits for the build to open that {@link ResultsGate}, renders the pages and then the ebooks in that warm
 * runtime, and says where each stands in its {@link RenderStatus}; it ends without rendering when the build ends
 * first. The build's page render then only waits for the pages ({@code pages} with {@code -Dbook.ebooks.skip=false}).
 */
public final class SiteRenderer implements AutoCloseable {

    /** What one run renders. */
    enum Output {
        /** The HTML pages, the search index and the assets; ebooks whose inputs changed are removed, never left stale. */
        PAGES,
        /** The PDF and the EPUB. */
        EBOOKS
    }

    /** How long the build's page render waits for the pages that the render in the background renders. */
    private static final Duration PAGE_RENDER_TIMEOUT = Duration.ofMinutes(20);

    /** The ebooks: the EPUB and the PDF. */
    private static final List<String> EBOOK_BACKENDS = List.of("epub3", "pdf");

    private final Path root;
    private final Path site;
    private final String only;
    private final String version;
    private final List<String> ebookBackends;
    /** Whether this render's build renders the ebooks beside the pages, which then leave the ebooks to that render. */
    private boolean ebooksRenderBeside;
    private ExampleCatalog catalog;
    private final ResultStore results;
    private final LazyAsciidoctor runtime = new LazyAsciidoctor();
    private Problems problems = new Problems();
    /** What loading the converters ahead ({@link #prepareEbooks()}) found wrong, for the ebooks' render to report. */
    private Problems loadProblems = new Problems();
    /** The ebooks whose converters are loaded. */
    private final Set<String> loaded = new HashSet<>();
    private final List<String> converted = new ArrayList<>();
    /** Where the build's background ebook render says which ebook is in place (EpubIT reads the EPUB meanwhile). */
    private Optional<RenderStatus> ebookStatus = Optional.empty();

    SiteRenderer(Path root, Path results, Path site, String only, String version) {
        this(root, results, site, only, version, EBOOK_BACKENDS);
    }

    /**
     * A renderer of some of the ebooks only ({@code List.of("epub3")}): SiteRendererIT tests what the render cache
     * does with an ebook on a demo book's EPUB, whose conversion costs a fraction of the PDF's; EpubIT and EbooksIT
     * check the ebooks of the book itself.
     */
    SiteRenderer(Path root, Path results, Path site, String only, String version, List<String> ebookBackends) {
        if (!EBOOK_BACKENDS.containsAll(ebookBackends)) {
            throw new IllegalArgumentException(ebookBackends + " are not all ebooks, which are " + EBOOK_BACKENDS);
        }
        this.root = root;
        this.site = site;
        this.only = only;
        this.version = version;
        this.ebookBackends = List.copyOf(ebookBackends);
        this.results = new ResultStore(results);
    }

    public static void main(String[] args) {
        List<Output> outputs = args.length < 4 ? List.of() : Arrays.stream(args, 3, args.length)
                .flatMap(arg -> Arrays.stream(Output.values()).filter(output -> output.name().equalsIgnoreCase(arg)))
                .distinct().toList();
        if (outputs.isEmpty() || outputs.size() != args.length - 3) {
            System.err.println("usage: SiteRenderer <project root> <results directory> <site directory> pages|ebooks...");
            System.exit(2);
        }
        long start = System.nanoTime();
        Path site = Path.of(args[2]).toAbsolutePath().normalize();
        String build = System.getProperty("book.build", "unnamed");
        Optional<ResultsGate> gate = Optional.ofNullable(System.getProperty("book.ebooks.gate"))
                .filter(file -> !file.isBlank()).map(file -> new ResultsGate(Path.of(file), build));
        // book.ebooks.skip (pom.xml) is "true" unless Maven was asked for the integration tests: then the render in the
        // background (render-ebooks) renders the pages and the ebooks, and the page render of the package phase
        // (render-site) only waits for its pages.
        boolean verify = !Boolean.parseBoolean(System.getProperty("book.ebooks.skip", "true"));
        if (gate.isEmpty() && verify && outputs.equals(List.of(Output.PAGES))) {
            awaitPages(site, build);
            return;
        }
        // A render in the background (./mvnw verify) says where it stands: render-site waits for its pages, EpubIT for
        // the EPUB to be ready, EbooksIT for the ebooks' end, and each reports its problems.
        Map<Output, RenderStatus> statuses = new LinkedHashMap<>();
        if (gate.isPresent()) {
            outputs.forEach(output -> statuses.put(output, RenderStatus.of(output, site, build)));
            statuses.values().forEach(RenderStatus::started);
        }
        try (var renderer = new SiteRenderer(Path.of(args[0]).toAbsolutePath().normalize(), Path.of(args[1]), site,
                System.getProperty("book.only", ""), System.getProperty("book.version", "unversioned"))) {
            renderer.ebookStatus = Optional.ofNullable(statuses.get(Output.EBOOKS));
            if (gate.isPresent()) {
                if (outputs.contains(Output.EBOOKS)) {
                    renderer.prepareEbooks(gate.get()::isOpen);
                }
                // The build (Maven, this process's parent) opens the gate once the tests that write the results ended.
                if (!gate.get().await(ProcessHandle.current().parent().orElseThrow())) {
                    System.out.println("The build ended before its examples' results were final: nothing rendered");
                    statuses.values().forEach(status -> status.finished(
                            List.of("the build ended before its examples' results were final")));
                    return;
                }
                start = System.nanoTime();
            }
            for (Output output : outputs) {
                // Pages rendered before the ebooks in this process leave the ebooks to it.
                List<String> problems = renderer.render(output, verify || outputs.contains(Output.EBOOKS));
                Optional.ofNullable(statuses.remove(output)).ifPresent(status -> status.finished(problems));
                if (!problems.isEmpty()) {
                    statuses.values().forEach(status -> status.finished(
                            List.of("not rendered: the " + output.name().toLowerCase(Locale.ROOT) + " have problems")));
                    // The build's page render (render-site) reports the problems of the pages rendered here.
                    if (gate.isEmpty() || output != Output.PAGES) {
                        report(problems);
                    }
                    System.exit(1);
                }
                System.out.printf("Rendered %s of %s in %.1f s (%s)%n", output.name().toLowerCase(Locale.ROOT),
                        renderer.site, (System.nanoTime() - start) / 1e9, renderer.converted.isEmpty()
                                ? "nothing changed" : "converted " + String.join(", ", renderer.converted));
                start = System.nanoTime();
            }
        } catch (RuntimeException | Error e) {
            statuses.values().forEach(status -> status.finished(List.of("the render failed: " + e)));
            throw e;
        }
    }

    /**
     * {@code ./mvnw verify}: the render in the background, whose runtime is warm by the time the examples' results are
     * final, renders the pages; this waits for them and fails, as a page render would, with their problems.
     */
    private static void awaitPages(Path site, String build) {
        List<String> problems = RenderStatus.of(Output.PAGES, site, build).await(PAGE_RENDER_TIMEOUT);
        if (!problems.isEmpty()) {
            report(problems);
            System.exit(1);
        }
    }

    private static void report(List<String> problems) {
        System.err.println("The book has " + problems.size() + " problem(s):");
        problems.forEach(problem -> System.err.println("  " + problem));
    }

    /** The outputs the last render converted, in order; the others were current. */
    List<String> converted() {
        return List.copyOf(converted);
    }

    /**
     * Checks the book, renders what changed of {@code output}, and returns every problem found. A renderer may
     * render again, and then reads everything afresh but keeps its Asciidoctor runtime warm.
     */
    List<String> render(Output output) {
        return render(output, false);
    }

    /**
     * Renders like {@link #render(Output)}; with {@code ebooksRenderBeside}, the build renders the ebooks in another
     * process beside this page render ({@code ./mvnw verify}): that render removes the ebooks it replaces, and the
     * page render leaves them alone, so that it never removes a fresh one that render has just written.
     */
    List<String> render(Output output, boolean ebooksRenderBeside) {
        this.ebooksRenderBeside = ebooksRenderBeside;
        problems = new Problems();
        if (output == Output.EBOOKS) {
            loadProblems.all().forEach(problems::add);
            loadProblems = new Problems();
        }
        runtime.problems = problems;
        converted.clear();
        Optional<Book> book = read();
        if (book.isEmpty() || !problems.all().isEmpty()) {
            return problems.all();
        }
        Book read = book.get();
        switch (output) {
            case PAGES -> renderPages(read.contents(), read.sources(), read.check(), read.tooling());
            case EBOOKS -> renderEbooks(read.contents(), read.sources(), read.check(), read.tooling());
        }
        return problems.all();
    }

    /**
     * Boots Asciidoctor and loads the converters of the ebooks that are out of date by the results as they are now,
     * before the build's tests have written this build's (see {@link ResultsGate}): what is slow in a render but reads
     * neither the book nor the results. It renders nothing and decides nothing: {@link #render} reads everything
     * afresh, and loads a converter this did not. What it cannot read (results being written meanwhile) counts as
     * out of date; the problems of loading are the ebooks' render's.
     */
    void prepareEbooks() {
        prepareEbooks(() -> false);
    }

    /**
     * Prepares like {@link #prepareEbooks()}, but loads no converter once {@code resultsFinal} says the results are
     * final: the pages, which need the runtime but not the converters, render first, and the ebooks' render loads
     * what is missing ({@code ./mvnw verify -Dtest=NONE}, whose results are final at once).
     */
    void prepareEbooks(BooleanSupplier resultsFinal) {
        problems = new Problems();
        List<String> stale;
        try {
            stale = read().filter(book -> problems.all().isEmpty())
                    .map(book -> staleEbooks(RenderCache.load(cacheDir().resolve("ebooks.json")),
                            ebookKey(book.contents(), book.sources(), book.check(), book.tooling())))
                    .orElse(ebookBackends);
        } catch (RuntimeException e) {
            stale = ebookBackends;
        }
        problems = loadProblems;
        runtime.problems = loadProblems;
        if (!stale.isEmpty()) {
            runtime.get();
            if (!resultsFinal.getAsBoolean()) {
                loadGems(stale);
            }
        }
    }

    /** What a render converts from: the reading order, the pages' sources, the check of what they show, the renderer. */
    private record Book(Contents contents, List<PageSource> sources, ExampleCheck check, String tooling) {
    }

    /** Reads and checks the book; empty, with the problems recorded, when a page or an example is not as it must be. */
    private Optional<Book> read() {
        catalog = ExampleCatalog.scan(root, "examples");
        GoCatalog goPrograms = GoCatalog.scan(root, "examples");
        Contents contents = Contents.read(root, problems);
        List<Path> pages = pages(contents);
        List<PageSource> sources = pages.stream().map(page -> PageSource.scan(root, page, problems)).toList();
        ExampleCheck check = ExampleCheck.check(sources, catalog, goPrograms, results, only, problems);
        if (!problems.all().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Book(contents, sources, check, ToolingDigest.of(SiteRenderer.class)));
    }

    /** The ebooks that {@code cache} does not have as rendered from {@code key}, the key of their inputs now. */
    private List<String> staleEbooks(RenderCache cache, String key) {
        return ebookBackends.stream()
                .filter(backend -> cache.current(ebookFile(backend), site.resolve(ebookFile(backend)), key).isEmpty())
                .toList();
    }

    @Override
    public void close() {
        runtime.close();
    }

    private void renderPages(Contents contents, List<PageSource> sources, ExampleCheck check,
                             String tooling) {
        RenderCache cache = RenderCache.load(cacheDir().resolve("pages.json"));
        List<SearchIndex.Page> nav = sources.stream().map(source -> new SearchIndex.Page(href(source.page()),
                title(contents, source.page()))).toList();
        var search = new SearchIndex();
        List<SearchIndex.Page> chapters = nav.stream()
                .filter(page -> contents.chapters().stream().anyMatch(c -> c.href().equals(page.href()))).toList();
        String bookTitle = nav.stream().filter(page -> page.href().equals("index.html")).map(SearchIndex.Page::title)
                .findFirst().orElse("Contents");
        var context = new Extensions.Context(root, contents, List.of(), catalog, check, only, problems, search, chapters,
                bookTitle);
        Map<String, List<SearchIndex.Entry>> entries = new LinkedHashMap<>();
        Set<String> expected = new HashSet<>();
        Set<String> expectedListings = new HashSet<>();
        ExtensionGroup group = null;
        for (PageSource source : sources) {
            String href = href(source.page());
            String key = pageKey(source, check, bookTitle, chapters, tooling);
            var current = cache.current(href, site.resolve(href), key);
            if (current.isPresent()) {
                entries.put(href, current.get().search());
                continue;
            }
            if (group == null) {
                group = Extensions.group(runtime.get(), "html5", context);
                group.register();
            }
            int before = problems.all().size();
            int entriesBefore = search.entries().size();
            runtime.get().convertFile(source.page().toFile(), pageOptions());
            converted.add(href);
            source.examples().forEach(macro -> expected.add(macro.id()));
            source.listings().forEach(macro -> expectedListings.add(macro.id()));
            List<SearchIndex.Entry> added = List.copyOf(search.entries().subList(entriesBefore, search.entries().size()));
            entries.put(href, added);
            if (problems.all().size() == before) {
                cache.record(href, new RenderCache.Rendered(key, added));
            } else {
                cache.forget(href);
            }
        }
        if (group != null) {
            group.unregister();
            if (!context.pageMacro().shown().equals(expected)) {
                problems.add("the pages drew the examples " + context.pageMacro().shown() + " but the check saw "
                        + expected + "; the renderer's scan of the pages is wrong");
                return;
            }
            if (!context.listings().shown().equals(expectedListings)) {
                problems.add("the pages drew the listings " + context.listings().shown() + " but the check saw "
                        + expectedListings + "; the renderer's scan of the pages is wrong");
                return;
            }
        }
        var index = new SearchIndex();
        entries.values().forEach(index::add);
        write(site.resolve("assets/search-index.js"), index.script(nav));
        Set<String> hrefs = new HashSet<>(entries.keySet());
        removeOtherPages(hrefs);
        Mirror.sync(root.resolve("site/assets"), site.resolve("assets"), Set.of("search-index.js"));
        Mirror.sync(root.resolve("examples"), site.resolve("examples"), Set.of());
        SourceArchive.write(root, site.resolve(SourceArchive.FILE));
        cache.save();
        // Ebooks rendered from other inputs would show a stale book: remove them until ./mvnw verify renders them,
        // unless that render runs beside this one, which removes them itself before it converts.
        if (!ebooksRenderBeside) {
            RenderCache ebooks = RenderCache.load(cacheDir().resolve("ebooks.json"));
            String ebookKey = ebookKey(contents, sources, check, tooling);
            for (String backend : ebookBackends) {
                if (!ebooks.renderedFrom(ebookFile(backend), ebookKey)) {
                    delete(site.resolve(ebookFile(backend)));
                }
            }
        }
    }

    private void renderEbooks(Contents contents, List<PageSource> sources, ExampleCheck check,
                              String tooling) {
        RenderCache cache = RenderCache.load(cacheDir().resolve("ebooks.json"));
        String key = ebookKey(contents, sources, check, tooling);
        List<String> backends = staleEbooks(cache, key);
        ebookBackends.stream().filter(backend -> !backends.contains(backend))
                .forEach(backend -> ebookStatus.ifPresent(status -> status.ready(ebookFile(backend))));
        if (backends.isEmpty()) {
            return;
        }
        // Out of date: gone while they are converted, so that nothing shows the stale ones meanwhile.
        backends.forEach(backend -> delete(site.resolve(ebookFile(backend))));
        Path book = site.getParent().resolve("book/book.adoc");
        write(book, BookDocument.text(root, book.getParent(), contents, version, LocalDate.now(ZoneOffset.UTC).toString()));
        var context = new Extensions.Context(root, contents, BookDocument.appendices(root, contents), catalog, check,
                only, problems, new SearchIndex(), List.of(), "");
        loadGems(backends);
        for (String backend : backends) {
            ExtensionGroup group = Extensions.group(runtime.get(), backend, context);
            group.register();
            int before = problems.all().size();
            long start = System.nanoTime();
            runtime.get().convertFile(book.toFile(), ebookOptions(backend));
            group.unregister();
            converted.add(ebookFile(backend));
            System.out.printf("Converted %s in %.1f s%n", ebookFile(backend), (System.nanoTime() - start) / 1e9);
            if (problems.all().size() == before) {
                cache.record(ebookFile(backend), new RenderCache.Rendered(key, List.of()));
            } else {
                cache.forget(ebookFile(backend));
            }
            cache.save();
            if (problems.all().isEmpty()) {
                ebookStatus.ifPresent(status -> status.ready(ebookFile(backend)));
            }
        }
    }

    /**
     * Activates the converters' gems and every gem they depend on, then loads them. Loaded the other way round, a
     * gem's dependencies wait to be activated until a {@code require} needs them, and meanwhile RubyGems answers
     * each {@code require} by testing every active gem for the file through the class path that holds them all:
     * loading both converters cost 17.2 CPU seconds, and costs 8.7 (a fifth of the ebooks' CPU in a profile).
     */
    private void loadGems(List<String> ebooks) {
        List<String> backends = ebooks.stream().filter(backend -> !loaded.contains(backend)).toList();
        if (backends.isEmpty()) {
            return;
        }
        loaded.addAll(backends);
        var activate = new StringBuilder();
        backends.forEach(backend -> activate.append("gem 'asciidoctor-").append(backend).append("'\n"));
        activate.append("Gem.finish_resolve\n");
        runtime.get().rubyExtensionRegistry().loadClass(
                new java.io.ByteArrayInputStream(activate.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        backends.forEach(backend -> runtime.get().requireLibrary("asciidoctor-" + backend));
    }

    /**
     * Everything a page's HTML is made from: the page and what it includes, the examples and listings it shows as
     * the check let them through, the docinfo, the renderer; and what the book's navigation on every page shows of
     * the others, the book's title and each chapter's title and place. Nothing else of another page: a chapter's
     * summary in the reading order is shown by the index alone, which includes that file; a site page's title by
     * that page alone; a link to another page carries its own text.
     */
    private String pageKey(PageSource source, ExampleCheck check, String bookTitle, List<SearchIndex.Page> chapters,
                           String tooling) {
        var digest = new Digest().text("tooling", tooling).text("only", only)
                .text("book title", bookTitle)
                .text("chapters", chapters.toString());
        docinfo().forEach(file -> digest.file(root, file));
        source.files().forEach(file -> digest.file(root, file));
        source.examples().forEach(macro -> example(digest, macro.id(), check));
        source.listings().forEach(macro -> listing(digest, macro, check));
        return digest.hex();
    }

    /** Everything the PDF and the EPUB are made from, but the date they were rendered on. */
    private String ebookKey(Contents contents, List<PageSource> sources, ExampleCheck check, String tooling) {
        var digest = new Digest().text("tooling", tooling).text("only", only).text("version", version);
        BookDocument.ownInputs().forEach(file -> digest.file(root, root.resolve(file)));
        List<Path> appendices = BookDocument.appendices(root, contents);
        for (PageSource source : sources) {
            if (contents.chapter(source.page()).isPresent() || source.page().equals(root.resolve(BookDocument.INDEX))
                    || appendices.contains(source.page())) {
                source.files().forEach(file -> digest.file(root, file));
                source.examples().forEach(macro -> example(digest, macro.id(), check));
                source.listings().forEach(macro -> listing(digest, macro, check));
            }
        }
        return digest.hex();
    }

    /** An example as a page shows it: its script, and the result the check let through or that it was not run. */
    private void example(Digest digest, String id, ExampleCheck check) {
        catalog.find(id).ifPresent(example -> digest.file(root, example.file()));
        RunResult result = check.results().get(id);
        digest.text("result " + id, result == null ? "not run" : result.toString());
    }

    /** A listing as a page shows it: the file, and what the check says above and below its code. */
    private void listing(Digest digest, PageSource.Macro macro, ExampleCheck check) {
        digest.file(root, root.resolve("examples").resolve(macro.target()));
        digest.text("listing " + macro.target(), String.valueOf(check.listings().get(macro.target())));
    }

    private List<Path> docinfo() {
        try (Stream<Path> files = Files.list(root.resolve("site"))) {
            return files.filter(file -> file.getFileName().toString().matches("docinfo.*\\.html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's own pages, then the chapters in reading order. */
    private List<Path> pages(Contents contents) {
        var pages = new ArrayList<Path>();
        try (Stream<Path> files = Files.list(root.resolve("site"))) {
            pages.addAll(files.filter(file -> file.getFileName().toString().endsWith(".adoc")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pages.addAll(contents.files().stream().filter(Files::isRegularFile).toList());
        return pages;
    }

    private static String href(Path page) {
        return page.getFileName().toString().replaceFirst("\\.adoc$", ".html");
    }

    /** A chapter's title from the reading order; a site page's from its own first line. */
    private static String title(Contents contents, Path page) {
        return contents.chapter(page).map(Contents.Chapter::title).orElseGet(() -> {
            try (Stream<String> lines = Files.lines(page)) {
                return lines.findFirst().filter(line -> line.startsWith("= ")).map(line -> line.substring(2).strip())
                        .orElse(href(page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Removes pages of an earlier render that are no page of the book any more. */
    private void removeOtherPages(Set<String> hrefs) {
        if (!Files.isDirectory(site)) {
            return;
        }
        try (Stream<Path> files = Files.list(site)) {
            files.filter(file -> file.toString().endsWith(".html") && !hrefs.contains(file.getFileName().toString()))
                    .forEach(SiteRenderer::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path cacheDir() {
        return site.getParent().resolve("book/render-cache");
    }

    private static String ebookFile(String backend) {
        return "epub3".equals(backend) ? "book.epub" : "book." + backend;
    }

    private Options pageOptions() {
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
                        // Asciidoctor's stylesheet is site/assets/asciidoctor.css, linked, so fetched once per site.
                        .attribute("linkcss", true)
                        .attribute("stylesdir", "assets")
                        .attribute("copycss", false)
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

    private Options ebookOptions(String backend) {
        return Options.builder()
                .backend(backend)
                .safe(SafeMode.UNSAFE)
                .toFile(site.resolve(ebookFile(backend)).toFile())
                .mkDirs(true)
                .build();
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.isRegularFile(file) || !Files.readString(file).equals(text)) {
                Files.writeString(file, text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One Asciidoctor runtime, created the first time something needs converting; its warnings become problems. */
    private static final class LazyAsciidoctor implements Supplier<Asciidoctor>, AutoCloseable {

        private Problems problems = new Problems();
        private Asciidoctor asciidoctor;

        @Override
        public Asciidoctor get() {
            if (asciidoctor == null) {
                asciidoctor = Asciidoctor.Factory.create();
                asciidoctor.registerLogHandler(record -> {
                    if (record.getSeverity().ordinal() >= Severity.WARN.ordinal()) {
                        String where = record.getCursor() == null ? "" : record.getCursor().getFile() + ":"
                                + record.getCursor().getLineNumber() + ": ";
                        problems.add(where + record.getMessage());
                    }
                });
            }
            return asciidoctor;
        }

        @Override
        public void close() {
            if (asciidoctor != null) {
                asciidoctor.close();
            }
        }
    }
}
