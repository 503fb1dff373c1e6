package book.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the built site from a folder on 127.0.0.1 at a free port, and remembers every request
 * it answered, so a test can tell what a page loaded and what it asked for in vain.
 *
 * <p>{@code try (var server = SiteServer.start(site)) { driver.get(server.url("index.html")); server.requests(); }}
 */
final class SiteServer implements AutoCloseable {

    /** One answered request: the path as asked for, the host it was addressed to, and the status sent. */
    record Request(String method, String target, String host, int status) {
    }

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("java", "text/plain; charset=utf-8"),
            Map.entry("go", "text/plain; charset=utf-8"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("pdf", "application/pdf"),
            Map.entry("epub", "application/epub+zip"));

    private final Path root;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
    }

    static SiteServer start(Path root) {
        try {
            var site = new SiteServer(root);
            site.server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve " + root + " on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:port} */
    String origin() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    String url(String page) {
        return origin() + "/" + page;
    }

    /** Every request answered so far, in order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    void forgetRequests() {
        requests.clear();
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String host = exchange.getRequestHeaders().getFirst("Host");
        int status;
        try (exchange) {
            if (uri.getHost() != null || !"GET".equals(exchange.getRequestMethod())
                    && !"HEAD".equals(exchange.getRequestMethod())) {
                status = send(exchange, 403, "only GET of this site's own files".getBytes(StandardCharsets.UTF_8), "text/plain");
            } else {
                Path file = resolve(uri.getRawPath());
                if (file == null || !Files.isRegularFile(file)) {
                    status = send(exchange, 404, "not found".getBytes(StandardCharsets.UTF_8), "text/plain");
                } else {
                    String name = file.getFileName().toString();
                    String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
                    status = send(exchange, 200, Files.readAllBytes(file), type);
                }
            }
        }
        requests.add(new Request(exchange.getRequestMethod(), uri.toString(), host, status));
    }

    private Path resolve(String rawPath) {
        String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
        if (!file.startsWith(root)) {
            return null;
        }
        return Files.isDirectory(file) ? file.resolve("index.html") : file;
    }

    private static int send(HttpExchange exchange, int status, byte[] body, String type) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        return status;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
