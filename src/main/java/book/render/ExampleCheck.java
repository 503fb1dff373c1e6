package book.render;

import book.find.Example;
import book.find.ExampleCatalog;
import book.find.GoCatalog;
import book.find.GoProgram;
import book.run.ExampleRunner;
import book.run.ResultStore;
import book.run.RunResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, in one pass before anything is converted, every example the pages show: the script exists and has the
 * tag the page shows, the build's test run left a result for it, that result is current (same script, inputs,
 * JDK and checker) and it passed; and every example is shown by some page. Each problem names its place. The
 * example macro of every backend then only draws what this check let through.
 *
 * <p>{@code ExampleCheck.check(pages, catalog, results, only, problems).result("goroutines/TenProcesses")}
 *
 * @param results the result of every shown example this build ran, by id, each current and passed
 * @param notRun the ids of the shown examples the build did not run, because {@code book.only} left them out
 */
record ExampleCheck(Map<String, RunResult> results, Set<String> notRun) {

    static ExampleCheck check(List<PageSource> pages, ExampleCatalog catalog, GoCatalog goPrograms, ResultStore store,
                              String only, Problems problems) {
        ExampleCatalog selected = catalog.only(only);
        var results = new LinkedHashMap<String, RunResult>();
        var notRun = new HashSet<String>();
        var shown = new HashSet<String>();
        for (PageSource page : pages) {
            for (PageSource.Macro macro : page.examples()) {
                Optional<Example> example = catalog.find(macro.id());
                if (example.isEmpty()) {
                    problems.add("%s: example::%s[] names no script: there is no examples/%s".formatted(
                            macro.place(), macro.target(), macro.target()));
                    continue;
                }
                shown.add(macro.id());
                if (ScriptListing.of(read(example.get()), macro.tag()).isEmpty()) {
                    problems.add("%s: examples/%s has no tag '%s'".formatted(macro.place(), macro.target(), macro.tag()));
                }
                if (selected.find(macro.id()).isEmpty()) {
                    notRun.add(macro.id());
                    continue;
                }
                checkResult(macro, example.get(), store, problems).ifPresent(result -> results.put(macro.id(), result));
            }
        }
        // A listing:: shows the code of a Java example (run and shown with its output elsewhere) or of a Go program.
        for (PageSource page : pages) {
            for (PageSource.Macro listing : page.listings()) {
                shown.add(listing.id());
                if (listing.target().endsWith(".go")
                        && goPrograms.programs().stream().noneMatch(program -> program.id().equals(listing.id()))) {
                    problems.add("%s: listing::%s[] names no Go program: there is no examples/%s".formatted(
                            listing.place(), listing.target(), listing.target()));
                }
            }
        }
        for (Example example : catalog.examples()) {
            if (!shown.contains(example.id())) {
                problems.add(example.displayPath() + ": shown by no chapter; add example::" + example.id()
                        + ".java[] to one");
            }
        }
        for (GoProgram program : goPrograms.programs()) {
            if (!shown.contains(program.id())) {
                problems.add(program.displayPath() + ": shown by no chapter; add listing::" + program.id() + "[] to one");
            }
        }
        return new ExampleCheck(Map.copyOf(results), Set.copyOf(notRun));
    }

    /** The result to show, when the example has one that is current and passed. */
    private static Optional<RunResult> checkResult(PageSource.Macro macro, Example example, ResultStore store,
                                                   Problems problems) {
        Optional<RunResult> stored = store.load(example.id());
        if (stored.isEmpty()) {
            problems.add("%s: examples/%s has no result from this build's test run".formatted(macro.place(), macro.target()));
            return Optional.empty();
        }
        RunResult result = stored.get();
        boolean current = ExampleRunner.fingerprint(example).orElse("").equals(result.fingerprint());
        if (!current) {
            problems.add(("%s: examples/%s, its inputs, the JDK or the checker changed since its last run;"
                    + " run the tests again (./mvnw package does)").formatted(macro.place(), macro.target()));
        }
        if (!result.passed()) {
            problems.add("%s: examples/%s did not pass its check (%s); see the test report".formatted(
                    macro.place(), macro.target(), result.status()));
        }
        return current && result.passed() ? stored : Optional.empty();
    }

    private static String read(Example example) {
        try {
            return Files.readString(example.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
