import dev.jbang.Main;
import dev.jbang.cli.BaseCommand;
import dev.jbang.cli.JBang;
import picocli.CommandLine;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.LogManager;

/**
 * Answers many {@code jbang <script> <args>} calls in one JVM: for each request line it runs JBang's own command
 * line exactly as {@code dev.jbang.Main} does, and answers with JBang's exit code and what it printed. Exit code
 * 255 means JBang's output is the command to run, which is what the {@code jbang} launcher would exec.
 *
 * <p>Started by {@code BOOK_JBANG_RESOLVE=1 ./jbang}, so the JDK, JBang release and environment are the
 * launcher's. A request is one line of Base64 arguments separated by spaces; an answer is one line,
 * {@code <exit code> <Base64 stdout> <Base64 stderr>}. End of input ends the JVM.
 */
public final class ResolveCommands {

    public static void main(String[] ignored) throws IOException {
        try (var logging = Main.class.getResourceAsStream("/logging.properties")) {
            LogManager.getLogManager().readConfiguration(logging);
        } catch (IOException | NullPointerException e) {
            // Main ignores a missing logging configuration too.
        }
        PrintStream answers = System.out;
        PrintStream errors = System.err;
        var requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            String[] args = line.isBlank() ? new String[0]
                    : Arrays.stream(line.strip().split(" ")).map(ResolveCommands::decode).toArray(String[]::new);
            var out = new ByteArrayOutputStream();
            var err = new ByteArrayOutputStream();
            var capturedOut = new PrintStream(out, true, StandardCharsets.UTF_8);
            var capturedErr = new PrintStream(err, true, StandardCharsets.UTF_8);
            int status;
            System.setOut(capturedOut);
            System.setErr(capturedErr);
            try {
                CommandLine cli = JBang.getCommandLine();
                // JBang prints the command to run on the process's own stdout (BaseCommand.realOut), not System.out.
                redirectRealOut(cli, capturedOut);
                status = cli.execute(Main.handleDefaultRun(cli.getCommandSpec(), args));
            } catch (RuntimeException | Error e) {
                e.printStackTrace(capturedErr);
                status = 1;
            } finally {
                System.setOut(answers);
                System.setErr(errors);
            }
            capturedOut.flush();
            capturedErr.flush();
            answers.println(status + " " + encode(out.toByteArray()) + " " + encode(err.toByteArray()));
            answers.flush();
        }
    }

    private static void redirectRealOut(CommandLine cli, PrintStream out) {
        if (cli.getCommand() instanceof BaseCommand command) {
            command.realOut = out;
        }
        cli.getSubcommands().values().forEach(sub -> redirectRealOut(sub, out));
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }

    private static String encode(byte[] bytes) {
        return bytes.length == 0 ? "-" : Base64.getEncoder().encodeToString(bytes);
    }
}
