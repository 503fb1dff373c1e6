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
