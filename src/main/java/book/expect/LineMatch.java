package book.expect;

import java.util.List;
import java.util.Map;

/**
 * The outcome of matching one output line against one pattern line.
 *
 * <p>{@code if (pattern.match(line, names) instanceof LineMatch.Matched m) names.putAll(m.defined());}
 */
sealed interface LineMatch {

    /** The line matched; {@code defined} holds the names the pattern defines, {@code measures} the ranged values checked. */
    record Matched(Map<String, String> defined, List<String> measures) implements LineMatch {
    }

    /**
     * The line did not match, and {@code reason} says where and why; {@code column} is how far the match got and
     * {@code wrongValue} whether the text fitted but a value did not (out of range, or not what a name stands for).
     */
    record Mismatch(String reason, int column, boolean wrongValue) implements LineMatch {

        /** True when this mismatch came nearer to matching than {@code other}: a wrong value, or further along. */
        boolean nearerThan(Mismatch other) {
            return wrongValue != other.wrongValue ? wrongValue : column > other.column;
        }
    }
}
