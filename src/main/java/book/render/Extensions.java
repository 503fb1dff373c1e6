package book.render;

import book.find.ExampleCatalog;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.extension.ExtensionGroup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The book's Asciidoctor extensions, each declared once with the backends it serves: the table below is the
 * only place that says which output gets what, so no extension asks which backend it is running for.
 *
 * <p>{@code var group = Extensions.group(asciidoctor, "html5", context); group.register(); ...; group.unregister()}
 */
final class Extensions {

    private static final Set<String> PAGES = Set.of("html5");
    private static final Set<String> EBOOKS = Set.of("epub3", "pdf");
    private static final Set<String> EPUB = Set.of("epub3");
    private static final Set<String> PDF = Set.of("pdf");

    /** What the extensions draw from, and the macros whose drawn examples the renderer compares with its check. */
    record Context(Contents contents, List<Path> appendices, ExampleCatalog catalog, ExampleCheck check, String only,
                   Problems problems, SearchIndex search, List<SearchIndex.Page> chapters, ExampleMacro pageMacro,
                   ExampleMacro ebookMacro, ListingMacro listings, String bookTitle) {

        Context(Path root, Contents contents, List<Path> appendices, ExampleCatalog catalog, ExampleCheck check,
                String only, Problems problems, SearchIndex search, List<SearchIndex.Page> chapters, String bookTitle) {
            this(contents, appendices, catalog, check, only, problems, search, chapters,
                    new ExampleMacro(catalog, check, only, true, problems),
                    new ExampleMacro(catalog, check, only, false, problems),
                    new ListingMacro(root, check, problems), bookTitle);
        }
    }

    @FunctionalInterface
    private interface Registration {
        void add(ExtensionGroup group, Asciidoctor asciidoctor, Context context);
    }

    private record Extension(Set<String> backends, Registration registration) {
    }

    private static final List<Extension> TABLE = List.of(
            new Extension(PAGES, (group, asciidoctor, context) -> group.preprocessor(new ChapterTitle(context.contents()))),
            new Extension(PAGES, (group, asciidoctor, context) -> group.blockMacro(context.pageMacro())),
            new Extension(Set.of("html5", "epub3", "pdf"), (group, asciidoctor, context) -> group.blockMacro(context.listings())),
            new Extension(PAGES, (group, asciidoctor, context) -> group.treeprocessor(context.search())),
            new Extension(PAGES, (group, asciidoctor, context) -> group.postprocessor(new BookNav(context.bookTitle(), context.chapters()))),
            new Extension(PAGES, (group, asciidoctor, context) -> group.postprocessor(new LeanListings())),
            new Extension(EBOOKS, (group, asciidoctor, context) -> group.blockMacro(context.ebookMacro())),
            new Extension(EBOOKS, (group, asciidoctor, context) -> group.includeProcessor(new ChapterLinks(context.contents(), context.appendices()))),
            new Extension(EPUB, (group, asciidoctor, context) -> loadRuby(asciidoctor, "epub3-section-titles.rb", "asciidoctor-epub3")),
            new Extension(PDF, (group, asciidoctor, context) -> loadRuby(asciidoctor, "pdf-listing-fragments.rb", "rouge", "asciidoctor/pdf/ext/rouge")),
            new Extension(PDF, (group, asciidoctor, context) -> loadRuby(asciidoctor, "pdf-text-caches.rb", "prawn")));

    private Extensions() {
    }

    /** A new, unregistered group of every extension that serves {@code backend}. */
    static ExtensionGroup group(Asciidoctor asciidoctor, String backend, Context context) {
        ExtensionGroup group = asciidoctor.createGroup();
        TABLE.stream().filter(extension -> extension.backends().contains(backend))
                .forEach(extension -> extension.registration().add(group, asciidoctor, context));
        return group;
    }

    /**
     * Loads a Ruby change to a converter, from this package's resources, after the {@code libraries} it changes;
     * loading it again changes nothing.
     */
    private static void loadRuby(Asciidoctor asciidoctor, String resource, String... libraries) {
        asciidoctor.requireLibrary(libraries);
        try (InputStream ruby = Extensions.class.getResourceAsStream(resource)) {
            if (ruby == null) {
                throw new IllegalStateException("missing resource book/render/" + resource);
            }
            asciidoctor.rubyExtensionRegistry().loadClass(ruby);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
