package book.expect;

import book.expect.Segment.Literal;
import book.expect.Segment.Placeholder;
import book.expect.Segment.Reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One pattern line of an expectation, compiled into literal text and placeholders.
 *
 * <p>{@code LinePattern.parse("Started process {pid=int 0..9}", 41, Set.of()).match("Started process 3", Map.of())}
 * is a {@link LineMatch.Matched} defining {@code pid=3}.
 */
final class LinePattern {

    private static final Pattern NAME_PREFIX = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=");
    private static final Pattern NAMED = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String text;
    private final int line;
    private final List<Segment> segments;

    private LinePattern(String text, int line, List<Segment> segments) {
        this.text = text;
        this.line = line;
        this.segments = List.copyOf(segments);
    }

    /**
     * Compiles a pattern line; {@code names} are the names visible to it, so that {@code {word}} refers to a name
     * {@code word} when one is defined and means the type otherwise. Throws {@link IllegalArgumentException} with
     * the problem (without the place) when the line is malformed.
     */
    static LinePattern parse(String text, int line, Set<String> names) {
        Set<String> visible = new LinkedHashSet<>(names);
        List<Segment> segments = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '{') {
                literal.append(c);
                i++;
            } else if (text.startsWith("{{", i)) {
                literal.append('{');
                i += 2;
            } else {
                int close = closingBrace(text, i);
                if (!literal.isEmpty()) {
                    segments.add(new Literal(literal.toString()));
                    literal.setLength(0);
                }
                Segment segment = placeholder(text.substring(i + 1, close), visible);
                if (segment instanceof Placeholder(String name, _, String source) && name != null) {
                    if (!visible.add(name)) {
                        throw new IllegalArgumentException("{" + source + "} defines " + name + " again; write {"
                                + name + "} to refer to the text it matched");
                    }
                }
                segments.add(segment);
                i = close + 1;
            }
        }
        if (!literal.isEmpty()) {
            segments.add(new Literal(literal.toString()));
        }
        return new LinePattern(text, line, segments);
    }

    private static int closingBrace(String text, int open) {
        Matcher prefix = NAME_PREFIX.matcher(text).region(open + 1, text.length());
        int body = prefix.lookingAt() ? prefix.end() : open + 1;
        int close = body < text.length() && text.charAt(body) == '/'
                ? text.indexOf("/}", body + 1) + 1
                : text.indexOf('}', open + 1);
        if (close <= 0) {
            throw new IllegalArgumentException("unclosed placeholder " + text.substring(open)
                    + ": no closing } (write {{ for a literal {)");
        }
        return close;
    }

    private static Segment placeholder(String body, Set<String> visible) {
        Matcher named = NAMED.matcher(body);
        if (named.matches()) {
            return new Placeholder(named.group(1), token(named.group(2), body), body);
        }
        if (NAME.matcher(body).matches() && (visible.contains(body) || !PlaceholderType.isTypeWord(body))) {
            return new Reference(body);
        }
        return new Placeholder(null, token(body, body), body);
    }

    private static Token token(String spec, String body) {
        if (spec.length() >= 2 && spec.startsWith("/") && spec.endsWith("/")) {
            String regex = spec.substring(1, spec.length() - 1);
            if (regex.isEmpty()) {
                throw new IllegalArgumentException("empty regular expression in {" + body + "}");
            }
            try {
                return new Token.Regex(Pattern.compile(regex));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("bad regular expression in {" + body + "}: " + e.getDescription());
            }
        }
        int space = spec.indexOf(' ');
        String type = space < 0 ? spec : spec.substring(0, space);
        String range = space < 0 ? null : spec.substring(space + 1).strip();
        PlaceholderType known = PlaceholderType.named(type).orElseThrow(() -> new IllegalArgumentException(
                "unknown placeholder {" + body + "}: the types are " + PlaceholderType.list()));
        try {
            return known.token(range == null || range.isEmpty() ? null : range);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad placeholder {" + body + "}: " + e.getMessage());
        }
    }

    /** The pattern's text as the author wrote it (after a leading {@code \} escape is removed). */
    String text() {
        return text;
    }

    /** The script line of this pattern. */
    int line() {
        return line;
    }

    /** True when the pattern has no placeholders. */
    boolean literal() {
        return segments.stream().allMatch(Literal.class::isInstance);
    }

    /** The names this pattern defines, in order. */
    Set<String> definitions() {
        Set<String> names = new LinkedHashSet<>();
        for (Segment segment : segments) {
            if (segment instanceof Placeholder(String name, _, _) && name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** The names this pattern refers to, in order, without those it defines itself. */
    Set<String> references() {
        Set<String> names = new LinkedHashSet<>();
        Set<String> defined = definitions();
        for (Segment segment : segments) {
            if (segment instanceof Reference(String name) && !defined.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** True when the pattern uses {@code {name}}. */
    boolean uses(String name) {
        return segments.contains(new Reference(name));
    }

    /** True when a {@code {duration}} placeholder of this pattern has a range. */
    boolean hasDurationRange() {
        return segments.stream().anyMatch(segment -> segment instanceof Placeholder(_, Token token, _)
                && token instanceof Token.DurationToken(DurationRange range) && range != null);
    }

    /**
     * This pattern with its first {@code {name}} replaced by the placeholder that defines {@code name} in
     * {@code definer}; used to tell which key a line belongs to when no sequence has defined it.
     */
    LinePattern defining(String name, LinePattern definer) {
        Segment definition = definer.segments.stream()
                .filter(segment -> segment instanceof Placeholder(String defined, _, _) && name.equals(defined))
                .findFirst().orElseThrow();
        List<Segment> replaced = new ArrayList<>(segments);
        int at = replaced.indexOf(new Reference(name));
        replaced.set(at, definition);
        return new LinePattern(text, line, replaced);
    }

    /** Matches one output line, with {@code names} holding the values of the names defined before. */
    LineMatch match(String output, Map<String, String> names) {
        Attempt attempt = new Attempt(output, names);
        if (attempt.from(0, 0)) {
            List<String> measures = new ArrayList<>();
            for (int i = 0; i < segments.size(); i++) {
                if (segments.get(i) instanceof Placeholder(_, Token token, _)) {
                    String measure = token.measure(attempt.captured[i]);
                    if (measure != null) {
                        measures.add(measure);
                    }
                }
            }
            return new LineMatch.Matched(Map.copyOf(attempt.defined), List.copyOf(measures));
        }
        return new LineMatch.Mismatch(attempt.reason, attempt.reasonAt, attempt.reasonIsValue);
    }

    @Override
    public String toString() {
        return text;
    }

    /** One backtracking match of the segments against one output line, remembering the most telling failure. */
    private final class Attempt {
        private final String output;
        private final Map<String, String> names;
        private final Map<String, String> defined = new LinkedHashMap<>();
        private final String[] captured = new String[segments.size()];
        private String reason;
        private int reasonAt = -1;
        private boolean reasonIsValue;

        Attempt(String output, Map<String, String> names) {
            this.output = output;
            this.names = names;
        }

        boolean from(int index, int at) {
            if (index == segments.size()) {
                if (at == output.length()) {
                    return true;
                }
                return fail(at, false, "the line goes on with " + quoteFrom(at) + " where the pattern ends");
            }
            return switch (segments.get(index)) {
                case Literal(String text) -> {
                    if (output.startsWith(text, at)) {
                        yield from(index + 1, at + text.length());
                    }
                    int same = 0;
                    while (at + same < output.length() && same < text.length() && output.charAt(at + same) == text.charAt(same)) {
                        same++;
                    }
                    yield fail(at + same, false, "expected \"" + text.substring(same) + "\" at column " + (at + same + 1)
                            + ", found " + quoteFrom(at + same));
                }
                case Reference(String name) -> {
                    String value = defined.containsKey(name) ? defined.get(name) : names.get(name);
                    if (value == null) {
                        yield fail(at, true, "{" + name + "} has no value here (the line that defines it did not match)");
                    }
                    if (output.startsWith(value, at)) {
                        yield from(index + 1, at + value.length());
                    }
                    yield fail(at, true, "{" + name + "} is \"" + value + "\" here, found " + quoteFrom(at));
                }
                case Placeholder(String name, Token token, String source) -> {
                    boolean afterPlaceholder = index > 0 && !(segments.get(index - 1) instanceof Literal);
                    int[] ends = token.ends(output, at, afterPlaceholder);
                    if (ends.length == 0) {
                        yield fail(at, false, "expected " + token.describe() + " for {" + source + "} at column " + (at + 1)
                                + ", found " + quoteFrom(at));
                    }
                    for (int end : ends) {
                        String text = output.substring(at, end);
                        String outside = token.outOfRange(text);
                        if (outside != null) {
                            fail(at, true, outside);
                            continue;
                        }
                        captured[index] = text;
                        if (name != null) {
                            defined.put(name, text);
                        }
                        if (from(index + 1, end)) {
                            yield true;
                        }
                        defined.remove(name);
                    }
                    yield false;
                }
            };
        }

        /** Keeps the most telling reason: a wrong value beats wrong text, and further along beats earlier. */
        private boolean fail(int at, boolean value, String why) {
            boolean better = reason == null || value && !reasonIsValue || value == reasonIsValue && at > reasonAt;
            if (better) {
                reason = why;
                reasonAt = at;
                reasonIsValue = value;
            }
            return false;
        }

        private String quoteFrom(int at) {
            if (at >= output.length()) {
                return "the end of the line";
            }
            String rest = output.substring(at);
            return "\"" + (rest.length() > 24 ? rest.substring(0, 24) + "…" : rest) + "\"";
        }
    }
}
