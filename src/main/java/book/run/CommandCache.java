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
 * the script's text (with its {@code //DEPS}, {@code //JAVA} and other directives), its arguments, the JDK, the
 * JBang release and JBang's environment variables. A remembered command is used only while the files on its
 * classpath still exist, since JBang would rebuild a script whose jar left its cache.
 *
 * <p>{@code cache.load(key)} returns {@code /usr/lib/jvm/.../bin/java -classpath /root/.jbang/cache/jars/...jar TenProcesses}.
 */
final class CommandCache {

    private final Path directory;

    /** @param directory where the commands are kept, {@code target/jbang/commands} */
    CommandCache(Path directory) {
        this.directory = directory;
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

    Optional<String> load(String key) {
        Path file = directory.resolve(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String command = Files.readString(file).strip();
            return filesExist(command) ? Optional.of(command) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A remembered classpath, while every jar on it is still there. */
    Optional<String> loadClasspath(String key) {
        Path file = directory.resolve(key);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            String classpath = Files.readString(file).strip();
            return Arrays.stream(classpath.split(java.io.File.pathSeparator)).allMatch(entry -> Files.exists(Path.of(entry)))
                    ? Optional.of(classpath) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Remembers a command, or a classpath, under its key. */
    void save(String key, String command) {
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, key, ".tmp");
            Files.writeString(temporary, command + "\n");
            Files.move(temporary, directory.resolve(key), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remember the command of a script in " + directory, e);
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
