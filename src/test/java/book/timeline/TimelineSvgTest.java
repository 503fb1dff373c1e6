package book.timeline;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Draws made-up runs and reads the SVG back as XML: many threads as counts over time, round ticks. {@link TimelineSvgIT}
 * draws a real recording.
 */
class TimelineSvgTest {

    static Document parse(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    static List<Element> elements(Document document, String tag, String cssClass) {
        var found = new ArrayList<Element>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            var element = (Element) nodes.item(i);
            if (cssClass == null || List.of(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    static List<String> texts(Document document, String cssClass) {
        return elements(document, "text", cssClass).stream().map(Element::getTextContent).toList();
    }

    @Test
    void theMarkerLabelsNeverOverlapAndEndAtTheirLinesWhenThereIsRoom() throws Exception {
        for (long mainEnds : List.of(500_000_000L, 900_000_000L, 960_000_000L, 975_000_000L)) {
            var run = new RecordedRun(List.of(new Lane("main", false, 0, mainEnds, true, List.of())), 1_000_000_000L, "", 0);
            Document drawn = parse(TimelineSvg.draw(run, "timeline/Markers"));
            List<Element> labels = elements(drawn, "text", "marker-label");
            assertEquals(List.of("main ends", "JVM exits"), labels.stream().map(Element::getTextContent).toList());
            List<Element> lines = elements(drawn, "line", "marker");
            double mainRight = Double.parseDouble(labels.get(0).getAttribute("x"));
            double exitLeft = Double.parseDouble(labels.get(1).getAttribute("x")) - TimelineSvg.labelWidth("JVM exits");
            assertTrue(mainRight < exitLeft, "main ends at " + mainEnds + " ns: its label (to x " + mainRight
                    + ") runs into the JVM's (from x " + exitLeft + ")");
            double mainLine = Double.parseDouble(lines.get(0).getAttribute("x1"));
            if (mainLine - 3 < exitLeft - 6) {
                assertEquals(mainLine - 3, mainRight, 0.05, "main ends at " + mainEnds + " ns: its label left its line");
            }
        }
    }

    @Test
    void manyThreadsAreDrawnAsCountsOverTime() throws Exception {
        var lanes = new ArrayList<Lane>();
        lanes.add(new Lane("main", false, 0, 1_100_000_000L, true, List.of()));
        for (int i = 0; i < TimelineSvg.MAX_LANES + 10; i++) {
            lanes.add(new Lane("", true, 1_000_000L * i, 1_050_000_000L, true,
                    List.of(new Span(ThreadState.SLEEPING, 1_000_000L * i, 1_000_000_000L + i, ""))));
        }
        Document counts = parse(TimelineSvg.draw(new RecordedRun(lanes, 1_100_000_000L, "", 2), "demo/Many"));
        assertTrue(texts(counts, "lane-name").isEmpty());
        for (String curve : List.of("alive", "sleeping", "waiting", "finished")) {
            assertEquals(1, elements(counts, "polyline", curve).size(), curve);
        }
        String desc = elements(counts, "desc", null).getFirst().getTextContent();
        assertTrue(desc.contains("50 threads are sleeping") && desc.contains("all 50 at once, from 49 ms to 1000 ms"), desc);
    }

    @Test
    void ticksAreRoundSteps() {
        assertEquals(200_000_000L, TimelineSvg.step(1_100_000_000L));
        assertEquals(50_000_000L, TimelineSvg.step(300_000_000L));
        assertEquals(1_000_000L, TimelineSvg.step(6_500_000L));
    }
}
