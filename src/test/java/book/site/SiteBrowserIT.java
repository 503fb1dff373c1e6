package book.site;

import book.render.RenderStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens every page of the built site in Debian's headless Chromium, served from 127.0.0.1, on a
 * desktop and on a phone, in the light and the dark theme; fails on script errors, broken links and
 * anchors, assets that did not load, requests to any other host, code without highlighting,
 * examples without their checked output, any axe-core violation (in the dark, of axe's rules that read colours: the
 * test first checks that the dark scheme changes only colours, so the other rules answer as in the light), layout
 * shift after load, a copy
 * button over code, identifiers broken mid-word, code that scrolls beside unused width, a missing
 * chapter list, skip link or landmark, and a search that finds nothing or ranks badly. Screenshots of
 * every page (JPEG) go to {@code target/screenshots/}, for people to look at; CI, which keeps nothing of a run that
 * passed, skips them ({@code -Dbook.screenshots=true|false} says otherwise). Pages are checked on as many browsers
 * at once as there are cores (at most four), the test's own among them, each with a server of its own.
 *
 * <p>{@code ./mvnw verify} (after the site is rendered; {@code -Dit.test=SiteBrowserIT} alone).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteBrowserIT {

    /** Rouge leaves plain commands and AsciiDoc macro lines as plain text: these need no token spans. */
    private static final Set<String> PLAIN_LANGUAGES = Set.of(
            "shell", "console", "sh", "bash", "text", "plaintext", "txt", "asciidoc", "adoc");

    private final Path site = Path.of(System.getProperty("book.site", "target/site")).toAbsolutePath().normalize();
    private final Path screenshots = site.resolveSibling("screenshots");
    /**
     * Whether the whole pages are photographed: three JPEGs of every page, checked by no one but a person, cost Chromium
     * about 15 CPU seconds of CI's run (a fifth of its CPU in this test), and CI keeps nothing of a run that passed.
     */
    private final boolean wholePages = Boolean.parseBoolean(System.getProperty("book.screenshots",
            String.valueOf(!"true".equalsIgnoreCase(System.getenv("CI")))));
    private final String only = System.getProperty("book.only", "").strip();
    private final String build = System.getProperty("book.build", "");
    /** Held while a test waits for the ebook render, so the others wait for the same render once. */
    private final Object ebooks = new Object();
    private boolean ebooksAwaited;
    /** Whether the wait for the ebook render is over (or there is no render to wait for): nothing is left for later then. */
    private volatile boolean ebooksOver;
    private final SiteFiles files = new SiteFiles(site);
    private final Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    private List<String> pages;
    private SiteServer server;
    private Browser browser;
    /** The test's own browser and server as a screen, for the tests that drive them by hand. */
    private Screen screen;
    /**
     * Checks pages on a browser each, one fewer than there are cores (at most 3): the test's own thread and browser
     * make up the last one (axe's checks keep one core busy each; on two cores a third browser only added its own CPU).
     */
    private final ExecutorService pageChecks = Executors.newFixedThreadPool(
            Math.clamp(Runtime.getRuntime().availableProcessors() - 1, 1, 3), Thread.ofPlatform().name("page-check-", 1).factory());
    private final List<Screen> screens = new CopyOnWriteArrayList<>();
    /** The check of each page on each screen ("on a phone 01-goroutines.html"), in the order they were queued. */
    private final Map<String, FutureTask<Found>> checked = new LinkedHashMap<>();
    /** The screen of the thread that checks a page: the test's own on the test's thread, a new one on each of the pool's. */
    private final ThreadLocal<Screen> pageCheckScreen = ThreadLocal.withInitial(this::startScreen);

    /** What a page's check found, and the checks it left for after the ebook render (links to files not written yet). */
    private record Found(List<String> problems, List<Supplier<List<String>>> later) {
    }

    @BeforeAll
    void start() {
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            fail("No built site at " + site + ": render it first (./mvnw package), then run this test.");
        }
        pages = files.pages();
        pages.forEach(page -> ids.put(page, files.ids(page)));
        server = SiteServer.start(site);
        try {
            browser = Browser.start();
        } catch (RuntimeException e) {
            server.close();
            fail("The browser test cannot run: " + e.getMessage(), e);
        }
        screen = new Screen(server, browser);
        pageCheckScreen.set(screen);
    }

    @AfterAll
    void stop() throws InterruptedException {
        pageChecks.shutdownNow();
        pageChecks.awaitTermination(2, TimeUnit.MINUTES);
        screens.forEach(Screen::close);
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPageOnADesktop() {
        return checkedPages("on a desktop");
    }

    @TestFactory
    Stream<DynamicTest> everyPageOnAPhone() {
        return checkedPages("on a phone");
    }

    /**
     * One test per page that waits for its page's problems on that screen and fails with them. The first call queues
     * the checks of every page on both screens, desktops first, so that the phones' checks go on while the desktops'
     * tests and the other tests run. A test whose check is not done yet does the checks nobody has begun, in their order,
     * with the test's own browser, until it is. A link to a file that the background ebook render has not written yet is
     * checked by the page's test, after all checks have begun: no browser waits for the render.
     */
    private synchronized Stream<DynamicTest> checkedPages(String where) {
        if (checked.isEmpty()) {
            Map<String, BiFunction<Screen, String, List<String>>> checks = Map.of(
                    "on a desktop", Screen::onADesktop, "on a phone", Screen::onAPhone);
            for (String screen : List.of("on a desktop", "on a phone")) {
                for (String page : pages) {
                    var check = new FutureTask<>(() -> {
                        Screen checking = pageCheckScreen.get();
                        return new Found(checks.get(screen).apply(checking, page), checking.takeLater());
                    });
                    checked.put(screen + " " + page, check);
                    pageChecks.execute(check);
                }
            }
        }
        return pages.stream().map(page -> DynamicTest.dynamicTest(page, () -> {
            FutureTask<Found> wanted = checked.get(where + " " + page);
            for (Iterator<FutureTask<Found>> next = checked.values().iterator(); !wanted.isDone() && next.hasNext(); ) {
                next.next().run(); // does nothing to a check that another thread has begun or done
            }
            Found found;
            try {
                found = wanted.get();
            } catch (ExecutionException e) {
                throw e.getCause();
            }
            var problems = new ArrayList<>(found.problems());
            if (!found.later().isEmpty()) {
                checked.values().forEach(FutureTask::run); // the ebook render goes on meanwhile
                found.later().forEach(check -> problems.addAll(check.get())); // each waits for the render if it must
            }
            assertTrue(problems.isEmpty(), page + " " + where + ":\n  " + String.join("\n  ", problems));
        }));
    }

    /** A browser and a server of its own for a page checks' thread; closed after all tests. */
    private Screen startScreen() {
        SiteServer own = SiteServer.start(site);
        try {
            var started = new Screen(own, Browser.start());
            screens.add(started);
            return started;
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
    }

    @Test
    void noPageOrStylesheetLoadsAnythingFromAnotherHost() {
        var problems = new ArrayList<String>();
        for (String file : Stream.concat(pages.stream(), files.files(".css").stream()).toList()) {
            SiteFiles.foreignResources(files.read(file)).forEach(resource -> problems.add(file + ": " + resource));
        }
        assertTrue(problems.isEmpty(), "resources from another host:\n  " + String.join("\n  ", problems));
    }

    /**
     * The premise of the dark pass, which runs only {@link Axe#COLOUR_RULES}: the dark scheme changes colours and
     * nothing else ({@link ColourOnlyScheme}), and those rules were read from the axe-core that runs.
     */
    @Test
    void theDarkSchemeChangesOnlyColours() {
        var scheme = new ColourOnlyScheme();
        files.files(".css").forEach(file -> scheme.css(file, files.read(file)));
        Stream.concat(pages.stream(), files.files(".svg").stream()).forEach(file -> scheme.html(file, files.read(file)));
        files.files(".js").forEach(file -> scheme.script(file, files.read(file)));
        List<String> problems = scheme.problems();
        assertTrue(problems.isEmpty(), "the dark colour scheme changes more than colours, so axe's rules that do not read"
                + " colours may answer otherwise in the dark, where the test runs only Axe.COLOUR_RULES:\n  "
                + String.join("\n  ", problems));
        assertEquals(Axe.READ, Axe.installedVersion(), "Axe.COLOUR_RULES was read from axe-core " + Axe.READ
                + ": read the rules of the version src/build/axe pins, then update COLOUR_RULES and READ");
    }

    @Test
    void searchFindsWordsThatAreInTheBook() {
        browser.desktop();
        browser.colorScheme("light");
        browser.open(server.url("index.html"));
        for (String word : List.of("CountDownLatch", "virtual")) {
            List<String> results = search(word);
            assertFalse(results.isEmpty(), "searching the index page for '" + word + "' found nothing");
            for (String result : results) {
                assertTrue(result.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT)),
                        "a result for '" + word + "' does not show the word: " + result);
            }
        }
        browser.viewportScreenshot(screenshots.resolve("search-desktop.png"));
        assertTrue(search("zqxjwv").isEmpty(), "a word that is nowhere in the book found results");
        assertEquals(Boolean.TRUE, browser.js("return !document.getElementById('book-search-status').hidden"),
                "a search without results says nothing");

        search("CountDownLatch");
        String href = (String) browser.js("return document.querySelector('#book-search-results a').href");
        browser.driver().findElement(By.cssSelector("#book-search-results a")).click();
        browser.waitFor("location.href === '" + href.replace("'", "\\'") + "'",
                "the first result to open " + href);
        URI target = URI.create(href);
        if (target.getFragment() != null) {
            assertEquals(Boolean.TRUE, browser.js("return !!document.getElementById(arguments[0])", target.getFragment()),
                    "the first result for CountDownLatch points at a missing anchor: " + href);
        }
        assertEquals(List.of(), browser.errors(), "errors after following a search result");
    }

    @Test
    void searchRanksATitleMatchFirstAndFindsWhatThePagesSay() {
        browser.desktop();
        browser.colorScheme("light");
        browser.open(server.url("index.html"));
        assertTrue(firstResult("mutex").startsWith("03-mutexes.html"),
                "'mutex' should find the Mutex chapter first, found " + firstResult("mutex"));
        assertTrue(firstResult("rwmutex").startsWith("04-rwmutexes.html"),
                "'rwmutex' should find the RWMutex chapter first, found " + firstResult("rwmutex"));
        for (String query : List.of("Main\u2019s end", "Main's end")) {
            assertTrue(firstResult(query).startsWith("01-goroutines.html#"), "'" + query + "' found " + firstResult(query));
        }
        for (String code : List.of("<-chan", "chan<-", "BlockingQueue<String>")) {
            List<String> results = search(code);
            assertFalse(results.isEmpty(), "searching for '" + code + "' found nothing");
            assertTrue(results.getFirst().contains(code), "the first result for '" + code + "' does not show it: "
                    + results.getFirst());
        }
        assertTrue(firstResult("errgroup.WithContext").startsWith("07-go-to-java.html"),
                "a word only in a table of the Go-to-Java page was not found: " + firstResult("errgroup.WithContext"));
        @SuppressWarnings("unchecked")
        List<String> mangled = (List<String>) browser.js("""
                return window.BOOK_SEARCH.entries.concat(window.BOOK_SEARCH.pages)
                  .flatMap(e => [e.page, e.section, e.title, e.text].filter(Boolean))
                  .filter(t => /&(#\\d+|#x[0-9a-f]+|amp|lt|gt|quot);|\\bpass:\\[/i.test(t)
                    || /(^|\\s)([+_])[^\\s+=_][^+_\\n]*\\2([\\s,.;:)]|$)/.test(t))
                  .map(t => t.slice(0, 120));""");
        assertEquals(List.of(), mangled, "search index text with character references or passthrough markers");
    }

    private String firstResult(String query) {
        assertFalse(search(query).isEmpty(), "searching for '" + query + "' found nothing");
        String href = (String) browser.js("return document.querySelector('#book-search-results a').getAttribute('href')");
        return href == null ? "" : href;
    }

    @Test
    void arrowKeysTurnThePagesAndTheSidebarFollowsTheReading() {
        List<String> chapters = chapters();
        assertTrue(chapters.size() >= 3, "the arrow-key test needs three chapters");
        browser.desktop();
        browser.colorScheme("light");
        browser.open(server.url(chapters.get(1)));
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_RIGHT);
        browser.waitFor("location.pathname.endsWith('/" + chapters.get(2) + "')", "the right arrow to open " + chapters.get(2));
        browser.waitFor("document.readyState === 'complete'", "the next chapter to load");
        browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ARROW_LEFT);
        browser.waitFor("location.pathname.endsWith('/" + chapters.get(1) + "')", "the left arrow to open " + chapters.get(1));
        browser.waitFor("document.readyState === 'complete' && document.documentElement.classList.contains('js')",
                "the chapter to load");
        String id = (String) browser.js("""
                const headings = [...document.querySelectorAll('#content .sect1 > h2[id]')];
                const heading = headings[Math.min(2, headings.length - 1)];
                heading.scrollIntoView({ block: 'start' });
                return heading.id;""");
        browser.waitFor("(document.querySelector('#toc a.current') || {}).hash === '#" + id + "'",
                "the sidebar to mark section #" + id + " as the one being read");
        assertEquals(1L, browser.js("return document.querySelectorAll('#toc [aria-current=location]').length"),
                "more than one section marked as current");
    }

    @Test
    void searchWorksOnAPhone() {
        String chapter = chapters().stream().findFirst().orElseThrow(() -> new AssertionError("the site has no chapter page"));
        browser.phone();
        browser.colorScheme("light");
        browser.open(server.url(chapter));
        List<String> results = search("virtual");
        assertFalse(results.isEmpty(), "searching " + chapter + " on a phone for 'virtual' found nothing");
        assertEquals(Boolean.TRUE, browser.js("""
                const first = document.querySelector('#book-search-results a').getBoundingClientRect();
                return first.width > 0 && first.height > 0 && first.right <= window.innerWidth + 1;"""),
                "the first search result is not visible within a phone's width");
        browser.viewportScreenshot(screenshots.resolve("search-phone.png"));
    }

    @Test
    void searchIndexPointsAtPagesAndSectionsThatExist() {
        browser.desktop();
        browser.colorScheme("light");
        browser.open(server.url("index.html"));
        browser.js("document.getElementById('book-search-input').focus()");
        browser.waitFor("window.BOOK_SEARCH", "the search index to load when the search box is focused");
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) browser.js("""
                const index = window.BOOK_SEARCH || { pages: [], entries: [] };
                return index.pages.map(p => p.href).concat(index.entries.map(e => e.href));""");
        assertFalse(hrefs.isEmpty(), "window.BOOK_SEARCH is empty or missing (assets/search-index.js)");
        var problems = new ArrayList<String>();
        for (String href : hrefs) {
            String problem = screen.brokenLink(server.url(href));
            if (problem != null) {
                problems.add("search index entry " + href + ": " + problem);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void copyButtonCopiesTheListingWithoutItsCallouts() {
        String chapter = chapters().stream()
                .filter(page -> files.read(page).contains("class=\"conum\""))
                .findFirst().orElseGet(() -> chapters().getFirst());
        browser.desktop();
        browser.colorScheme("light");
        browser.open(server.url(chapter));
        browser.cdp("Browser.grantPermissions", Map.of("origin", server.origin(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        WebElement button = browser.driver().findElement(By.cssSelector(".example-run .listingblock .copy-button"));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        browser.waitFor("document.querySelector('.example-run .listingblock .copy-button').dataset.state",
                "the copy button to report what it did");
        assertEquals("copied", button.getDomAttribute("data-state"), chapter + ": the copy button could not copy");
        Object copied = browser.asyncJs("const done = arguments[arguments.length - 1];"
                + "navigator.clipboard.readText().then(done, e => done('clipboard unreadable: ' + e));");
        String text = String.valueOf(copied);
        String shown = (String) browser.js("return document.querySelector('.example-run .listingblock pre').textContent");
        assertFalse(text.startsWith("clipboard unreadable"), text);
        List<String> copiedLines = text.strip().lines().toList();
        List<String> shownLines = shown.strip().lines().toList();
        assertEquals(shownLines.size(), copiedLines.size(), "the copied code has another number of lines than the listing");
        for (int i = 0; i < shownLines.size(); i++) {
            assertTrue(shownLines.get(i).startsWith(copiedLines.get(i).stripTrailing()),
                    "copied line " + (i + 1) + " is not the listing's line without its callout:\n  copied: "
                            + copiedLines.get(i) + "\n  shown:  " + shownLines.get(i));
        }
        assertFalse(text.matches("(?s).*(//\\s*\\(\\d+\\)|<\\d+>|\\u0000).*"), "the copied code still has callout markers:\n" + text);
    }

    /**
     * {@code ./mvnw verify} renders the PDF and the EPUB in the background while this test runs: before a link to a
     * missing file counts as broken, wait once for this build's render to end (EbooksIT reports its problems).
     */
    private void awaitTheEbookRender() {
        synchronized (ebooks) {
            if (!build.isEmpty() && !ebooksAwaited) {
                ebooksAwaited = true;
                try {
                    RenderStatus.ebooks(site, build).await(Duration.ofMinutes(20));
                } finally {
                    ebooksOver = true;
                }
            }
        }
    }

    /**
     * One browser and the server it alone asks, checking one page at a time: each of the page checks' threads has its
     * own, so the requests a page made are told apart and two pages are checked at once on two cores. A check (like each
     * test on the test's own browser) sets the screen and the colour scheme it needs before it opens its page, and puts
     * neither back after: that laid the page it was done with out again for nothing (the next check on this browser is
     * most often on the same screen).
     */
    private final class Screen implements AutoCloseable {

        private final SiteServer server;
        private final Browser browser;
        /** Links of the page being checked to files the background ebook render has not written yet: checked after it. */
        private final List<Supplier<List<String>>> later = new ArrayList<>();

        Screen(SiteServer server, Browser browser) {
            this.server = server;
            this.browser = browser;
        }


        /** Opens the page in the light scheme and lists what is wrong on any screen: errors, assets, overflow. */
        private List<String> open(String page) {
            browser.colorScheme("light");
            server.forgetRequests();
            later.clear(); // left by a check that failed before it was done
            browser.open(server.url(page));
            var problems = new ArrayList<String>();
            problems.addAll(scriptRan());
            problems.addAll(browser.errors());
            problems.addAll(loadedOnlyOwnAssets());
            problems.addAll(widerThanTheWindow());
            problems.addAll(copyButtonsOverCode());
            problems.addAll(identifiersBrokenMidWord());
            return problems;
        }

        /** Violations of every axe-core rule in the light scheme, each prefixed with it. */
        private List<String> accessibility() {
            return Axe.violations(browser).stream().map(violation -> "light: " + violation).toList();
        }

        /**
         * Violations of axe-core's colour rules in the dark scheme, each prefixed with it: the other rules answer as in
         * the light, since the dark scheme changes only colours (theDarkSchemeChangesOnlyColours).
         */
        private List<String> darkAccessibility() {
            return Axe.colourViolations(browser).stream().map(violation -> "dark: " + violation).toList();
        }

        /** Listings whose copy button lies over a character of their code. */
        private List<String> copyButtonsOverCode() {
            @SuppressWarnings("unchecked")
            List<String> covered = (List<String>) browser.js("""
                    return [...document.querySelectorAll('.listingblock')].flatMap(block => {
                      const button = block.querySelector(':scope > .copy-button');
                      const pre = block.querySelector(':scope > .content > pre');
                      if (!button || !pre) return [];
                      const b = button.getBoundingClientRect();
                      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
                      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        if (!node.data.trim()) continue;
                        const range = document.createRange();
                        range.selectNodeContents(node);
                        for (const r of range.getClientRects()) {
                          if (r.width > 0 && r.right > b.left && r.left < b.right && r.bottom > b.top && r.top < b.bottom) {
                            return ['the copy button covers code: ' + pre.textContent.trim().split('\\n')[0].slice(0, 50)];
                          }
                        }
                      }
                      return [];
                    });""");
            return covered;
        }

        /** Code in table cells that wraps between two letters or digits where the renderer put no break. */
        private List<String> identifiersBrokenMidWord() {
            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) browser.js("""
                    const bad = [];
                    for (const code of document.querySelectorAll('td code, th code')) {
                      if (code.getClientRects().length < 2) continue;
                      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
                      let top = null;
                      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                        for (let i = 0; i < node.length; i++) {
                          const range = document.createRange();
                          range.setStart(node, i);
                          range.setEnd(node, i + 1);
                          const rect = range.getClientRects()[0];
                          if (!rect) continue;
                          if (top !== null && rect.top > top + 2 && i > 0 && /\\w/.test(node.data[i - 1])
                              && /\\w/.test(node.data[i])) {
                            bad.push('an identifier in a table breaks mid-word: ' + node.data.slice(0, i) + '|' + node.data.slice(i));
                          }
                          top = rect.top;
                        }
                      }
                    }
                    return bad.slice(0, 10);""");
            return broken;
        }

        /**
         * What is wrong with the page on a desktop, in the light and the dark scheme; on a chapter, its timelines too, and
         * its code on a 1366 x 768 laptop screen, the same page resized rather than loaded again.
         */
        List<String> onADesktop(String page) {
            browser.desktop();
            List<String> problems = open(page);
            problems.addAll(brokenLinks());
            problems.addAll(unhighlightedCode());
            problems.addAll(examplesWithoutOutput(page));
            problems.addAll(listingsWithoutCopyButton());
            problems.addAll(chapterFurniture(page));
            problems.addAll(accessibility());
            photograph(browser, "desktop", page);

            String light = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
            browser.colorScheme("dark");
            String dark = (String) browser.js("return getComputedStyle(document.body).backgroundColor");
            if (light.equals(dark)) {
                problems.add("the dark colour scheme leaves the background " + light);
            }
            problems.addAll(darkAccessibility());
            photograph(browser, "desktop-dark", page);
            browser.colorScheme("light");
            if (isChapter(page)) {
                problems.addAll(timelines(page));
                browser.viewport(1366, 768);
                problems.addAll(codeCrampedOnALaptop());
            }
            return problems;
        }

        /**
         * Every timeline on the page is drawn (it has a size, lanes or count curves, and an axis) and has the title and
         * the description that screen readers announce; every chapter with examples has one. The site's first two are
         * saved as {@code target/screenshots/timeline-1.png} and {@code timeline-2.png}.
         */
        private List<String> timelines(String page) {
            var problems = new ArrayList<String>();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> timelines = (List<Map<String, Object>>) browser.js("""
                    return [...document.querySelectorAll('.timeline-panel svg')].map(svg => {
                      const box = svg.getBoundingClientRect();
                      const named = (svg.getAttribute('aria-labelledby') || '').split(' ')
                          .map(id => document.getElementById(id)).filter(e => e && svg.contains(e));
                      return { id: svg.getAttribute('aria-labelledby'), width: box.width, height: box.height,
                               right: box.right, viewport: window.innerWidth,
                               title: svg.querySelector('title') ? svg.querySelector('title').textContent : '',
                               desc: svg.querySelector('desc') ? svg.querySelector('desc').textContent : '',
                               named: named.map(e => e.tagName), marks: svg.querySelectorAll('.lane, polyline.count').length,
                               ticks: svg.querySelectorAll('.axis .tick').length };
                    });""");
            boolean hasExamples = files.read(page).contains("class=\"openblock example-run");
            if (timelines.isEmpty() && hasExamples && only.isEmpty()) {
                problems.add("no timeline, though every chapter with examples shows at least one");
            }
            for (Map<String, Object> timeline : timelines) {
                String where = "timeline " + timeline.get("id") + ": ";
                if (((Number) timeline.get("width")).doubleValue() < 200 || ((Number) timeline.get("height")).doubleValue() < 40
                        || ((Number) timeline.get("right")).doubleValue() > ((Number) timeline.get("viewport")).doubleValue() + 1) {
                    problems.add(where + "not drawn at a readable size within the page: " + timeline);
                }
                if (!List.of("title", "desc").equals(timeline.get("named"))) {
                    problems.add(where + "aria-labelledby does not name its own title and desc: " + timeline.get("named"));
                }
                if (!String.valueOf(timeline.get("title")).startsWith("Thread timeline of ")
                        || String.valueOf(timeline.get("desc")).length() < 60) {
                    problems.add(where + "no title or no description: " + timeline);
                }
                if (((Number) timeline.get("marks")).intValue() == 0 || ((Number) timeline.get("ticks")).intValue() < 2) {
                    problems.add(where + "no lanes or count curves, or no time axis: " + timeline);
                }
            }
            int before = timelinesBefore(page);
            for (int i = 0; i < timelines.size() && before + i < 2; i++) {
                browser.js("document.querySelectorAll('.timeline-panel')[arguments[0]].scrollIntoView({block: 'start'})", i);
                browser.viewportScreenshot(screenshots.resolve("timeline-" + (before + i + 1) + ".png"));
            }
            return problems;
        }

        /** Code on a 1366 x 768 laptop screen that scrolls sideways though the window has unused width beside it. */
        private List<String> codeCrampedOnALaptop() {
            @SuppressWarnings("unchecked")
            List<String> cramped = (List<String>) browser.js("""
                    const width = document.documentElement.clientWidth;
                    return [...document.querySelectorAll('.listingblock pre, .literalblock pre')]
                      .filter(pre => pre.scrollWidth > pre.clientWidth + 1)
                      .filter(pre => width - pre.closest('.openblock.go-java, .listingblock, .literalblock')
                                                  .getBoundingClientRect().right > 48)
                      .map(pre => pre.textContent.trim().split('\\n')[0].slice(0, 50));""");
            return cramped.stream().map(code -> "on a 1366 px screen, code scrolls sideways beside unused width: " + code)
                    .toList();
        }

        /**
         * On a phone a timeline's smallest label is still drawn at 8 CSS pixels or more: it scrolls sideways rather than
         * shrinking to the screen (720 units shrunk to a 390 px phone drew its 10-unit labels at under 5 px).
         */
        private List<String> timelineLabelsTooSmall() {
            @SuppressWarnings("unchecked")
            List<String> small = (List<String>) browser.js("""
                    return [...document.querySelectorAll('.timeline-panel svg')].flatMap(svg => {
                      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                      const smallest = Math.min(...[...svg.querySelectorAll('text')]
                          .map(text => parseFloat(text.getAttribute('font-size'))));
                      return smallest * scale < 8
                          ? [svg.getAttribute('aria-labelledby') + ': ' + (smallest * scale).toFixed(1) + ' px'] : [];
                    });""");
            return small.stream().map(timeline -> "a timeline's labels are too small to read on a phone: " + timeline)
                    .toList();
        }

        /**
         * What is wrong with the page on a phone, in the light and the dark scheme. The layout shift is summed from the
         * page's start for at least 700 ms after it was shown, while the other checks and axe's first run go on (they
         * only read the layout): a fixed 700 ms wait of its own cost every page that long on a phone.
         */
        List<String> onAPhone(String page) {
            browser.phone();
            List<String> problems = open(page);
            long shown = System.nanoTime();
            browser.js("""
                    window.__bookLayoutShift = 0;
                    new PerformanceObserver(list => list.getEntries().forEach(e => {
                        if (!e.hadRecentInput) window.__bookLayoutShift += e.value; }))
                      .observe({ type: 'layout-shift', buffered: true });""");
            @SuppressWarnings("unchecked")
            List<String> unscrollable = (List<String>) browser.js("""
                    return [...document.querySelectorAll('.listingblock pre, .literalblock pre')]
                      .filter(pre => !['auto', 'scroll'].includes(getComputedStyle(pre).overflowX))
                      .map(pre => (pre.closest('[id]') || {}).id || pre.textContent.slice(0, 40));""");
            if (!unscrollable.isEmpty()) {
                problems.add("code that cannot scroll sideways: " + unscrollable);
            }
            if (Boolean.TRUE.equals(browser.js("return !!document.querySelector('#toc-body')"))) {
                if (!Boolean.TRUE.equals(browser.js("return getComputedStyle(document.getElementById('toc-body')).display === 'none'"))) {
                    problems.add("the table of contents is not folded on a phone");
                }
                if (!Boolean.TRUE.equals(browser.js("""
                        const toc = document.getElementById('toc').getBoundingClientRect();
                        const content = document.getElementById('content').getBoundingClientRect();
                        return toc.bottom <= content.top + 1;"""))) {
                    problems.add("the table of contents is not above the text on a phone");
                }
            }
            problems.addAll(timelineLabelsTooSmall());
            problems.addAll(accessibility());
            long left = Math.max(0, 700 - Duration.ofNanos(System.nanoTime() - shown).toMillis());
            Number shift = (Number) browser.js("""
                    return new Promise(resolve => setTimeout(() => resolve(window.__bookLayoutShift), arguments[0]));""", left);
            if (shift.doubleValue() >= 0.05) {
                problems.add("the layout shifts after it is shown: cumulative layout shift " + shift + " (at most 0.05)");
            }
            photograph(browser, "phone", page);
            browser.colorScheme("dark");
            problems.addAll(darkAccessibility());
            return problems;
        }

        /** Elements that make the page scroll sideways; code and tables must scroll inside themselves instead. */
        private List<String> widerThanTheWindow() {
            @SuppressWarnings("unchecked")
            List<String> wide = (List<String>) browser.js("""
                    const width = document.documentElement.clientWidth;
                    if (document.documentElement.scrollWidth <= width + 1) return [];
                    const scrolls = el => { for (let e = el.parentElement; e; e = e.parentElement) {
                        const o = getComputedStyle(e).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; }
                      return false; };
                    return [...document.body.querySelectorAll('*')]
                      .filter(e => e.getBoundingClientRect().right > width + 1 && !scrolls(e))
                      .slice(0, 5)
                      .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined
                           ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                           + ' reaches ' + Math.round(e.getBoundingClientRect().right) + 'px');""");
            if (wide.isEmpty()) {
                return List.of();
            }
            return List.of("the page is wider than the window (" + browser.js("return document.documentElement.scrollWidth")
                    + "px > " + browser.js("return document.documentElement.clientWidth") + "px): " + String.join(", ", wide));
        }

        private List<String> scriptRan() {
            try {
                browser.waitFor("document.documentElement.classList.contains('js')", "assets/book.js to run");
                return List.of();
            } catch (AssertionError e) {
                return List.of("assets/book.js did not run (html.js is not set)");
            }
        }

        /** Every resource the page loaded came from this server, with status 200, and nothing asked for was missing. */
        private List<String> loadedOnlyOwnAssets() {
            var problems = new ArrayList<String>();
            String origin = server.origin();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> entries = (List<Map<String, Object>>) browser.js("""
                    return performance.getEntriesByType('resource')
                      .map(e => ({ name: e.name, status: e.responseStatus || 0, type: e.initiatorType }));""");
            for (Map<String, Object> entry : entries) {
                String name = String.valueOf(entry.get("name"));
                int status = ((Number) entry.get("status")).intValue();
                if (!name.startsWith(origin + "/") && !name.startsWith("data:")) {
                    problems.add("requested from another host: " + name + " (" + entry.get("type") + ")");
                } else if (status >= 400) {
                    problems.add("could not load " + name + ": HTTP " + status);
                }
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> assets = (List<Map<String, Object>>) browser.js("""
                    return [...document.querySelectorAll(
                        'script[src], link[rel~=stylesheet][href], link[rel~=icon][href], img[src], iframe[src], source[src], video[src], audio[src]')]
                      .map(e => ({ url: e.src || e.href, tag: e.tagName.toLowerCase(),
                                   broken: e.tagName === 'IMG' && !(e.complete && e.naturalWidth > 0) }));""");
            var loaded = entries.stream().map(entry -> String.valueOf(entry.get("name"))).toList();
            for (Map<String, Object> asset : assets) {
                String url = String.valueOf(asset.get("url"));
                if (!url.startsWith(origin + "/")) {
                    problems.add("<" + asset.get("tag") + "> from another host: " + url);
                } else if (Boolean.TRUE.equals(asset.get("broken"))) {
                    problems.add("image did not load: " + url);
                } else if (!"link".equals(asset.get("tag")) && !loaded.contains(url)) {
                    problems.add("<" + asset.get("tag") + "> was not loaded: " + url);
                }
            }
            for (SiteServer.Request request : server.requests()) {
                if (request.status() != 200 && !request.target().equals("/favicon.ico")) {
                    problems.add("the server answered " + request.status() + " to " + request.method() + " " + request.target());
                }
                String host = request.host() == null ? "" : request.host();
                if (!origin.endsWith("//" + host)) {
                    problems.add("a request addressed to host " + host + ": " + request.target());
                }
            }
            return problems;
        }

        private List<String> brokenLinks() {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> links = (List<Map<String, Object>>) browser.js("""
                    return [...document.querySelectorAll('a[href]')]
                      .map(a => ({ href: a.href, raw: a.getAttribute('href'), text: a.textContent.trim().slice(0, 60) }));""");
            var problems = new ArrayList<String>();
            for (Map<String, Object> link : links) {
                String href = String.valueOf(link.get("href"));
                String named = "link '" + link.get("text") + "' (" + link.get("raw") + "): ";
                if (notWrittenYet(href)) {
                    later.add(() -> {
                        String problem = brokenLink(href);
                        return problem == null ? List.of() : List.of(named + problem);
                    });
                    continue;
                }
                String problem = brokenLink(href);
                if (problem != null) {
                    problems.add(named + problem);
                }
            }
            return problems;
        }

        /** Whether the link points at a file of the site that is missing now, but this build's ebook render may write. */
        private boolean notWrittenYet(String href) {
            if (build.isEmpty() || ebooksOver || !href.startsWith(server.origin() + "/")) {
                return false;
            }
            try {
                Path file = site.resolve(URI.create(href).getPath().replaceFirst("^/+", "")).normalize();
                return file.startsWith(site) && !Files.isRegularFile(file);
            } catch (IllegalArgumentException | NullPointerException e) {
                return false;
            }
        }

        /** The checks this screen's last page left for after the ebook render, each one's problems; none left after. */
        List<Supplier<List<String>>> takeLater() {
            var taken = List.copyOf(later);
            later.clear();
            return taken;
        }

        /** Why a link into the site is broken, or null when its file and anchor exist (or it leaves the site). */
        String brokenLink(String href) {
            URI uri;
            try {
                uri = URI.create(href);
            } catch (IllegalArgumentException e) {
                return "not a valid URL";
            }
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("file")) {
                return "points at a local file, which a reader of the site cannot open";
            }
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return null;
            }
            if (!href.startsWith(server.origin() + "/") && !href.equals(server.origin())) {
                return null;
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/+", "");
            if (path.isEmpty() || path.endsWith("/")) {
                path = path + "index.html";
            }
            Path file = site.resolve(path).normalize();
            if (file.startsWith(site) && !Files.isRegularFile(file)) {
                awaitTheEbookRender();
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                return "no such file in the site: " + path;
            }
            String fragment = uri.getFragment();
            if (fragment != null && !fragment.isEmpty() && path.endsWith(".html")) {
                Set<String> targets = ids.computeIfAbsent(path, files::ids);
                if (!targets.contains(fragment)) {
                    return "no anchor #" + fragment + " on " + path;
                }
            }
            return null;
        }

        @SuppressWarnings("unchecked")
        private List<String> unhighlightedCode() {
            var problems = new ArrayList<String>();
            var blocks = (List<Map<String, Object>>) browser.js("""
                    return [...document.querySelectorAll('pre.highlight code[data-lang], pre.rouge code[data-lang]')]
                      .map(code => ({ lang: code.dataset.lang, spans: code.querySelectorAll('span[class]').length,
                                      start: code.textContent.trim().split('\\n')[0].slice(0, 60) }));""");
            for (Map<String, Object> block : blocks) {
                String lang = String.valueOf(block.get("lang")).toLowerCase(Locale.ROOT);
                if (!PLAIN_LANGUAGES.contains(lang) && ((Number) block.get("spans")).intValue() == 0) {
                    problems.add("a " + lang + " listing without highlighting: " + block.get("start"));
                }
            }
            var unmarked = (List<String>) browser.js("""
                    return [...document.querySelectorAll('.listingblock pre')]
                      .filter(pre => !pre.querySelector('code[data-lang]') && pre.closest('.listingblock').querySelector('.title'))
                      .map(pre => pre.textContent.trim().split('\\n')[0].slice(0, 60));""");
            unmarked.forEach(start -> problems.add("a listing with no language, so no highlighting: " + start));
            return problems;
        }

        @SuppressWarnings("unchecked")
        private List<String> examplesWithoutOutput(String page) {
            var problems = new ArrayList<String>();
            var examples = (List<Map<String, Object>>) browser.js("""
                    return [...document.querySelectorAll('.example-run')].map(run => ({
                      title: (run.querySelector('.listingblock > .title') || {}).textContent || '(untitled example)',
                      java: !!run.querySelector('.listingblock code[data-lang=java] span[class]'),
                      output: run.querySelectorAll('.verified-output pre .line').length,
                      verified: !!run.querySelector('details.verified > summary'),
                      source: !!run.querySelector('a.source-link'),
                      notRun: !!run.querySelector('.not-run') }));""");
            for (Map<String, Object> example : examples) {
                String title = String.valueOf(example.get("title"));
                if (!Boolean.TRUE.equals(example.get("java"))) {
                    problems.add(title + ": no highlighted Java listing");
                }
                if (Boolean.TRUE.equals(example.get("notRun"))) {
                    if (only.isEmpty()) {
                        problems.add(title + ": marked 'not run in this build' in a full build");
                    }
                    continue;
                }
                if (((Number) example.get("output")).intValue() == 0) {
                    problems.add(title + ": no output panel (.verified-output with one .line per output line)");
                }
                if (!Boolean.TRUE.equals(example.get("verified"))) {
                    problems.add(title + ": no sentence of what was verified (.verified)");
                }
                if (!Boolean.TRUE.equals(example.get("source"))) {
                    problems.add(title + ": no link to its source (a.source-link)");
                }
            }
            int declared = declaredExamples(page);
            if (examples.size() != declared) {
                problems.add(examples.size() + " example panel(s) on the page, but its source shows " + declared
                        + " with example::");
            }
            return problems;
        }

        /** How many {@code example::} macros the page's AsciiDoc source has outside listings: each must become a panel. */
        private static int declaredExamples(String page) {
            Path root = Path.of(System.getProperty("book.root", "."));
            String name = page.replaceFirst("\\.html$", ".adoc");
            for (Path source : List.of(root.resolve("chapters").resolve(name), root.resolve("site").resolve(name))) {
                if (Files.isRegularFile(source)) {
                    try {
                        int count = 0;
                        boolean inListing = false;
                        for (String line : Files.readAllLines(source)) {
                            if (line.equals("----") || line.equals("....")) {
                                inListing = !inListing;
                            } else if (!inListing && line.startsWith("example::")) {
                                count++;
                            }
                        }
                        return count;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return 0;
        }

        private List<String> listingsWithoutCopyButton() {
            Object missing = browser.js("""
                    return [...document.querySelectorAll('.listingblock')]
                      .filter(block => !block.querySelector('.copy-button')).length;""");
            int count = ((Number) missing).intValue();
            return count == 0 ? List.of() : List.of(count + " code listing(s) without a copy button");
        }

        private List<String> chapterFurniture(String page) {
            var problems = new ArrayList<String>();
            if (!Boolean.TRUE.equals(browser.js("return !!document.getElementById('book-search-input')"))) {
                problems.add("no search box");
            }
            if (!Boolean.TRUE.equals(browser.js("""
                    const skip = document.querySelector('a.skip-link[href="#content"]');
                    return !!skip && [...document.querySelectorAll('a[href], button, input')][0] === skip;"""))) {
                problems.add("no skip link to the text as the first thing to tab to");
            }
            if (!Boolean.TRUE.equals(browser.js("return document.querySelectorAll('main, [role=main]').length === 1"))) {
                problems.add("not exactly one main landmark");
            }
            if (browser.js("return document.getElementById('toc')") != null) {
                @SuppressWarnings("unchecked")
                List<String> listed = (List<String>) browser.js(
                        "return [...document.querySelectorAll('#toc ol.book-chapters a')].map(a => a.getAttribute('href'))");
                if (!listed.equals(chapters())) {
                    problems.add("the sidebar lists the chapters " + listed + ", not " + chapters());
                }
                Object current = browser.js(
                        "return [...document.querySelectorAll('#toc [aria-current=page]')].map(a => a.getAttribute('href'))");
                if (!current.equals(isChapter(page) ? List.of(page) : List.of())) {
                    problems.add("the sidebar marks " + current + " as the current chapter");
                }
            }
            if (isChapter(page)) {
                if (!Boolean.TRUE.equals(browser.js("return !!document.querySelector('nav.book-nav a[href=\"index.html\"]')"))) {
                    problems.add("no previous / contents / next navigation (nav.book-nav)");
                }
                if (!Boolean.TRUE.equals(browser.js(
                        "const toc = document.querySelector('#toc.toc2'); return !toc || getComputedStyle(toc).position === 'fixed'"))) {
                    problems.add("the table of contents is not a sidebar on a desktop");
                }
            }
            return problems;
        }

        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                server.close();
            }
        }
    }


    private List<String> search(String word) {
        WebElement input = browser.driver().findElement(By.id("book-search-input"));
        browser.js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].value = ''; "
                + "arguments[0].dispatchEvent(new Event('input'));", input);
        input.sendKeys(word);
        browser.waitFor("!document.getElementById('book-search-status').hidden", "the search to answer '" + word + "'");
        @SuppressWarnings("unchecked")
        List<String> results = (List<String>) browser.js(
                "return [...document.querySelectorAll('#book-search-results a')].map(a => a.textContent)");
        return results;
    }

    private List<String> chapters() {
        return pages.stream().filter(SiteBrowserIT::isChapter).toList();
    }

    /** How many timelines the site shows on the chapters before this page, in the order of the chapter list. */
    private int timelinesBefore(String page) {
        int count = 0;
        for (String chapter : chapters()) {
            if (chapter.equals(page)) {
                return count;
            }
            count += files.read(chapter).split("class=\"timeline-panel\"", -1).length - 1;
        }
        return count;
    }

    private static boolean isChapter(String page) {
        return page.matches("\\d\\d-[^/]*\\.html");
    }

    /** The whole page as the browser shows it now, into {@code target/screenshots/<kind>/}, unless they are skipped. */
    private void photograph(Browser browser, String kind, String page) {
        if (wholePages) {
            browser.screenshot(screenshots.resolve(kind).resolve(jpg(page)));
        }
    }

    private static String jpg(String page) {
        return page.replace('/', '_').replaceFirst("\\.html$", ".jpg");
    }
}
