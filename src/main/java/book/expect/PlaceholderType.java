package book.expect;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The placeholder types of the expectation language, in one table: the parser, the matcher and every error message
 * read it, so a new type is one entry here.
 *
 * <p>{@code PlaceholderType.named("int").orElseThrow().token("0..9")} is the token of {@code {int 0..9}}.
 */
enum PlaceholderType {

    ANY_TEXT("*", false, range -> new Token.AnyText()),
    WORD("word", false, range -> new Token.Word()),
    INT("int", true, range -> new Token.IntToken(range == null ? null : NumberRange.parse(range, true))),
    NUMBER("number", true, range -> new Token.NumberToken(range == null ? null : NumberRange.parse(range, false))),
    DURATION("duration", true, range -> new Token.DurationToken(range == null ? null : DurationRange.parse(range)));

    /** How a regular expression is written, {@code {/[a-z]+/}}; it is the one type spelled by its delimiters. */
    static final String REGEX = "/regex/";

    private final String keyword;
    private final boolean takesRange;
    private final Function<String, Token> factory;

    PlaceholderType(String keyword, boolean takesRange, Function<String, Token> factory) {
        this.keyword = keyword;
        this.takesRange = takesRange;
        this.factory = factory;
    }

    /** The type spelled {@code keyword}, if any. */
    static Optional<PlaceholderType> named(String keyword) {
        return Arrays.stream(values()).filter(type -> type.keyword.equals(keyword)).findFirst();
    }

    /** True for a type name that could also be the name of a capture ({@code word}, {@code int}). */
    static boolean isTypeWord(String name) {
        return named(name).isPresent();
    }

    /** The token for this type with {@code range} (null when the placeholder has none). */
    Token token(String range) {
        if (range != null && !takesRange) {
            throw new IllegalArgumentException("{" + keyword + "} takes no range");
        }
        return factory.apply(range);
    }

    /** Every type as an author writes it, for error messages: {@code *, word, /regex/, int, number and duration}. */
    static String list() {
        var spelled = new java.util.ArrayList<String>();
        for (PlaceholderType type : values()) {
            spelled.add(type.keyword);
            if (type == WORD) {
                spelled.add(REGEX); // the guide lists it here
            }
        }
        return String.join(", ", spelled.subList(0, spelled.size() - 1)) + " and " + spelled.getLast();
    }
}
