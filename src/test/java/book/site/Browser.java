package book.site;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver: nothing is looked up or
 * downloaded by Selenium Manager, and the browser is kept off every host but the loopback.
 *
 * <p>{@code try (var browser = Browser.start()) { browser.open(url); browser.screenshot(file); }}
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Installed before any page script: collects uncaught errors, failed loads and console.error calls. */
    private static final String ERROR_HOOK = """
            (() => {
              const errors = [];
              Object.defineProperty(window, '__bookErrors', { value: errors });
              window.addEventListener('error', event => {
                const target = event.target;
                if (target && target !== window && (target.src || target.href)) {
                  errors.push('failed to load ' + (target.src || target.href));
                } else {
                  errors.push('uncaught ' + (event.message || event.type) + ' at ' + event.filename + ':' + event.lineno);
                }
              }, true);
              window.addEventListener('unhandledrejection', event => errors.push('unhandled rejection: ' + event.reason));
              const original = console.error;
              console.error = function (...args) {
                errors.push('console.error: ' + args.map(String).join(' '));
                return original.apply(this, args);
              };
            })();
            """;

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or throws an error that says what is missing and how to install it. */
    static Browser start() {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the site's browser test uses Debian's Chromium and "
                        + "chromedriver (apt-get install chromium chromium-driver; src/build/ensure-chromium does it).");
            }
        }
        Path profile;
        try {
            profile = Files.createTempDirectory("book-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--disable-quic", "--metrics-recording-only", "--hide-scrollbars", "--mute-audio",
                "--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication",
                // Any host but the loopback fails to resolve: the test never reaches the network.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
                "--window-size=1280,900",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File(System.getProperty("java.io.tmpdir"), "book-chromedriver.log"))
                .build();
        ChromeDriver driver;
        try {
            driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            delete(profile);
            throw new IllegalStateException("Chromium did not start (" + CHROMIUM + " via " + CHROMEDRIVER + "): "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ERROR_HOOK));
        return new Browser(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the page and waits until it and the book's script have run. */
    void open(String url) {
        driver.manage().logs().get(LogType.BROWSER); // drains what earlier pages logged
        driver.get(url);
        waitFor("document.readyState === 'complete'", "the page to load: " + url);
        js("return document.fonts.ready.then(() => true)");
    }

    void waitFor(String condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!Boolean.TRUE.equals(js("return !!(" + condition + ")"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    Object js(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    Object asyncJs(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return driver.executeCdpCommand(command, parameters);
    }

    /** A desktop window: 1280 x 900 CSS pixels. */
    void desktop() {
        viewport(1280, 900, false);
    }

    /** A phone: 390 x 844 CSS pixels, touch, with the page's viewport meta honoured. */
    void phone() {
        viewport(390, 844, true);
    }

    void viewport(int width, int height) {
        viewport(width, height, false);
    }

    private void viewport(int width, int height, boolean mobile) {
        cdp("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
        cdp("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
    }

    void colorScheme(String scheme) {
        cdp("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The whole page, not just the viewport, as a JPEG (Chrome DevTools' capture beyond the viewport). */
    void screenshot(Path file) {
        Map<String, Object> metrics = cdp("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
        double width = ((Number) size.get("width")).doubleValue();
        double height = Math.min(((Number) size.get("height")).doubleValue(), 16_000);
        // These pictures are for people to look at, and three are taken of every page. JPEG at quality 80 costs Chromium
        // a fifth less CPU than its fast PNG encoding (ten whole chapters, same run, loaded 2-core machine: 5.5 instead
        // of 7.0 CPU s; its slow PNG 8.9, WebP 14.1) and a third less disk (a long chapter: 2.1 MB instead of 3.2 MB).
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of(
                "format", "jpeg", "quality", 80, "captureBeyondViewport", true, "fromSurface", true, "optimizeForSpeed", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the window shows now, as a PNG. */
    void viewportScreenshot(Path file) {
        Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png"));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Errors the page reported since it was opened: its hook's list, then the browser's own log. */
    List<String> errors() {
        var errors = new ArrayList<String>();
        Object hooked = js("return window.__bookErrors ? window.__bookErrors.slice() : ['the error hook did not run']");
        if (hooked instanceof List<?> list) {
            list.forEach(error -> errors.add(String.valueOf(error)));
        }
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains("favicon.ico")) {
                errors.add("browser log: " + entry.getMessage());
            }
        }
        return errors;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            delete(profile);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
