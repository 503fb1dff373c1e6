package book.timeline;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Draws the fixture's recording and reads the SVG back as XML: lanes, segments, axis, legend, title and description.
 * Recording the fixture starts a JVM with Flight Recorder, seconds of work, so this runs in {@code ./mvnw verify}.
 */
class TimelineSvgIT {

    private static Document svg;

    @BeforeAll
    static void drawTheFixture() throws Exception {
        svg = TimelineSvgTest.parse(TimelineSvg.draw(RecordingReader.read(FixtureRecording.get().recording()),
                "timeline/Fixture"));
    }

    @Test
    void hasATitleAndADescriptionForScreenReaders() {
        Element root = svg.getDocumentElement();
        assertEquals("img", root.getAttribute("role"));
        assertEquals("timeline-timeline-Fixture-title timeline-timeline-Fixture-desc", root.getAttribute("aria-labelledby"));
        assertEquals("Thread timeline of timeline/Fixture, recorded in this build's run",
                TimelineSvgTest.elements(svg, "title", null).getFirst().getTextContent());
        String desc = TimelineSvgTest.elements(svg, "desc", null).getFirst().getTextContent();
        assertTrue(desc.startsWith("main and 1 virtual thread and 2 platform threads, over "), desc);
        var sleep = java.util.regex.Pattern.compile("1 thread is sleeping, about (\\d+) ms in all\\.").matcher(desc);
        assertTrue(sleep.find() && Integer.parseInt(sleep.group(1)) >= 195, desc);
        assertTrue(desc.contains("1 thread is parked"), desc);
        assertTrue(desc.contains("with 1 thread still alive"), desc);
        assertTrue(desc.contains("Flight Recorder writes a sleep or a park only when it ends"), desc);
    }

    @Test
    void drawsOneLanePerThreadMainFirst() {
        List<String> names = TimelineSvgTest.texts(svg, "lane-name");
        assertEquals(4, names.size(), names.toString());
        assertEquals("main", names.getFirst());
        assertEquals(4, TimelineSvgTest.elements(svg, "circle", "start").size());
        assertEquals(3, TimelineSvgTest.elements(svg, "rect", "end").size(), "the cut-off virtual thread has no end marker");
    }

    @Test
    void drawsEachStateAsItsOwnSegment() {
        assertEquals(1, TimelineSvgTest.elements(svg, "rect", "sleeping").size());
        assertFalse(TimelineSvgTest.elements(svg, "rect", "parked").isEmpty());
        assertEquals(1, TimelineSvgTest.elements(svg, "rect", "unrecorded").size());
        assertEquals(3, TimelineSvgTest.elements(svg, "rect", "running").size());
        assertEquals(1, TimelineSvgTest.elements(svg, "rect", "virtual").size());
        assertTrue(TimelineSvgTest.elements(svg, "rect", "sleeping").getFirst().getTextContent().startsWith("sleeping from "));
    }

    @Test
    void hasATimeAxisInMillisecondsAndALegend() {
        List<String> ticks = TimelineSvgTest.texts(svg, "tick");
        assertEquals("0 ms", ticks.getFirst());
        assertTrue(ticks.size() >= 4 && ticks.size() <= 11, ticks.toString());
        assertTrue(ticks.stream().allMatch(tick -> tick.endsWith(" ms")), ticks.toString());
        String legend = TimelineSvgTest.elements(svg, "g", "legend").getFirst().getTextContent();
        for (ThreadState state : List.of(ThreadState.RUNNING, ThreadState.SLEEPING, ThreadState.PARKED,
                ThreadState.VIRTUAL, ThreadState.UNRECORDED)) {
            assertTrue(legend.contains(state.label()), legend);
        }
    }
}
