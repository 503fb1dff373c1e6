package book.render;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.extension.ExtensionGroup;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One Asciidoctor runtime for the integration tests that convert with Asciidoctor's own converters and at most
 * extensions of their own ({@link OutcomeTableIT}, {@link SearchIndexIT}): each booted one, seconds of CPU in the
 * test JVM. A test converts while it holds the runtime alone, with its extensions registered for that conversion
 * only, so that none runs in another test's conversion. {@link SiteRenderer} boots its own, with the book's.
 *
 * <p>{@code TestAsciidoctor.convert(group -> group.treeprocessor(index), asciidoctor -> asciidoctor.convert(text, options))}
 */
final class TestAsciidoctor {

    private static Asciidoctor asciidoctor;

    private TestAsciidoctor() {
    }

    /** What {@code conversion} returns, run on the shared runtime with the extensions {@code extensions} adds. */
    static synchronized <T> T convert(Consumer<ExtensionGroup> extensions, Function<Asciidoctor, T> conversion) {
        if (asciidoctor == null) {
            asciidoctor = Asciidoctor.Factory.create();
        }
        ExtensionGroup group = asciidoctor.createGroup();
        extensions.accept(group);
        group.register();
        try {
            return conversion.apply(asciidoctor);
        } finally {
            group.unregister();
        }
    }
}
