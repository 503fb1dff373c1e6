package book.timeline;

import org.junit.jupiter.api.BeforeAll;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Draws the fixture's recording and reads the SVG back as XML: lanes, segments, axis, legend, title and description. */
class TimelineSvgTest {

    private static Document svg;

    @BeforeAll
    static void drawTheFixture() throws Exception {
        svg = parse(TimelineSvg.draw(RecordingReader.read(FixtureRecording.get().recording()), "timeline/Fixture"));
    }

    private static Document parse(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Document document, String tag, String cssClass) {
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

    private static List<String> texts(Document document, String cssClass) {
        return elements(document, "text", cssClass).stream().map(Element::getTextContent).toList();
    }

    @Test
    void hasATitleAndADescriptionForScreenReaders() {
        Element root = svg.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("timeline-timeline-Fixture-title timeline-timeline-Fixture-desc", root.getAttribute("aria-labelledby"));
        assertEquals("Thread timeline of timeline/Fixture, recorded in this build's run",
                elements(svg, "title", null).getFirst().getTextContent());
        String desc = elements(svg, "desc", null).getFirst().getTextContent();
        assertTrue(desc.startsWith("main and 1 virtual thread and 2 platform threads, over "), desc);
        var sleep = java.util.regex.Pattern.compile("1 thread is sleeping, about (\\d+) ms in all\\.").matcher(desc);
        assertTrue(sleep.find() && Integer.parseInt(sleep.group(1)) >= 195, desc);
        assertTrue(desc.contains("1 thread is parked"), desc);
        assertTrue(desc.contains("with 1 thread still alive"), desc);
        assertTrue(desc.contains("Flight Recorder writes a sleep or a park only when it ends"), desc);
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
    void drawsOneLanePerThreadMainFirst() {
        List<String> names = texts(svg, "lane-name");
        assertEquals(4, names.size(), names.toString());
        assertEquals("main", names.getFirst());
        assertEquals(4, elements(svg, "circle", "start").size());
        assertEquals(3, elements(svg, "rect", "end").size(), "the cut-off virtual thread has no end marker");
    }

    @Test
    void drawsEachStateAsItsOwnSegment() {
        assertEquals(1, elements(svg, "rect", "sleeping").size());
        assertFalse(elements(svg, "rect", "parked").isEmpty());
        assertEquals(1, elements(svg, "rect", "unrecorded").size());
        assertEquals(3, elements(svg, "rect", "running").size());
        assertEquals(1, elements(svg, "rect", "virtual").size());
        assertTrue(elements(svg, "rect", "sleeping").getFirst().getTextContent().startsWith("sleeping from "));
    }

    @Test
    void hasATimeAxisInMillisecondsAndALegend() {
        List<String> ticks = texts(svg, "tick");
        assertEquals("0 ms", ticks.getFirst());
        assertTrue(ticks.size() >= 4 && ticks.size() <= 11, ticks.toString());
        assertTrue(ticks.stream().allMatch(tick -> tick.endsWith(" ms")), ticks.toString());
        String legend = elements(svg, "g", "legend").getFirst().getTextContent();
        for (ThreadState state : List.of(ThreadState.RUNNING, ThreadState.SLEEPING, ThreadState.PARKED,
                ThreadState.VIRTUAL, ThreadState.UNRECORDED)) {
            assertTrue(legend.contains(state.label()), legend);
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
