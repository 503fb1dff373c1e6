package book.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole machine's CPU so far, busy and in all, every process's and every core's, from the first line of
 * {@code /proc/stat}: what a run's own processes cannot show, such as a render beside it. Empty where there is no
 * {@code /proc}.
 *
 * <p>{@code MachineCpu.now()} returns {@code Ticks[busy=51234, all=98765]}; two of them apart give the share of the
 * machine that was busy between them.
 */
final class MachineCpu {

    private static final Path STAT = Path.of("/proc/stat");

    /** Ticks of every core so far: busy (user, nice, system, irq, softirq, steal) and all of them (idle and iowait too). */
    record Ticks(long busy, long all) {

        /** The share of the machine busy from {@code earlier} to this, 0 to 1; 0 when no time passed. */
        double busySince(Ticks earlier) {
            long all = this.all - earlier.all;
            return all <= 0 ? 0 : (double) (busy - earlier.busy) / all;
        }
    }

    private MachineCpu() {
    }

    static Optional<Ticks> now() {
        try (var lines = Files.lines(STAT)) {
            return lines.findFirst().filter(line -> line.startsWith("cpu ")).map(MachineCpu::parse);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code cpu  user nice system idle iowait irq softirq steal guest guest_nice}, in USER_HZ ticks (proc(5)). */
    static Ticks parse(String line) {
        String[] fields = line.strip().split("\\s+");
        long[] ticks = new long[8];
        for (int i = 0; i < ticks.length && i + 1 < fields.length; i++) {
            ticks[i] = Long.parseLong(fields[i + 1]);
        }
        long idle = ticks[3] + ticks[4];
        long all = 0;
        for (long tick : ticks) {
            all += tick;
        }
        return new Ticks(all - idle, all);
    }
}
