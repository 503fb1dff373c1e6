package book.site;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Whether the site's dark colour scheme changes colours and nothing else, read from its files without a browser: the
 * premise on which {@link SiteBrowserIT} runs only axe's colour rules ({@link Axe#COLOUR_RULES}) in the dark, since
 * every other rule then gives the light scheme's answer. The browser test switches the scheme as a reader's system
 * does, through the {@code prefers-color-scheme} media feature, so only what reads that feature can change: CSS under
 * {@code @media (prefers-color-scheme: ...)} (in stylesheets and {@code <style>} elements) and whatever else names
 * it (a script's {@code matchMedia}, which could set a dark-theme class or change the page; a {@code media} attribute,
 * which could swap a picture or a stylesheet; an {@code @import} on the scheme). The rules:
 * <ul>
 * <li>a scheme block sets only paint: colour properties, shadows, {@code color-scheme}, and custom properties;</li>
 * <li>a custom property that a scheme block sets (or one whose value uses it) is used only in paint properties, or
 * as the colour of a shorthand such as {@code border} or {@code background}, and then its every value is a colour;
 * no script names it;</li>
 * <li>nothing else in the site (scripts, markup) names {@code prefers-color-scheme}.</li>
 * </ul>
 * Each problem names the file and line.
 *
 * <p>{@code var found = new ColourOnlyScheme(); found.css("assets/book.css", text); found.html("index.html", text);
 * found.script("assets/book.js", text); found.problems();}
 */
final class ColourOnlyScheme {

    /** Properties that only paint: no axe rule but the colour rules reads them, and they move nothing. */
    static final Set<String> PAINT = Set.of(
            "color", "background-color", "border-color", "border-top-color", "border-right-color", "border-bottom-color",
            "border-left-color", "border-block-color", "border-block-start-color", "border-block-end-color",
            "border-inline-color", "border-inline-start-color", "border-inline-end-color", "outline-color",
            "text-decoration-color", "text-emphasis-color", "column-rule-color", "caret-color", "accent-color", "fill",
            "stroke", "stop-color", "flood-color", "lighting-color", "-webkit-text-fill-color", "-webkit-text-stroke-color",
            "-webkit-tap-highlight-color", "scrollbar-color", "color-scheme", "box-shadow", "text-shadow");
    /** Shorthands whose colour part a colour custom property may fill: a colour for a colour changes only paint. */
    static final Set<String> WITH_A_COLOUR = Set.of(
            "background", "border", "border-top", "border-right", "border-bottom", "border-left", "border-block",
            "border-inline", "outline", "text-decoration", "column-rule", "text-emphasis");

