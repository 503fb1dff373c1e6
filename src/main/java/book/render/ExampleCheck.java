package book.render;

import book.find.Example;
import book.find.ExampleCatalog;
import book.find.GoCatalog;
import book.find.GoProgram;
import book.run.ExampleRunner;
import book.run.GoRunner;
import book.run.GoToolchain;
import book.run.ResultStore;
import book.run.RunResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks, in one pass before anything is converted, every example and every listing the pages show: the script
 * or Go program exists and has the tag the page shows, the build's test run left a result for it, that result is
 * current (same script, inputs, JDK, Go and checker) and it passed (a Go program that needs a newer Go than the
 * build's: gofmt parsed it); and every example and Go program is shown by some page. Each problem names its place.
 * The example and listing macros of every backend then only draw what this check let through.
 *
 * <p>{@code ExampleCheck.check(pages, catalog, goPrograms, results, only, problems).results().get("goroutines/TenProcesses")}
 *
 * @param results the result of every shown example this build ran, by id, each current and passed
 * @param notRun the ids of the shown examples the build did not run, because {@code book.only} left them out
 * @param listings what each {@code listing::} target the pages show says above and below its code, by target
 *                 ({@code waitgroups/SideBySide.go}), for every listing the check let through
 */
record ExampleCheck(Map<String, RunResult> results, Set<String> notRun, Map<String, Listing> listings) {

    /**
     * What the page shows around one listing's code.
     *
     * @param id the shown file's id: {@code waitgroups/SideBySide} (a Java example) or {@code waitgroups/SideBySide.go}
     * @param title the listing's title, the file and the Go it needs
     * @param verified the sentence under the code: how this build verified the file
     */
    record Listing(String id, String title, String verified) {
    }

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
                checkTag(macro, example.get().file(), problems);
                if (selected.find(macro.id()).isEmpty()) {
                    notRun.add(macro.id());
                    continue;
                }
                checkResult(macro, example.get(), store, problems).ifPresent(result -> results.put(macro.id(), result));
            }
        }
        // A listing:: shows the code of a Java example (run and shown with its output elsewhere) or of a Go program.
        var listings = new Listings(catalog, selected, goPrograms, store, only, problems);
        var drawn = new LinkedHashMap<String, Listing>();
        for (PageSource page : pages) {
            for (PageSource.Macro macro : page.listings()) {
                listings.check(macro, shown).ifPresent(listing -> drawn.putIfAbsent(macro.target(), listing));
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
        return new ExampleCheck(Map.copyOf(results), Set.copyOf(notRun), Map.copyOf(drawn));
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

    private static void checkTag(PageSource.Macro macro, Path file, Problems problems) {
        if (ScriptListing.of(read(file), macro.tag()).isEmpty()) {
            problems.add("%s: examples/%s has no tag '%s'".formatted(macro.place(), macro.target(), macro.tag()));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The checks of the {@code listing::} macros: a Java example's code, or a Go program's beside its Java port. */
    private static final class Listings {

        private final ExampleCatalog catalog;
        private final ExampleCatalog selected;
        private final GoCatalog goPrograms;
        private final ResultStore store;
        private final String only;
        private final Problems problems;
        /** Go, looked for once, and only when a shown Go program is to be checked. */
        private Optional<GoToolchain> toolchain;

        Listings(ExampleCatalog catalog, ExampleCatalog selected, GoCatalog goPrograms, ResultStore store, String only,
                 Problems problems) {
            this.catalog = catalog;
            this.selected = selected;
            this.goPrograms = goPrograms;
            this.store = store;
            this.only = only;
            this.problems = problems;
        }

        /** What the page shows around the listing, or nothing and a problem with the macro's place. */
        Optional<Listing> check(PageSource.Macro macro, Set<String> shown) {
            return macro.target().endsWith(".go") ? goProgram(macro, shown) : javaScript(macro, shown);
        }

        private Optional<Listing> javaScript(PageSource.Macro macro, Set<String> shown) {
            String id = macro.id();
            Optional<Example> example = catalog.find(id);
            if (example.isEmpty()) {
                problems.add("%s: listing::%s[] names no script: there is no examples/%s".formatted(
                        macro.place(), macro.target(), macro.target()));
                return Optional.empty();
            }
            shown.add(id);
            checkTag(macro, example.get().file(), problems);
            String title = "examples/" + macro.target();
            if (selected.find(id).isEmpty()) {
                return Optional.of(new Listing(id, title, notRun()));
            }
            return result(macro, id, ExampleRunner.fingerprint(example.get()).orElse(""), RunResult.Status.PASSED)
                    .map(run -> new Listing(id, title,
                            "Checked in this build: `%s` ran and met the expectation at the end of the script."
                                    .formatted(run.command())));
        }

        private Optional<Listing> goProgram(PageSource.Macro macro, Set<String> shown) {
            String id = macro.target();
            Optional<GoProgram> program = goPrograms.find(id);
            if (program.isEmpty()) {
                problems.add("%s: listing::%s[] names no Go program: there is no examples/%s".formatted(
                        macro.place(), macro.target(), macro.target()));
                return Optional.empty();
            }
            shown.add(id);
            checkTag(macro, program.get().file(), problems);
            Optional<String> minimum = program.get().minimumGo();
            String title = "examples/" + macro.target() + minimum.map(version -> " (Go " + version + " or newer)").orElse("");
            if (selected.find(program.get().javaPort().id()).isEmpty()) {
                return Optional.of(new Listing(id, title, notRun()));
            }
            if (toolchain == null) {
                toolchain = GoToolchain.find();
            }
            Optional<GoToolchain> go = toolchain;
            if (go.isEmpty()) {
                problems.add("%s: examples/%s cannot be checked: no Go on the PATH (src/build/ensure-go installs it)"
                        .formatted(macro.place(), macro.target()));
                return Optional.empty();
            }
            boolean tooNew = minimum.filter(version -> !go.get().supports(version)).isPresent();
            String fingerprint = new GoRunner(go.get()).fingerprint(program.get());
            String port = program.get().javaPort().script().getFileName().toString();
            return result(macro, id, fingerprint, tooNew ? RunResult.Status.PARSED : RunResult.Status.PASSED)
                    .map(run -> new Listing(id, title, tooNew
                            ? run.verified() + " A newer Go runs it against the expectation of `" + port + "`."
                            : "Checked in this build: `%s` ran and met the same expectation as `%s`."
                                    .formatted(run.command(), port)));
        }

        /** The stored result of this build, if it is current and has the wanted status; a problem otherwise. */
        private Optional<RunResult> result(PageSource.Macro macro, String id, String fingerprint, RunResult.Status wanted) {
            Optional<RunResult> result = store.load(id);
            if (result.isEmpty()) {
                problems.add("%s: examples/%s has no result from this build's test run".formatted(
                        macro.place(), macro.target()));
                return Optional.empty();
            }
            boolean current = fingerprint.equals(result.get().fingerprint());
            if (!current) {
                problems.add(("%s: examples/%s, its Java port, the JDK, Go or the checker changed since its last run;"
                        + " run the tests again (./mvnw package does)").formatted(macro.place(), macro.target()));
            }
            if (result.get().status() != wanted) {
                problems.add("%s: examples/%s did not pass its check (%s); see the test report".formatted(
                        macro.place(), macro.target(), result.get().status()));
            }
            return current && result.get().status() == wanted ? result : Optional.empty();
        }

        private String notRun() {
            return "_Not checked in this build: it was limited to `book.only=" + only + "`._";
        }
    }
}
