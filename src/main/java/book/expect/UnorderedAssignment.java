package book.expect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Assigns a window of output lines to the lines of an {@code @unordered} block, each pattern taking between its
 * minimum and maximum number of output lines, by bipartite matching with capacities.
 *
 * <p>Greedy first-fit is wrong as soon as patterns overlap ({@code {*}} next to {@code done}); augmenting paths are
 * not. {@code UnorderedAssignment.expand(block, output, 3, names)} lists every window size that works.
 */
final class UnorderedAssignment {

    private final List<Element.Line> patterns;
    private final List<String> window;
    private final boolean[][] matches;
    private final int[] owner;
    private final int[] load;
    private final Map<String, String> names;

    private UnorderedAssignment(List<Element.Line> patterns, List<String> window, Map<String, String> names, boolean[][] matches) {
        this.patterns = patterns;
        this.window = window;
        this.names = names;
        this.matches = matches;
        this.owner = new int[window.size()];
        Arrays.fill(owner, -1);
        this.load = new int[patterns.size()];
        int[] minimum = patterns.stream().mapToInt(Element.Line::min).toArray();
        int[] maximum = patterns.stream().mapToInt(line -> Math.min(line.max(), window.size())).toArray();
        // First give every pattern its minimum, then let the rest of the lines in: augmenting paths never take a
        // line away from a pattern, so the minimums stay met.
        assignAll(minimum);
        assignAll(maximum);
    }

    /** Every way the block can match at output line {@code from}, largest first, or the misses that say why not. */
    static Expansion expand(Element.Unordered block, List<String> output, int from, Map<String, String> names) {
        long least = block.lines().stream().mapToLong(Element.Line::min).sum();
        long most = block.lines().stream().mapToLong(Element.Line::max).sum();
        int left = output.size() - from;
        List<Step> steps = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        int largest = (int) Math.min(most, left);
        boolean[][] matches = new boolean[largest][block.lines().size()];
        for (int j = 0; j < matches.length; j++) {
            for (int i = 0; i < block.lines().size(); i++) {
                matches[j][i] = block.lines().get(i).pattern().match(output.get(from + j), names) instanceof LineMatch.Matched;
            }
        }
        if (left < least) {
            misses.add(new UnorderedAssignment(block.lines(), output.subList(from, output.size()), names, matches)
                    .miss(block, from, output));
        }
        for (int size = largest; size >= least; size--) {
            var assignment = new UnorderedAssignment(block.lines(), output.subList(from, from + size), names, matches);
            if (assignment.complete()) {
                String check = (size == 0 ? "no lines" : Search.span(from, from + size)) + " in any order";
                steps.add(new Step(from, from + size, names, assignment.accounting(), check, false));
            } else {
                misses.add(assignment.miss(block, from, output));
            }
        }
        return new Expansion(steps, misses);
    }

    private void assignAll(int[] capacity) {
        for (int j = 0; j < window.size(); j++) {
            if (owner[j] < 0) {
                augment(j, capacity, new boolean[patterns.size()]);
            }
        }
    }

    /** Finds a pattern for output line {@code j}, moving other lines to other patterns if that makes room. */
    private boolean augment(int j, int[] capacity, boolean[] visited) {
        for (int i = 0; i < patterns.size(); i++) {
            if (!matches[j][i] || visited[i]) {
                continue;
            }
            visited[i] = true;
            if (load[i] < capacity[i]) {
                take(j, i);
                return true;
            }
            for (int other = 0; other < window.size(); other++) {
                if (owner[other] == i && augment(other, capacity, visited)) {
                    take(j, i);
                    return true;
                }
            }
        }
        return false;
    }

    private void take(int j, int i) {
        if (owner[j] >= 0) {
            load[owner[j]]--;
        }
        owner[j] = i;
        load[i]++;
    }

    private boolean complete() {
        for (int i = 0; i < patterns.size(); i++) {
            if (load[i] < patterns.get(i).min()) {
                return false;
            }
        }
        return Arrays.stream(owner).allMatch(i -> i >= 0);
    }

    /** Why an output line was left over: every line it matches is used up, a value is off, or it matches nothing. */
    private String spareReason(int spare, List<Element.Line> lacking, Element.Unordered block) {
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (matches[spare][i]) {
                taken.add(String.valueOf(patterns.get(i).pattern().line()));
            }
        }
        if (!taken.isEmpty()) {
            return "this line matches only block lines already used up by other output lines (expectation line "
                    + String.join(", ", taken) + ")";
        }
        LineMatch.Mismatch nearest = null;
        for (Element.Line line : lacking) {
            if (line.pattern().match(window.get(spare), names) instanceof LineMatch.Mismatch miss
                    && (nearest == null || miss.nearerThan(nearest))) {
                nearest = miss;
            }
        }
        if (nearest != null && nearest.wrongValue()) {
            return nearest.reason();
        }
        return "this line matches no line of the @unordered block at expectation line " + block.line();
    }

    private int[] accounting() {
        return Arrays.stream(owner).map(i -> i < 0 ? 0 : patterns.get(i).pattern().line()).toArray();
    }

    /** Names the first output line left over and the block lines left short. */
    private Miss miss(Element.Unordered block, int from, List<String> output) {
        int spare = 0;
        while (spare < window.size() && owner[spare] >= 0) {
            spare++;
        }
        List<Element.Line> lacking = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            if (load[i] < patterns.get(i).min()) {
                lacking.add(patterns.get(i));
            }
        }
        List<String> why = new ArrayList<>();
        if (spare < window.size()) {
            why.add(spareReason(spare, lacking, block));
        }
        for (Element.Line line : lacking) {
            int have = load[patterns.indexOf(line)];
            why.add("expectation line " + line.pattern().line() + " matched " + have + " output line" + (have == 1 ? "" : "s")
                    + ", needs " + line.min());
        }
        int at = from + spare;
        Element.Line blamed = lacking.size() == 1 ? lacking.getFirst() : null;
        int[] accounting = Arrays.copyOf(accounting(), spare);
        String expected = blamed != null ? blamed.pattern().text() : "a line of the @unordered block at expectation line " + block.line();
        return new Miss(at, blamed != null ? blamed.pattern().line() : block.line(), expected, String.join("; ", why), false, accounting);
    }
}