    private static final String FEATURE = "prefers-color-scheme";
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[\\w-]+)");
    private static final Pattern COLOUR = Pattern.compile(
            "#[0-9a-f]{3,8}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark)\\(.*\\)|transparent|currentcolor");
    private static final Pattern STYLE_ELEMENT = Pattern.compile("(<style\\b[^>]*>)(.*?)</style>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern SCRIPT_ELEMENT = Pattern.compile("<script\\b[^>]*>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z][^>]*>");
    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle\\s*=\\s*(\"[^\"]*\"|'[^']*')",
            Pattern.CASE_INSENSITIVE);

    private record Declaration(String where, String property, String value, boolean scheme) {
    }

    /** A script: its own text, from {@code from} in its file's {@code whole} text. */
    private record Script(String file, String whole, int from, String text) {
    }

    private record Lines(String text, int[] breaks) {
    }

    private final List<Declaration> declarations = new ArrayList<>();
    private final List<Script> scripts = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    /** Where the lines of the file being read break, for {@link #line}. */
    private Lines lines = new Lines(null, new int[0]);

    /** A stylesheet of the site. */
    void css(String file, String text) {
        css(file, text, 0, text);
    }

    /** A page or an SVG: its {@code <style>} elements, its {@code style} attributes, its scripts and its tags. */
    void html(String file, String text) {
        Matcher style = STYLE_ELEMENT.matcher(text);
        var outside = new StringBuilder(text);
        while (style.find()) {
            if (style.group(1).contains(FEATURE)) {
                problems.add(file + ":" + line(text, style.start()) + ": a <style> element on the colour scheme");
            }
            css(file, text, style.start(2), style.group(2));
            blank(outside, style.start(), style.end());
        }
        Matcher script = SCRIPT_ELEMENT.matcher(outside);
        while (script.find()) {
            scripts.add(new Script(file, text, script.start(1), script.group(1)));
            blank(outside, script.start(), script.end());
        }
        Matcher tag = TAG.matcher(outside);
        while (tag.find()) {
            if (tag.group().contains(FEATURE)) {
                problems.add(file + ":" + line(text, tag.start()) + ": markup that names " + FEATURE
                        + " (a media attribute swaps what the page shows): " + tag.group());
            }
            Matcher attribute = STYLE_ATTRIBUTE.matcher(tag.group());
            while (attribute.find()) {
                String value = attribute.group(1);
                declarations(file + ":" + line(text, tag.start()), value.substring(1, value.length() - 1), false);
            }
        }
    }

    /** A script of the site. */
    void script(String file, String text) {
        scripts.add(new Script(file, text, 0, text));
    }

    /** What in the files read so far makes the dark scheme change more than colours, each with its file and line. */
    List<String> problems() {
        var found = new ArrayList<>(problems);
        Map<String, List<Declaration>> custom = new HashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (Declaration declaration : declarations) {
            if (declaration.property().startsWith("--")) {
                custom.computeIfAbsent(declaration.property(), name -> new ArrayList<>()).add(declaration);
                if (declaration.scheme()) {
                    changed.add(declaration.property());
                }
            } else if (declaration.scheme() && !PAINT.contains(declaration.property())) {
                found.add(declaration.where() + ": the dark scheme sets " + declaration.property() + ": "
                        + declaration.value() + " (only colours may change with the scheme)");
            }
        }
        for (boolean grew = true; grew; ) { // a custom property whose value uses a changed one changes too
            grew = false;
            for (Declaration declaration : declarations) {
                if (declaration.property().startsWith("--") && !changed.contains(declaration.property())
                        && !uses(declaration.value(), changed).isEmpty()) {
                    grew = changed.add(declaration.property());
                }
            }
        }
        for (Declaration declaration : declarations) {
            Set<String> used = uses(declaration.value(), changed);
            if (used.isEmpty() || declaration.property().startsWith("--") || PAINT.contains(declaration.property())) {
                continue;
            }
            if (!WITH_A_COLOUR.contains(declaration.property())) {
                found.add(declaration.where() + ": " + declaration.property() + " uses " + String.join(", ", used)
                        + ", which the colour scheme changes (only colours may change with the scheme)");
            }
            for (String name : used) {
                for (Declaration value : custom.getOrDefault(name, List.of())) {
                    if (!colour(value.value(), custom, 0)) {
                        found.add(value.where() + ": " + name + " is " + value.value() + ", not a colour, and "
                                + declaration.where() + " uses it in " + declaration.property());
                    }
                }
            }
        }
        for (Script script : scripts) {
            int feature = script.text().indexOf(FEATURE);
            if (feature >= 0) {
                found.add(script.file() + ":" + line(script.whole(), script.from() + feature) + ": a script names " + FEATURE
                        + " (it could change the page with the scheme)");
            }
            for (String name : changed) {
                Matcher named = Pattern.compile(Pattern.quote(name) + "(?![\\w-])").matcher(script.text());
                if (named.find()) {
                    found.add(script.file() + ":" + line(script.whole(), script.from() + named.start()) + ": a script names "
                            + name + ", which the colour scheme changes");
                }
            }
        }
        return found;
    }

    private void css(String file, String text, int from, String css) {
        var plain = new StringBuilder(css);
        Matcher comment = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL).matcher(css);
        while (comment.find()) {
            blank(plain, comment.start(), comment.end());
        }
        block(file, text, from, plain.toString(), 0, plain.length(), false);
    }

    /** The rules and declarations of {@code css[start, end)}, inside a scheme block or not. */
    private void block(String file, String text, int from, String css, int start, int end, boolean scheme) {
        int i = start;
        while (i < end) {
            while (i < end && (Character.isWhitespace(css.charAt(i)) || css.charAt(i) == ';')) {
                i++;
            }
            if (i >= end) {
                return;
            }
            int stop = next(css, i, end, "{;}");
            String head = css.substring(i, stop).strip();
            String where = file + ":" + line(text, from + i);
            if (stop < end && css.charAt(stop) == '{') {
                int close = close(css, stop, end);
                boolean onScheme = head.startsWith("@") && head.toLowerCase(Locale.ROOT).contains(FEATURE);
                block(file, text, from, css, stop + 1, close, scheme || onScheme);
                i = close + 1;
            } else {
                if (head.startsWith("@")) {
                    if (head.toLowerCase(Locale.ROOT).contains(FEATURE)) {
                        problems.add(where + ": " + head + " (a stylesheet on the colour scheme)");
                    }
                } else {
                    declarations(where, head, scheme);
                }
                i = stop + 1;
            }
        }
    }

    private void declarations(String where, String list, boolean scheme) {
        for (String declaration : list.split(";")) {
            int colon = declaration.indexOf(':');
            if (colon > 0) {
                String property = declaration.substring(0, colon).strip();
                String value = declaration.substring(colon + 1).replaceFirst("(?i)!\\s*important\\s*$", "").strip();
                declarations.add(new Declaration(where, property.startsWith("--") ? property
                        : property.toLowerCase(Locale.ROOT), value, scheme));
            }
        }
    }

    /** The first of {@code stops} in {@code css[i, end)} outside strings and brackets, or {@code end}. */
    private static int next(String css, int i, int end, String stops) {
        int depth = 0;
        for (; i < end; i++) {
            char c = css.charAt(i);
            if (c == '"' || c == '\'') {
                int quote = css.indexOf(c, i + 1);
                i = quote < 0 || quote >= end ? end - 1 : quote;
            } else if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (depth == 0 && stops.indexOf(c) >= 0) {
                return i;
            }
        }
        return end;
    }

    /** The brace that closes the one at {@code open}, or {@code end}. */
    private static int close(String css, int open, int end) {
        int i = open + 1;
        for (int depth = 1; i < end; i++) {
            i = next(css, i, end, "{}");
            if (i >= end) {
                break;
            }
            depth += css.charAt(i) == '{' ? 1 : -1;
            if (depth == 0) {
                return i;
            }
        }
        return end;
    }

    private static Set<String> uses(String value, Set<String> names) {
        var used = new LinkedHashSet<String>();
        Matcher var = VAR.matcher(value);
        while (var.find()) {
            if (names.contains(var.group(1))) {
                used.add(var.group(1));
            }
        }
        return used;
    }

    private static boolean colour(String value, Map<String, List<Declaration>> custom, int depth) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        Matcher var = Pattern.compile("var\\(\\s*(--[\\w-]+)\\s*\\)").matcher(v);
        if (var.matches()) {
            List<Declaration> values = custom.getOrDefault(var.group(1), List.of());
            return depth < 10 && !values.isEmpty() && values.stream().allMatch(d -> colour(d.value(), custom, depth + 1));
        }
        return COLOUR.matcher(v).matches();
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\n') {
                text.setCharAt(i, ' ');
            }
        }
    }

    private int line(String text, int offset) {
        if (lines.text != text) {
            lines = new Lines(text, IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray());
        }
        int found = Arrays.binarySearch(lines.breaks, offset);
        return (found < 0 ? -found - 1 : found) + 1;
    }

}
