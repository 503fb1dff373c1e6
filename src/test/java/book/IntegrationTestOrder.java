package book;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

import java.util.Comparator;
import java.util.List;

/**
 * The order in which failsafe's test JVM takes the integration tests, two classes at a time (see pom.xml). JUnit
 * hands the classes in this order to a pool of two threads: one takes them from the front, the other from the back.
 * So the first class, the longest, starts at once on one thread; the others run on the second thread from the
 * back of the list to the front. The last class, {@link EpubIT}, is the second thread's first: the background ebook
 * render converts the EPUB first, usually before these tests start, and epubcheck's seconds of CPU then run while the
 * cores are busy anyway instead of at the end. Before it at the back, so after it on the second thread, come the
 * longest of the rest, longest first (SlotsIT 9.8 s, ReleaseCheckIT 8.5 s, SiteRendererIT 4.7 s in a CI run), so that
 * the two threads end with short classes and near each other: with the rest in name order, SiteRendererIT was the
 * second thread's last class and ran 9 s after the browser test ended. The second class, {@link EbooksIT}, which
 * waits for the whole render (the PDF is its longest part), comes last. The rest are in name order. No class is {@code @Isolated}: one would run
 * after all of these, alone, its every second added to the build's (CpuMeterIT and SlotsIT, 15 s, measure only
 * the processes they start instead).
 */
public final class IntegrationTestOrder implements ClassOrderer {

    /** The classes whose place is not their name's: at the front, and at the back. */
    private static final List<String> FIRST = List.of("book.site.SiteBrowserIT", "book.EbooksIT");
    private static final List<String> LAST = List.of("book.render.SiteRendererIT", "book.run.ReleaseCheckIT",
            "book.run.SlotsIT", "book.EpubIT");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(IntegrationTestOrder::place)
                .thenComparing(descriptor -> descriptor.getTestClass().getName()));
    }

    private static int place(ClassDescriptor descriptor) {
        String name = descriptor.getTestClass().getName();
        int first = FIRST.indexOf(name);
        int last = LAST.indexOf(name);
        return first >= 0 ? first : last >= 0 ? FIRST.size() + 1 + last : FIRST.size();
    }
}
