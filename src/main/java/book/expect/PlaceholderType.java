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

    ANY_TEXT("*", null, range -> new Token.AnyText()),
    WORD("word", null, range -> new Token.Word()),
    INT("int", "0..9", range -> new Token.IntToken(range == null ? null : NumberRange.parse(range, true))),
    NUMBER("number", "0.5..1.5", range -> new Token.NumberToken(range == null ? null : NumberRange.parse(range, false))),
    DURATION("duration", "0.9s..1.5s", range -> new Token.DurationToken(range == null ? null : DurationRange.parse(range)));

    /** How a regular expression is written, {@code {/[a-z]+/}}; it is the one type spelled by its delimiters. */
    static final String REGEX = "/regex/";

    private final String keyword;
    private final String exampleRange;
    private final Function<String, Token> factory;

    PlaceholderType(String keyword, String exampleRange, Function<String, Token> factory) {
        this.keyword = keyword;
        this.exampleRange = exampleRange;
        this.factory = factory;
    }

    /** The type spelled {@code keyword}, if any. */
    static Optional<PlaceholderType> named(String keyword) {
        return Arrays.stream(values()).filter(type -> type.keyword.equals(keyword)).findFirst();
    }

    /** True for a type name that is a word and could also be the name of a capture ({@code word}, {@code int}). */
    static boolean isTypeWord(String name) {
        return named(name).isPresent();
    }

    /** The token for this type with {@code range} (null when the placeholder has none). */
    Token token(String range) {
        if (range != null && exampleRange == null) {
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
