package book.expect;

import java.nio.file.Path;
import java.util.List;

/**
 * The parsed expectation for one output stream: a sequence of pattern lines and blocks, with the script lines
 * where it starts and ends so that failures can name them.
 *
 * <p>{@code OutputMatcher.match(expectation.stdout(), lines, Map.of())} matches a run's standard output against it.
 */
public final class Block {

    /** The stream name of the {@code @merged} section: standard output and standard error in one pipe. */
    public static final String MERGED = "merged output";

    private final Path script;
    private final String stream;
    private final List<Element> elements;
    private final int line;
    private final int endLine;

    Block(Path script, String stream, List<Element> elements, int line, int endLine) {
        this.script = script;
        this.stream = stream;
        this.elements = List.copyOf(elements);
        this.line = line;
        this.endLine = endLine;
    }

    /** A path as reports print it, with forward slashes on every platform. */
    static String display(Path path) {
        return path.toString().replace('\\', '/');
    }

    /** {@code examples/x/Y.java:41} for script line 41. */
    String place(int scriptLine) {
        return display(script) + ":" + scriptLine;
    }

    /** {@code "stdout"}, {@code "stderr"} or {@link #MERGED}. */
    String stream() {
        return stream;
    }

    List<Element> elements() {
        return elements;
    }

    /** The script line where this block starts: the {@code /* Output:}, {@code @stderr} or {@code @merged} line. */
    public int line() {
        return line;
    }

    /** The script line where this block ends: the next section's line or the closing {@code *}{@code /}. */
    int endLine() {
        return endLine;
    }

    /** True when some {@code {duration}} placeholder of the block has a range. */
    boolean hasDurationRange() {
        return elements.stream().flatMap(Block::lines).anyMatch(line -> line.pattern().hasDurationRange());
    }

    private static java.util.stream.Stream<Element.Line> lines(Element element) {
        return switch (element) {
            case Element.Line line -> java.util.stream.Stream.of(line);
            case Element.Unordered unordered -> unordered.lines().stream();
            case Element.Interleave interleave -> interleave.sequence().stream();
        };
    }
}
