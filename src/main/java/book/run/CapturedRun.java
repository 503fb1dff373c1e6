package book.run;

import java.time.Duration;
import java.util.List;

/**
 * What one process did: its output, exit code and wall time, and a thread dump if it had to be killed.
 *
 * @param exitCode the exit code, or -1 when the process was killed after its timeout
 * @param timedOut whether the process outlived its timeout and was killed with its children
 * @param threadDump the JVM's thread dump taken before the kill, or empty
 */
public record CapturedRun(List<String> stdout, List<String> stderr, int exitCode, Duration wall,
                          boolean timedOut, String threadDump) {
}
