package book.find;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Go program kept beside its Java port, {@code examples/waitgroups/SideBySide.go} beside
 * {@code SideBySide.java}: the build runs it with Go and checks it against the port's expectation.
 * A {@code //go:build go1.22} line says which Go it needs at least.
 *
 * <p>{@code new GoProgram(root, Path.of("examples/mutexes/SideBySide.go")).javaPort().id()} is {@code "mutexes/SideBySide"}.
 *
 * @param root the project root, the working directory of every run
 * @param program the program's path relative to {@code root}
 */
public record GoProgram(Path root, Path program) {

    private static final Pattern MINIMUM = Pattern.compile("^//go:build go(1\\.\\d+)\\s*$", Pattern.MULTILINE);

    public GoProgram {
        if (program.isAbsolute() || !program.getFileName().toString().endsWith(".go")) {
            throw new IllegalArgumentException("not a relative path to a .go file: " + program);
        }
    }

    /** The Java port's id with {@code .go}: {@code waitgroups/SideBySide.go}, also the name of its result. */
    public String id() {
        return javaPort().id() + ".go";
    }

    /** The Java script of the same name in the same folder, whose expectation this program must meet. */
    public Example javaPort() {
        String name = program.getFileName().toString().replaceFirst("\\.go$", ".java");
        return new Example(root, program.resolveSibling(name));
    }

    /** The program as an absolute path. */
    public Path file() {
        return root.resolve(program);
    }

    /** The program's path with forward slashes, as the reader types it. */
    public String displayPath() {
        return program.toString().replace('\\', '/');
    }

    /** The command a reader with Go installed types to run the program. */
    public String command(List<String> args) {
        var command = new StringBuilder("go run ").append(displayPath());
        args.forEach(arg -> command.append(' ').append(arg));
        return command.toString();
    }

    /** The oldest Go that compiles the program, {@code "1.22"}, from its {@code //go:build go1.22} line; empty for any Go. */
    public Optional<String> minimumGo() {
        Matcher line = MINIMUM.matcher(source());
        return line.find() ? Optional.of(line.group(1)) : Optional.empty();
    }

    /** The program's text. */
    public String source() {
        try {
            return Files.readString(file());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + displayPath(), e);
        }
    }
}
