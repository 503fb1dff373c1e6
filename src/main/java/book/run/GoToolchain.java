package book.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Go found on the {@code PATH} ({@code src/build/ensure-go} installs Debian's when it is missing):
 * its version, its {@code gofmt}, and whether it is new enough for a program's {@code //go:build} line.
 *
 * <p>{@code GoToolchain.find().orElseThrow().supports("1.22")}
 */
public record GoToolchain(Path go, Path gofmt, String version) {

    private static final Duration QUERY_TIMEOUT = Duration.ofMinutes(1);
    private static final Pattern RELEASE = Pattern.compile("go1\\.(\\d+)");

    /** The Go on the {@code PATH}, or empty when there is none. */
    public static Optional<GoToolchain> find() {
        Optional<Path> go = onPath("go");
        if (go.isEmpty()) {
            return Optional.empty();
        }
        CapturedRun env = ProcessCapture.run(List.of(go.get().toString(), "env", "GOROOT", "GOVERSION"),
                Path.of("."), Map.of(), QUERY_TIMEOUT);
        if (env.exitCode() != 0 || env.stdout().size() < 2) {
            return Optional.empty();
        }
        Path gofmt = Path.of(env.stdout().get(0), "bin", "gofmt");
        return Optional.of(new GoToolchain(go.get(), gofmt, env.stdout().get(1).strip()));
    }

    /** Whether this Go compiles programs that need Go {@code minimum} ({@code "1.22"}). */
    public boolean supports(String minimum) {
        return minor(version) >= minor("go" + minimum);
    }

    private static int minor(String version) {
        Matcher release = RELEASE.matcher(version);
        if (!release.find()) {
            throw new IllegalArgumentException("not a Go version: " + version);
        }
        return Integer.parseInt(release.group(1));
    }

    private static Optional<Path> onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, command))) {
                return Optional.of(Path.of(folder, command));
            }
        }
        return Optional.empty();
    }
}
