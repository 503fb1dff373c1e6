package book.expect;

/**
 * One piece of a pattern line: literal text, a placeholder, or a reference to a name matched earlier.
 *
 * <p>{@code Started process {pid=int 0..9}} is a {@link Literal} followed by a {@link Placeholder}.
 */
sealed interface Segment {

    /** Text that must appear exactly. */
    record Literal(String text) implements Segment {
    }

    /** A typed placeholder, remembered under {@code name} when the name is not null; {@code source} is its text in braces. */
    record Placeholder(String name, Token token, String source) implements Segment {
    }

    /** {@code {name}}: exactly the text that {@code name} matched earlier. */
    record Reference(String name) implements Segment {
    }
}
