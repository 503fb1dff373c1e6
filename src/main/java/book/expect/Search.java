package book.expect;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches output lines against a block by backtracking over the ways each element can match, and remembers the misses
 * at the furthest output line reached, which is where the real problem almost always is.
 *
 * <p>{@code new Search(block, lines).run(Map.of())} is what {@link OutputMatcher#match} does after trimming.
 */
final class Search {

    private record Visit(int element, int at, Map<String, String> names) {
    }

    private final Block block;
    private final List<String> output;
    private final int[] accounted;
    private final Set<Visit> failed = new HashSet<>();
    private final List<Miss> misses = new ArrayList<>();
    private int furthest = -1;
    private Map<String, String> namesAtFurthest = Map.of();

    Search(Block block, List<String> output) {
        this.block = block;
        this.output = output;
        this.accounted = new int[output.size()];
    }

    Match run(Map<String, String> names) {
        Deque<Step> steps = from(0, 0, Map.copyOf(names));
        if (steps != null) {
            Map<String, String> bindings = steps.isEmpty() ? Map.copyOf(names) : steps.getLast().names();
            return new Match(true, bindings, checks(steps), "", -1, varying(steps));
        }
        String report = MismatchReport.write(block, output, misses);
        return new Match(false, namesAtFurthest, List.of(), report, MismatchReport.primary(misses).line(), List.of());
    }

    /** The output lines, 1-based, that a step other than a single literal line accounted for. */
    private static List<Integer> varying(Deque<Step> steps) {
        List<Integer> lines = new ArrayList<>();
        for (Step step : steps) {
            if (!step.exact()) {
                for (int line = step.from() + 1; line <= step.end(); line++) {
                    lines.add(line);
                }
            }
        }
        return List.copyOf(lines);
    }

    /** {@code "line 3"} or {@code "lines 2–21"} for output lines {@code from} to {@code end} (exclusive), 1-based. */
    static String span(int from, int end) {
        return end - from == 1 ? "line " + end : "lines " + (from + 1) + "–" + end;
    }

    private Deque<Step> from(int index, int at, Map<String, String> names) {
        List<Element> elements = block.elements();
        if (index == elements.size()) {
            if (at == output.size()) {
                return new ArrayDeque<>();
            }
            String reason = elements.isEmpty()
                    ? block.stream() + " must be empty" + (block.stream().equals("stderr") ? " (the expectation has no @stderr lines)" : "")
                    : "the expectation ends at line " + block.endLine();
            record(at, new Miss(at, block.endLine(), null, reason, false, new int[0]), names);
            return null;
        }
        Visit visit = new Visit(index, at, names);
        if (failed.contains(visit)) {
            return null;
        }
        Expansion expansion = switch (elements.get(index)) {
            case Element.Line line -> line(line, at, names);
            case Element.Unordered unordered -> UnorderedAssignment.expand(unordered, output, at, names);
            case Element.Interleave interleave -> InterleaveWalk.expand(interleave, output, at, names);
        };
        for (Miss miss : expansion.misses()) {
            record(at, miss, names);
        }
        for (Step step : expansion.steps()) {
            System.arraycopy(step.accounting(), 0, accounted, at, step.accounting().length);
            Deque<Step> rest = from(index + 1, step.end(), step.names());
            if (rest != null) {
                rest.addFirst(step);
                return rest;
            }
        }
        failed.add(visit);
        return null;
    }

    /** Every number of consecutive lines, within the line's bounds, that match it; most first. */
    private Expansion line(Element.Line line, int from, Map<String, String> names) {
        LinePattern pattern = line.pattern();
        int count = 0;
        LineMatch.Matched first = null;
        Miss miss = null;
        while (count < line.max()) {
            int at = from + count;
            int[] accounting = new int[count];
            Arrays.fill(accounting, pattern.line());
            if (at == output.size()) {
                miss = new Miss(at, pattern.line(), pattern.text(), null, count >= line.min(), accounting);
                break;
            }
            LineMatch match = pattern.match(output.get(at), names);
            if (match instanceof LineMatch.Mismatch(String reason, _, _)) {
                miss = new Miss(at, pattern.line(), pattern.text(), reason, count >= line.min(), accounting);
                break;
            }
            if (first == null) {
                first = (LineMatch.Matched) match;
            }
            count++;
        }
        List<Step> steps = new ArrayList<>();
        for (int size = count; size >= line.min(); size--) {
            int[] accounting = new int[size];
            Arrays.fill(accounting, pattern.line());
            if (line.single()) {
                Map<String, String> after = new HashMap<>(names);
                after.putAll(first.defined());
                steps.add(new Step(from, from + 1, Map.copyOf(after), accounting, single(from, pattern, first), pattern.literal()));
            } else {
                steps.add(new Step(from, from + size, names, accounting, repeated(line, size), false));
            }
        }
        return new Expansion(steps, miss == null ? List.of() : List.of(miss));
    }

    private static String single(int from, LinePattern pattern, LineMatch.Matched match) {
        String where = span(from, from + 1);
        if (pattern.literal()) {
            return where + " exact";
        }
        if (!match.measures().isEmpty()) {
            return where + " " + String.join(" and ", match.measures());
        }
        return where + " matching '" + pattern.text() + "'";
    }

    private static String repeated(Element.Line line, int size) {
        String text = "'" + line.pattern().text() + "'";
        if (line.min() == 0 && line.max() == 1) {
            return "optional line " + text + (size == 1 ? " (present)" : " (absent)");
        }
        if (line.max() == Element.UNBOUNDED) {
            return "at least " + line.min() + " line" + (line.min() == 1 ? "" : "s") + " " + text + " (saw " + size + ")";
        }
        if (line.min() == line.max()) {
            return size + " lines " + text;
        }
        return line.min() + " to " + line.max() + " lines " + text + " (saw " + size + ")";
    }

    private void record(int from, Miss miss, Map<String, String> names) {
        if (miss.at() < furthest) {
            return;
        }
        if (miss.at() > furthest) {
            furthest = miss.at();
            misses.clear();
            namesAtFurthest = names;
        }
        if (misses.stream().noneMatch(miss::sameAs)) {
            int[] full = Arrays.copyOf(accounted, miss.at());
            System.arraycopy(miss.accounting(), 0, full, from, miss.accounting().length);
            misses.add(miss.withAccounting(full));
        }
    }

    private List<String> checks(Deque<Step> steps) {
        if (output.isEmpty()) {
            return List.of(block.stream() + " empty");
        }
        String prefix = block.stream().equals("stderr") ? "stderr " : "";
        List<String> checks = new ArrayList<>();
        List<Step> all = List.copyOf(steps);
        for (int i = 0; i < all.size(); i++) {
            Step step = all.get(i);
            if (!step.exact()) {
                checks.add(prefix + step.check());
                continue;
            }
            int last = i;
            while (last + 1 < all.size() && all.get(last + 1).exact()) {
                last++;
            }
            checks.add(prefix + span(step.from(), all.get(last).end()) + " exact");
            i = last;
        }
        return checks;
    }
}
