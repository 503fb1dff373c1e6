package book.find;

import java.nio.file.Path;
import java.util.List;

/**
 * One runnable script: where it lives and how a reader runs it.
 *
 * <p>{@code new Example(root, Path.of("examples/goroutines/TenProcesses.java")).id()} is
 * {@code "goroutines/TenProcesses"}.
 *
 * @param root the project root, the working directory of every run
 * @param script the script's path relative to {@code root}
 */
public record Example(Path root, Path script) {

    public Example {
        if (script.isAbsolute()) {
            throw new IllegalArgumentException("script path must be relative to the root: " + script);
        }
    }

    /** The chapter folder and the file name without {@code .java}: {@code goroutines/TenProcesses}. */
    public String id() {
        String name = script.getFileName().toString().replaceFirst("\\.java$", "");
        Path parent = script.getParent();
        return parent == null ? name : parent.getFileName() + "/" + name;
    }

    /** The folder the script lives in, named after its chapter. */
    public String chapter() {
        Path parent = script.getParent();
        return parent == null ? "" : parent.getFileName().toString();
    }

    /** The script as an absolute path. */
    public Path file() {
        return root.resolve(script);
    }

    /** The script's path with forward slashes, as the reader types it. */
    public String displayPath() {
        return script.toString().replace('\\', '/');
    }

    /** The command a reader with JBang installed types to run the example. */
    public String command(List<String> args) {
        var command = new StringBuilder("jbang ").append(displayPath());
        args.forEach(arg -> command.append(' ').append(arg));
        return command.toString();
    }
}
