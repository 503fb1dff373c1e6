package book.render;

import book.run.RunResult;
import org.asciidoctor.ast.StructuralNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline under an example's output, for examples with {@code @timeline}: in HTML the SVG itself, inline, so
 * that its title and description reach screen readers; in the PDF and the EPUB an image of the same SVG, written
 * beside the book document as {@code timelines/<id>.svg} where both converters look for images.
 *
 * <p>{@code lines.addAll(TimelinePanel.lines(parent, run));}
 */
final class TimelinePanel {

    static final String TITLE = "Timeline of this build's run, recorded with Flight Recorder";

    private static final Pattern DESCRIPTION = Pattern.compile("<desc[^>]*>(.*?)</desc>", Pattern.DOTALL);

    private TimelinePanel() {
    }

    /** The AsciiDoc lines of the panel, or none when the run has no timeline. */
    static List<String> lines(StructuralNode parent, RunResult run) {
        if (run.timeline().isEmpty()) {
            return List.of();
        }
        if ("html5".equals(parent.getDocument().getAttribute("backend"))) {
            String svg = run.timeline().replaceFirst("<svg ", "<svg style=\"max-width:100%;height:auto\" ");
            return List.of("++++", "<div class=\"timeline-panel\"><div class=\"title\">" + TITLE + "</div>",
                    "<div class=\"timeline-scroll\">", svg.strip(), "</div></div>", "++++", "");
        }
        String image = "timelines/" + run.id() + ".svg";
        write(Path.of(String.valueOf(parent.getDocument().getAttribute("docdir"))).resolve(image), run.timeline());
        return List.of("." + TITLE, "image::" + image + "[\"" + alt(run.timeline()) + "\",pdfwidth=100%,role=timeline]", "");
    }

    /** The SVG's description, as the image's text alternative, made safe for an AsciiDoc attribute. */
    static String alt(String svg) {
        Matcher description = DESCRIPTION.matcher(svg);
        String text = description.find() ? description.group(1) : "Thread timeline";
        return text.replace("&quot;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replace("\"", "'").replace("]", ")").replace("[", "(");
    }

    /** Writes through a temporary file: the PDF and the EPUB are converted at the same time and write the same images. */
    private static void write(Path file, String svg) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, svg);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the timeline image " + file, e);
        }
    }
}
