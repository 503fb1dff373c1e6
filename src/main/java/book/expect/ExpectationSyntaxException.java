package book.expect;

import java.nio.file.Path;

/**
 * A malformed expectation comment, reported at the script line where the problem is.
 *
 * <p>{@code throw new ExpectationSyntaxException(script, 41, "unknown placeholder {durtion}")} reads
 * {@code examples/x/Y.java:41: unknown placeholder {durtion}}.
 */
public final class ExpectationSyntaxException extends RuntimeException {

    private final transient Path path;
    private final int line;

    public ExpectationSyntaxException(Path path, int line, String problem) {
        super(Block.display(path) + ":" + line + ": " + problem);
        this.path = path;
        this.line = line;
    }

    /** The script the expectation belongs to. */
    public Path path() {
        return path;
    }

    /** The 1-based script line of the problem. */
    public int line() {
        return line;
    }
}
