package book.expect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Follows the sequences of an {@code @interleave} block through the output, line by line, keeping every way the
 * lines so far can be split among sequences with distinct keys.
 *
 * <p>{@code InterleaveWalk.expand(block, output, 1, names)} lists the output positions where all sequences can be
 * complete, longest first.
 */
final class InterleaveWalk {

    /** One sequence under way: its key, the element it is at, how many lines that element has matched, and its names. */
    private record Sequence(String key, int element, int count, Map<String, String> names) {
    }

    /** The script lines that accounted for the output lines so far, newest first. */
    private record Trail(int line, Trail before) {
    }

    private final Element.Interleave block;
    private final List<Element.Line> lines;
    private final Map<String, String> outer;

    private InterleaveWalk(Element.Interleave block, Map<String, String> outer) {
        this.block = block;
        this.lines = block.sequence();
        this.outer = outer;
    }

    static Expansion expand(Element.Interleave block, List<String> output, int from, Map<String, String> names) {
        return new InterleaveWalk(block, names).walk(output, from);
    }

    private Expansion walk(List<String> output, int from) {
        Map<List<Sequence>, Trail> states = new LinkedHashMap<>();
        states.put(List.of(), null);
        List<Step> steps = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        for (int at = from; ; at++) {
            var done = states.entrySet().stream().filter(state -> complete(state.getKey())).findFirst();
            done.ifPresent(state -> steps.addFirst(step(from, state.getValue())));
            if (at == output.size()) {
                if (done.isEmpty()) {
                    misses.add(endOfOutput(at, states.entrySet().iterator().next(), from));
                }
                break;
            }
            Map<List<Sequence>, Trail> next = new LinkedHashMap<>();
            for (var state : states.entrySet()) {
                for (var successor : successors(state.getKey(), output.get(at)).entrySet()) {
                    next.putIfAbsent(successor.getKey(), new Trail(successor.getValue(), state.getValue()));
                }
            }
            if (next.isEmpty()) {
                if (done.isEmpty()) {
                    var state = states.entrySet().iterator().next();
                    misses.add(stray(at, output.get(at), state.getKey(), accounting(state.getValue(), at - from)));
                }
                break;
            }
            states = next;
        }
        return new Expansion(steps, misses);
    }

    private Step step(int from, Trail trail) {
        int[] accounting = accounting(trail, length(trail));
        int end = from + accounting.length;
        String check = Search.span(from, end) + " as " + block.count() + " interleaved sequence"
                + (block.count() == 1 ? "" : "s") + " by " + block.key();
        return new Step(from, end, outer, accounting, check, false);
    }

    /** Each way one output line can extend the sequences: the new sequences, with the script line that matched. */
    private Map<List<Sequence>, Integer> successors(List<Sequence> sequences, String text) {
        Map<List<Sequence>, Integer> result = new LinkedHashMap<>();
        for (int s = 0; s < sequences.size(); s++) {
            Sequence sequence = sequences.get(s);
            int element = sequence.element();
            int count = sequence.count();
            while (true) {
                Element.Line line = lines.get(element);
                if (count < line.max() && line.pattern().match(text, with(sequence.names())) instanceof LineMatch.Matched m) {
                    Map<String, String> names = sequence.names();
                    if (line.single()) {
                        names = new HashMap<>(names);
                        names.putAll(m.defined());
                    }
                    List<Sequence> moved = new ArrayList<>(sequences);
                    moved.set(s, new Sequence(sequence.key(), element, count + 1, Map.copyOf(names)));
                    result.putIfAbsent(List.copyOf(moved), line.pattern().line());
                }
                if (count < line.min() || element + 1 == lines.size()) {
                    break;
                }
                element++;
                count = 0;
            }
        }
        Element.Line first = lines.getFirst();
        if (sequences.size() < block.count() && first.pattern().match(text, outer) instanceof LineMatch.Matched m) {
            String key = m.defined().get(block.key());
            if (sequences.stream().noneMatch(sequence -> sequence.key().equals(key))) {
                List<Sequence> started = new ArrayList<>(sequences);
                started.add(new Sequence(key, 0, 1, m.defined()));
                started.sort(Comparator.comparing(Sequence::key));
                result.putIfAbsent(List.copyOf(started), first.pattern().line());
            }
        }
        return result;
    }

    private Map<String, String> with(Map<String, String> names) {
        Map<String, String> all = new HashMap<>(outer);
        all.putAll(names);
        return all;
    }

    private boolean complete(List<Sequence> sequences) {
        return sequences.size() == block.count() && sequences.stream().allMatch(this::finished);
    }

