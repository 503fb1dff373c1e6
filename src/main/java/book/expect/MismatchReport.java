package book.expect;

import java.util.List;

/**
 * Writes what went wrong when output does not match its block: the expectation line that failed, what it wanted,
 * what came out, why, and the whole output with the expectation line that accounted for each output line.
 *
 * <p>{@code MismatchReport.write(block, output, misses)} is the report of a failed {@link Match}.
 */
final class MismatchReport {

    private MismatchReport() {
    }

    /** The miss a report leads with: the first one that was not allowed, or else the first one. */
    static Miss primary(List<Miss> misses) {
        return misses.stream().filter(miss -> !miss.soft()).findFirst().orElse(misses.getFirst());
    }

    static String write(Block block, List<String> output, List<Miss> misses) {
        Miss primary = primary(misses);
        int at = primary.at();
        String stream = block.stream();
        StringBuilder report = new StringBuilder(block.place(primary.line())).append(": ");
        if (primary.expected() == null) {
            report.append(stream).append(" line ").append(at + 1).append(" is not accounted for by the expectation\n");
        } else if (at == output.size()) {
            report.append(stream).append(" ended after ").append(at).append(at == 1 ? " line" : " lines")
                    .append(", but the expectation goes on\n");
        } else {
            report.append(stream).append(" line ").append(at + 1).append(" does not match\n");
        }
        report.append("  expected: ").append(primary.expected() == null ? "end of " + stream : primary.expected()).append('\n');
        report.append("  actual:   ").append(at < output.size() ? output.get(at) : "end of output").append('\n');
        if (primary.reason() != null) {
            report.append("  because:  ").append(primary.reason()).append('\n');
        }
        for (Miss other : misses) {
            if (other != primary) {
                report.append("  or:       ").append(block.place(other.line())).append(" ")
                        .append(other.expected() == null ? "end of " + stream : "'" + other.expected() + "'")
                        .append(other.reason() == null ? "" : ": " + other.reason()).append('\n');
            }
        }
        report.append(stream).append(output.isEmpty() ? " was empty.\n"
                : " as printed, with the expectation line that accounted for each line:\n");
        int[] accounting = primary.accounting();
        int width = block.place(block.endLine()).length();
        for (int i = 0; i < output.size(); i++) {
            String place = i < accounting.length && accounting[i] > 0 ? block.place(accounting[i]) : i < at ? "?" : "";
            report.append(i == at ? "  > " : "    ")
                    .append(("%4d  %-" + width + "s  %s\n").formatted(i + 1, place, output.get(i)));
        }
        if (at == output.size()) {
            report.append("  >       (end of output)\n");
        }
        return report.toString();
    }
}
