package dev.marquee.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.marquee.serde.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Dispatches HTTP requests by method and path prefix to {@link Route}s. Other code adds its own endpoints with
 * {@link #get}/{@link #add}, before or after the server started.
 *
 * <p>A prefix matches its own path and everything below it ({@code /articles} matches {@code /articles} and
 * {@code /articles/42}, not {@code /articlesX}); the longest matching prefix wins. Errors are JSON
 * ({@code {"status":404,"error":"Not Found","path":"/x"}}): 404 when no prefix matches, 405 with an {@code Allow}
 * header when the path matches but the method does not, 500 when a route throws (the exception is logged, its
 * message is not sent to the client).
 */
public final class HttpRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRouter.class);

    /** Answers one request. May throw: the router turns that into a 500. */
    @FunctionalInterface
    public interface Route {
        Response handle(Request request) throws Exception;
    }

    /**
     * @param path    the decoded request path
     * @param subPath what follows the route's prefix ("" for the prefix itself, "/42" for {@code /articles/42})
     * @param query   decoded query parameters (the first value of a repeated name)
     */
    public record Request(String method, String path, String subPath, Map<String, String> query, HttpExchange exchange) {
    }

    public record Response(int status, String contentType, byte[] body) {

        public static Response json(int status, Object body) {
            return new Response(status, "application/json", Json.toBytes(body));
        }

        public static Response text(int status, String contentType, String body) {
            return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Entry(String method, String prefix, Route route) {

        boolean matches(String path) {
            return path.equals(prefix) || prefix.equals("/") || path.startsWith(prefix + "/");
        }
    }

    private final List<Entry> routes = new CopyOnWriteArrayList<>();

    public HttpRouter get(String pathPrefix, Route route) {
        return add("GET", pathPrefix, route);
    }

    /** Adds a route; a second route for the same method and prefix is a programming error. */
    public HttpRouter add(String method, String pathPrefix, Route route) {
        String m = method.toUpperCase(Locale.ROOT);
        if (!pathPrefix.startsWith("/") || (pathPrefix.length() > 1 && pathPrefix.endsWith("/"))) {
            throw new IllegalArgumentException("A path prefix starts with '/' and does not end with one: " + pathPrefix);
        }
        synchronized (routes) {
            if (routes.stream().anyMatch(e -> e.method.equals(m) && e.prefix.equals(pathPrefix))) {
                throw new IllegalArgumentException("Route " + m + " " + pathPrefix + " exists already");
            }
            routes.add(new Entry(m, pathPrefix, route));
        }
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getPath();
        Response response;
        try {
            response = dispatch(method, path, exchange);
        } catch (Exception e) {
            LOG.error("HTTP {} {} failed", method, path, e);
            response = error(500, "Internal Server Error", "the request failed; the server log has the cause", path);
        }
        try (exchange) {
            byte[] body = response.body();
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
            try (OutputStream os = exchange.getResponseBody()) {
                os.write(body);
            }
        }
    }

    private Response dispatch(String method, String path, HttpExchange exchange) throws Exception {
        Optional<String> longest = routes.stream().filter(e -> e.matches(path)).map(Entry::prefix)
                .max(Comparator.comparingInt(String::length));
        if (longest.isEmpty()) {
            return error(404, "Not Found", "no endpoint at " + path, path);
        }
        String prefix = longest.get();
        Optional<Entry> match = routes.stream().filter(e -> e.prefix.equals(prefix) && e.method.equals(method)).findFirst();
        if (match.isEmpty()) {
            TreeSet<String> allowed = new TreeSet<>();
            routes.stream().filter(e -> e.prefix.equals(prefix)).forEach(e -> allowed.add(e.method));
            exchange.getResponseHeaders().set("Allow", String.join(", ", allowed));
            return error(405, "Method Not Allowed", method + " is not allowed here; allowed: " + String.join(", ", allowed), path);
        }
        String subPath = prefix.equals("/") ? path : path.substring(prefix.length());
        return match.get().route.handle(new Request(method, path, subPath, query(exchange.getRequestURI().getRawQuery()), exchange));
    }

    // The fields of every error body the endpoints send (see Answer.error), plus the path asked for.
    private static Response error(int status, String error, String message, String path) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", error);
        body.put("message", message);
        body.put("path", path);
        return Response.json(status, body);
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(name, value);
        }
        return out;
    }
}
