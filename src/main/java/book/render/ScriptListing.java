package book.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Cuts the part of a script that a page shows: the lines between {@code // tag::main[]} and
 * {@code // end::main[]}, without other tag markers and with common indentation removed.
 * A script without tags shows everything but its JBang header and its expectation comments.
 *
 * <p>{@code ScriptListing.of(source, "main")}
 */
final class ScriptListing {

    private static final Pattern TAG_MARKER = Pattern.compile("^\\s*//\\s*(tag|end)::[\\w-]+\\[]\\s*$");

    private ScriptListing() {
    }

    /** The lines of {@code tag}; empty when the script has tags but not this one. */
    static List<String> of(String source, String tag) {
        List<String> lines = source.lines().toList();
        boolean tagged = lines.stream().anyMatch(line -> TAG_MARKER.matcher(line).matches());
        List<String> shown = tagged ? region(lines, tag) : untagged(lines);
        return dedent(trimBlankEnds(shown));
    }

    private static List<String> region(List<String> lines, String tag) {
        String start = "tag::" + tag + "[]";
        String end = "end::" + tag + "[]";
        var shown = new ArrayList<String>();
        boolean inside = false;
        for (String line : lines) {
            String marker = line.strip();
            if (marker.startsWith("//") && marker.substring(2).strip().equals(start)) {
                inside = true;
            } else if (marker.startsWith("//") && marker.substring(2).strip().equals(end)) {
                inside = false;
            } else if (inside && !TAG_MARKER.matcher(line).matches()) {
                shown.add(line);
            }
        }
        return shown;
    }

    private static List<String> untagged(List<String> lines) {
        var shown = new ArrayList<String>();
        boolean inExpectation = false;
        for (String line : lines) {
            String text = line.strip();
            if (text.startsWith("///usr/bin/env jbang") || text.startsWith("//JAVA ") || text.startsWith("//JAVA_OPTIONS ")
                    || text.startsWith("//DEPS ")) {
                continue;
            }
            if (text.equals("/* Output:") || text.equals("/* Sample output:")
                    || text.startsWith("/* Output, ") && text.endsWith(":")) {
                inExpectation = true;
            }
            if (!inExpectation) {
                shown.add(line);
            }
            if (inExpectation && text.equals("*/")) {
                inExpectation = false;
            }
        }
        return shown;
    }

    private static List<String> trimBlankEnds(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    private static List<String> dedent(List<String> lines) {
        int indent = lines.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent)).toList();
    }
}
