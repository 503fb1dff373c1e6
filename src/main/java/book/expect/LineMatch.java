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

    /** The line did not match, and {@code reason} says where and why. */
    record Mismatch(String reason) implements LineMatch {
    }
}