    private boolean finished(Sequence sequence) {
        if (sequence.count() < lines.get(sequence.element()).min()) {
            return false;
        }
        return lines.subList(sequence.element() + 1, lines.size()).stream().allMatch(line -> line.min() == 0);
    }

    /** The line a sequence needs next. */
    private Element.Line awaited(Sequence sequence) {
        Element.Line line = lines.get(sequence.element());
        if (sequence.count() < line.min() || sequence.element() + 1 == lines.size()) {
            return line;
        }
        return lines.subList(sequence.element() + 1, lines.size()).stream()
                .filter(later -> later.min() > 0).findFirst().orElse(lines.get(sequence.element() + 1));
    }

    private Miss endOfOutput(int at, Map.Entry<List<Sequence>, Trail> state, int from) {
        List<Sequence> sequences = state.getKey();
        int[] accounting = accounting(state.getValue(), at - from);
        for (Sequence sequence : sequences) {
            if (!finished(sequence)) {
                Element.Line line = awaited(sequence);
                return new Miss(at, line.pattern().line(), line.pattern().text(), "the sequence with " + block.key() + "="
                        + sequence.key() + " is not finished", false, accounting);
            }
        }
        Element.Line first = lines.getFirst();
        return new Miss(at, first.pattern().line(), first.pattern().text(), "only " + sequences.size() + " of "
                + block.count() + " sequences started (@interleave at expectation line " + block.line() + ")", false, accounting);
    }

    /** Explains why an output line fits none of the sequences: out of order, a repeated key, one too many, or no match. */
    private Miss stray(int at, String text, List<Sequence> sequences, int[] accounting) {
        Element.Line first = lines.getFirst();
        String key = block.key();
        LineMatch opening = first.pattern().match(text, outer);
        if (opening instanceof LineMatch.Matched m) {
            String value = m.defined().get(key);
            String reason = sequences.stream().anyMatch(sequence -> sequence.key().equals(value))
                    ? "a sequence with " + key + "=" + value + " has already started; keys are distinct"
                    : "all " + block.count() + " sequences have already started";
            return new Miss(at, first.pattern().line(), first.pattern().text(), reason, false, accounting);
        }
        for (Element.Line later : lines.subList(1, lines.size())) {
            LinePattern keyed = later.pattern().defining(key, first.pattern());
            if (!(keyed.match(text, outer) instanceof LineMatch.Matched m)) {
                continue;
            }
            String value = m.defined().get(key);
            var owner = sequences.stream().filter(sequence -> sequence.key().equals(value)).findFirst();
            String reason;
            if (owner.isEmpty()) {
                reason = "no sequence with " + key + "=" + value + " has started: '" + first.pattern().text() + "' (expectation line "
                        + first.pattern().line() + ") comes first";
            } else if (finished(owner.get()) && owner.get().element() == lines.size() - 1) {
                reason = "the sequence with " + key + "=" + value + " has already finished";
            } else {
                Element.Line awaited = awaited(owner.get());
                reason = "out of order for " + key + "=" + value + ": that sequence expects '" + awaited.pattern().text()
                        + "' (expectation line " + awaited.pattern().line() + ") next";
                if (awaited.pattern().match(text, with(owner.get().names())) instanceof LineMatch.Mismatch(String why, _, _)
                        && awaited == later) {
                    reason = why;
                }
            }
            return new Miss(at, later.pattern().line(), later.pattern().text(), reason, false, accounting);
        }
        // The line fits nowhere: blame the pattern it came nearest to, the opening line or a line a sequence awaits.
        Element.Line blamed = first;
        LineMatch.Mismatch nearest = (LineMatch.Mismatch) opening;
        String reason = nearest.reason() + "; only " + sequences.size() + " of " + block.count() + " sequences have started";
        for (Sequence sequence : sequences) {
            if (finished(sequence)) {
                continue;
            }
            Element.Line awaited = awaited(sequence);
            if (awaited.pattern().match(text, with(sequence.names())) instanceof LineMatch.Mismatch miss
                    && (blamed == first && sequences.size() == block.count() || miss.nearerThan(nearest))) {
                blamed = awaited;
                nearest = miss;
                reason = "the sequence with " + key + "=" + sequence.key() + " is not finished, and this line fits no line"
                        + " of the @interleave block; against this one: " + miss.reason();
            }
        }
        return new Miss(at, blamed.pattern().line(), blamed.pattern().text(), reason, false, accounting);
    }

    private static int length(Trail trail) {
        int length = 0;
        for (Trail t = trail; t != null; t = t.before()) {
            length++;
        }
        return length;
    }

    private static int[] accounting(Trail trail, int length) {
        int[] accounting = new int[length];
        int i = length - 1;
        for (Trail t = trail; t != null; t = t.before()) {
            accounting[i--] = t.line();
        }
        return accounting;
    }
}
