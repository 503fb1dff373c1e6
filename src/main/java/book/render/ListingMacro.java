package book.render;

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
 * The {@code listing::waitgroups/SideBySide.go[tag=main]} block macro: shows a tagged region of a Java
 * example or of a Go program kept beside its Java port, without a run panel, and under it one line
 * saying how this build verified the file: the Java script ran and met its expectation; the Go program
 * ran and met the same expectation, or, when it needs a newer Go than the build's, gofmt parsed it.
 * Two of them in a {@code [.go-java]} open block make the side-by-side listings of the chapters. It only
 * draws: {@link ExampleCheck} has checked every listing the pages show, and its result, before any conversion.
 *
 * <p>{@code group.blockMacro(new ListingMacro(root, check, problems))}
 */
final class ListingMacro extends BlockMacroProcessor {

    private final Path root;
    private final ExampleCheck check;
    private final Problems problems;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();

    ListingMacro(Path root, ExampleCheck check, Problems problems) {
        super("listing");
        this.root = root;
        this.check = check;
        this.problems = problems;
    }

    /** The ids of every Java example ({@code waitgroups/SideBySide}) and Go program ({@code ...SideBySide.go}) shown so far. */
    Set<String> shown() {
        return Set.copyOf(shown);
    }

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        var block = createBlock(parent, "open", "", Map.of("role", "verified-listing"));
        ExampleCheck.Listing listing = check.listings().get(target);
        if (listing == null) {
            problems.add("%s: listing::%s[] was not checked before conversion (the renderer's scan missed it)"
                    .formatted(parent.getDocument().getAttribute("docfile"), target));
            return block;
        }
        shown.add(listing.id());
        String tag = String.valueOf(attributes.getOrDefault("tag", "main"));
        List<String> code = ScriptListing.of(read(root.resolve("examples").resolve(target)), tag).stream()
                .map(line -> line.replace("\t", "    "))
                .toList();
        var lines = new ArrayList<String>();
        lines.add("." + listing.title());
        lines.add("[source," + (target.endsWith(".go") ? "go" : "java") + "]");
        lines.add("----");
        lines.addAll(code);
        lines.add("----");
        lines.add("");
        lines.add("[.listing-verified]");
        lines.add(listing.verified());
        parseContent(block, lines);
        return block;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
