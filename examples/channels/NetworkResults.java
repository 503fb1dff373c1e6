///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 25+

import com.sun.net.httpserver.HttpServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

// tag::main[]
sealed interface Result permits Ok, Failed {}                    // <1>
record Ok(int workerId, String body) implements Result {}
record Failed(int workerId, Exception error) implements Result {}

String networkCall(HttpClient client, URI uri) throws IOException, InterruptedException {
    var response = client.send(HttpRequest.newBuilder(uri).build(),
            BodyHandlers.ofString());
    if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from " + uri.getPath());
    }
    return response.body();
}

void worker(int workerId, HttpClient client, URI base, BlockingQueue<Result> results) {
    IO.println("Task started by worker " + workerId);
    Result r;
    try {
        r = new Ok(workerId, networkCall(client, base.resolve("/users/" + workerId)));
    } catch (IOException | InterruptedException e) {
        r = new Failed(workerId, e);
    }
    results.add(r);                                              // <2>
}

void main() throws IOException, InterruptedException {
    HttpServer server = startServer();                           // <3>
    URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    IO.println("Starting main function");
    List<Integer> workers = List.of(1, 2, 3);
    var results = new ArrayBlockingQueue<Result>(workers.size()); // <4>
    try (var client = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
         var executor = Executors.newVirtualThreadPerTaskExecutor()) {
        for (int id : workers) {
            executor.submit(() -> worker(id, client, base, results));
        }
        var resultMap = new TreeMap<Integer, String>();
        for (int i = 0; i < workers.size(); i++) {
            switch (results.take()) {                            // <5>
                case Ok(int id, String body) -> resultMap.put(id, body);
                case Failed(int id, Exception e) ->
                        IO.println("Error from worker " + id + ": " + e.getMessage());
            }
        }
        IO.println("Exiting main function with result: " + resultMap);
    } finally {
        server.stop(0);
    }
}
// end::main[]

/// A real HTTP server on 127.0.0.1, any free port: /users/1 and /users/3 exist, /users/2 answers 404.
/// User 1 is slow (300 ms), so worker 1's result always arrives last.
HttpServer startServer() throws IOException {
    var names = Map.of(1, "Ada", 3, "Grace");
    var server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor()); // requests are served concurrently
    server.createContext("/users/", exchange -> {
        int id = Integer.parseInt(exchange.getRequestURI().getPath().substring("/users/".length()));
        if (id == 1) {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String name = names.get(id);
        byte[] body = (name != null ? name : "no user " + id).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(name != null ? 200 : 404, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    });
    server.start();
    return server;
}

/* Output:
Starting main function
@unordered
Task started by worker 1
Task started by worker 2
Task started by worker 3
Error from worker 2: HTTP 404 from /users/2
@end
@# The error line comes after worker 2 started; it may come before or after the others started.
Exiting main function with result: {{1=Ada, 3=Grace}
*/

/* Sample output:
Starting main function
Task started by worker 2
Task started by worker 1
Task started by worker 3
Error from worker 2: HTTP 404 from /users/2
Exiting main function with result: {1=Ada, 3=Grace}
*/
