package book.run;

import book.find.Example;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Remembers the command JBang resolved for a script (and the classpath of its {@code //DEPS}), under a key made of
 * everything JBang's answer depends on:
 * the script's text (with its {@code //DEPS}, {@code //JAVA} and other directives), its path in the book, its
 * arguments, the JDK, the JBang release and JBang's environment variables. A remembered command is used only while
 * the files on its classpath still exist, since JBang would rebuild a script whose jar left its cache.
 *
 * <p>Like JBang's own cache of built scripts, whose jars it names, it is kept for the user, not for one clone
 * ({@link #forBook}): a fresh clone of the book (CI) finds the commands another clone's build resolved, the way it
 * finds their jars in JBang's cache. An answer that names the clone it was resolved in stays in that clone's
 * {@code target/}, since it would not be JBang's answer in another.
 *
 * <p>{@code cache.load(key)} returns {@code /usr/lib/jvm/.../bin/java -classpath /root/.jbang/cache/jars/...jar TenProcesses}.
 */
final class CommandCache {

    /** Where the answers that name no clone are kept. */
    private final Path directory;
    /** Where the answers that name {@code clone} are kept. */
    private final Path cloneDirectory;
    private final String clone;

    /** @param directory where every command is kept */
    CommandCache(Path directory) {
        this(directory, directory, "");
    }

    /**
     * @param directory      where the answers are kept that name no folder of {@code clone}
     * @param cloneDirectory where the answers are kept that do
     * @param clone          the book's root folder, as JBang's answers would name it
     */
    CommandCache(Path directory, Path cloneDirectory, Path clone) {
        this(directory, cloneDirectory, clone.toString());
    }

    private CommandCache(Path directory, Path cloneDirectory, String clone) {
        this.directory = directory;
        this.cloneDirectory = cloneDirectory;
        this.clone = clone;
    }

    /**
     * The cache of the book at {@code root}: {@code $XDG_CACHE_HOME/go-concurrency-in-java/jbang-commands} (or
     * {@code ~/.cache/...}), with {@code target/jbang/commands} for the answers that name the clone.
     */
    static CommandCache forBook(Path root) {
        String home = System.getenv("XDG_CACHE_HOME");
        Path user = home != null && !home.isBlank() ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".cache");
        return new CommandCache(user.resolve("go-concurrency-in-java/jbang-commands"),
                root.resolve("target/jbang/commands"), root.toAbsolutePath());
    }

    /** The files a remembered answer for {@code key} may be in. */
    List<Path> files(String key) {
        return directory.equals(cloneDirectory) ? List.of(directory.resolve(key))
                : List.of(directory.resolve(key), cloneDirectory.resolve(key));
    }

    /** The key of the command {@code jbang <script> <args>} resolves to on this JDK with this JBang. */
    static String key(Example example, String source, List<String> args) {
        return key("command", example, source, args);
    }

    /** The key of the classpath {@code jbang info classpath --deps-only <script>} resolves to on this JDK with this JBang. */
    static String classpathKey(Example example, String source) {
        return key("dependency classpath", example, source, List.of());
    }

    private static String key(String answer, Example example, String source, List<String> args) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            update(digest, "answer " + answer);
            update(digest, "jbang " + Files.readString(example.root().resolve("src/jbang/pom.xml")));
            update(digest, "jdk " + System.getProperty("java.home") + " " + Runtime.version());
            Map<String, String> jbangEnvironment = new TreeMap<>(System.getenv());
            jbangEnvironment.keySet().removeIf(name -> !name.startsWith("JBANG_"));
            update(digest, "environment " + jbangEnvironment);
            update(digest, "script " + example.displayPath());
            update(digest, source);
            for (String arg : args) {
                update(digest, "arg " + arg);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JBang release of the book", e);
        }
    }

    /** A remembered command, while the java launcher and every classpath entry it names are still there. */
    Optional<String> load(String key) {
        return read(key).filter(CommandCache::filesExist);
    }

    /** A remembered classpath, while every jar on it is still there. */
    Optional<String> loadClasspath(String key) {
        return read(key).filter(classpath -> Arrays.stream(classpath.split(java.io.File.pathSeparator))
                .allMatch(entry -> Files.exists(Path.of(entry))));
    }

    private Optional<String> read(String key) {
        for (Path file : files(key)) {
            try {
                if (Files.isRegularFile(file)) {
                    return Optional.of(Files.readString(file).strip());
                }
            } catch (IOException e) {
                // Unreadable (another build replacing it, a folder without rights): not remembered.
            }
        }
        return Optional.empty();
    }

    /**
     * Remembers a command, or a classpath, under its key: in this clone's folder when it names the clone, otherwise
     * in the user's, or in this clone's when the user's cannot be written.
     */
    void save(String key, String command) {
        boolean namesClone = !clone.isEmpty() && command.contains(clone);
        if (!namesClone && !directory.equals(cloneDirectory)) {
            try {
                write(directory, key, command);
                return;
            } catch (IOException e) {
                // A home without a writable cache folder: the clone's own is as good for this build.
            }
        }
        try {
            write(cloneDirectory, key, command);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remember the command of a script in " + cloneDirectory, e);
        }
    }

    private static void write(Path directory, String key, String command) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, key, ".tmp");
        try {
            Files.writeString(temporary, command + "\n");
            Files.move(temporary, directory.resolve(key), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Whether the java launcher and every classpath entry the command names are still there. */
    static boolean filesExist(String command) {
        List<String> words = Arrays.stream(command.split(" ")).map(CommandCache::unquote).toList();
        if (words.isEmpty() || !Files.isExecutable(Path.of(words.getFirst()))) {
            return false;
        }
        for (int i = 1; i < words.size() - 1; i++) {
            String option = words.get(i);
            if (option.equals("-classpath") || option.equals("-cp") || option.equals("--class-path")) {
                for (String entry : words.get(i + 1).split(java.io.File.pathSeparator)) {
                    if (!Files.exists(Path.of(entry))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static String unquote(String word) {
        return word.replace("'", "").replace("\"", "");
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
