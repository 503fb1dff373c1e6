package book.expect;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Builds small scripts for tests: the {@code /* Output:} line is script line 2, so expectation line i is line i + 2. */
final class Scripts {

    static final Path SCRIPT = Path.of("examples/demo/Demo.java");

    private Scripts() {
    }

    static String source(String... expectation) {
        return "void main() {}\n/* Output:\n" + String.join("\n", expectation) + "\n*/\n";
    }

    static Expectation parse(String... expectation) {
        return ExpectationParser.parse(SCRIPT, source(expectation));
    }

    static Match stdout(List<String> expectation, String... output) {
        return OutputMatcher.match(parse(expectation.toArray(String[]::new)).stdout(), List.of(output), Map.of());
    }
}
