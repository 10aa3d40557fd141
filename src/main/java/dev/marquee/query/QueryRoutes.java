package dev.marquee.query;

import dev.marquee.ops.HttpRouter;
import dev.marquee.ops.HttpRouter.Request;
import dev.marquee.ops.HttpRouter.Response;
import dev.marquee.tag.EntityType;
import dev.marquee.trending.TrendingWindow;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The query endpoints and the live page on the app's HTTP router. Everything here is parsing and validating
 * requests; the answers come from {@link Queries}.
 *
 * <pre>
 *   GET /articles?limit=10            newest enriched events (summaries)
 *   GET /articles/{id}                one enriched event
 *   GET /entities/{id}                award record + latest articles of a film, person or award body
 *   GET /trending?type=FILM&amp;window=1h&amp;limit=20[&amp;at=ISO-instant]
 *   GET /                             the live page (index.html, app.js, style.css)
 * </pre>
 */
public final class QueryRoutes {

    static final int MAX_LIMIT = 100;
    private static final int DEFAULT_LIMIT = 20;
    /** Entity keys and article ids: what ids look like, and short enough to be harmless in a store lookup or log. */
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._:~@+-]{1,200}");
    private static final Map<String, String> WEB_FILES = Map.of(
            "/", "index.html", "/index.html", "index.html", "/app.js", "app.js", "/style.css", "style.css");

    private QueryRoutes() {
    }

    public static void register(HttpRouter router, Queries queries) {
        router.get("/articles", request -> respond(() -> articles(queries, request)))
                .get("/entities", request -> respond(() -> entities(queries, request)))
                .get("/trending", request -> respond(() -> trending(queries, request)))
                .get("/", QueryRoutes::web);
    }

    private interface Query {
        Answer run();
    }

    private static Response respond(Query query) {
        Answer answer;
        try {
            answer = query.run();
        } catch (InvalidStateStoreException e) {
            answer = Answer.unavailable("stores are not ready; retry shortly");
        }
        return Response.json(answer.status(), answer.body());
    }

    static Answer articles(Queries queries, Request request) {
        String sub = request.subPath();
        if (sub.isEmpty()) {
            Answer bad = unknownParams(request, "limit", Peers.LOCAL_PARAM);
            if (bad != null) {
                return bad;
            }
            Integer limit = limit(request.query().get("limit"));
            return limit == null ? badLimit() : queries.articles(limit, local(request));
        }
        String id = id(sub);
        return id == null ? badId("article", sub) : queries.article(id, local(request));
    }

    static Answer entities(Queries queries, Request request) {
        String id = id(request.subPath());
        return id == null ? badId("entity", request.subPath()) : queries.entity(id, local(request));
    }

    static Answer trending(Queries queries, Request request) {
        if (!request.subPath().isEmpty()) {
            return Answer.notFound("no such resource: " + request.path());
        }
        Answer bad = unknownParams(request, "type", "window", "limit", "at", Peers.LOCAL_PARAM);
        if (bad != null) {
            return bad;
        }
        Map<String, String> q = request.query();
        EntityType type = null;
        if (q.containsKey("type")) {
            type = Arrays.stream(EntityType.values()).filter(t -> t.name().equals(q.get("type").toUpperCase(Locale.ROOT))).findFirst().orElse(null);
            if (type == null) {
                return Answer.badRequest("type must be one of " + Arrays.toString(EntityType.values()) + ", not '" + q.get("type") + "'");
            }
        }
        TrendingWindow window = TrendingWindow.byId(q.getOrDefault("window", TrendingWindow.ONE_HOUR.id())).orElse(null);
        if (window == null) {
            return Answer.badRequest("window must be 1h or 24h, not '" + q.get("window") + "'");
        }
        Integer limit = limit(q.get("limit"));
        if (limit == null) {
            return badLimit();
        }
        Instant at;
        try {
            at = q.containsKey("at") ? Instant.parse(q.get("at")) : queries.now();
        } catch (DateTimeParseException e) {
            return Answer.badRequest("at must be an ISO-8601 instant such as 2014-01-31T10:00:00Z, not '" + q.get("at") + "'");
        }
        return queries.trending(type, window, limit, at, local(request));
    }

    private static Response web(Request request) throws IOException {
        String file = WEB_FILES.get(request.path());
        if (file == null) {
            Answer a = Answer.notFound("no such resource: " + request.path());
            return Response.json(a.status(), a.body());
        }
        try (InputStream in = QueryRoutes.class.getResourceAsStream("/web/" + file)) {
            if (in == null) {
                throw new IOException("web/" + file + " is missing from the jar");
            }
            String type = file.endsWith(".html") ? "text/html; charset=utf-8" : file.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : "text/css; charset=utf-8";
            return new Response(200, type, in.readAllBytes());
        }
    }

    /** The id of {@code /{id}}, or null when it is missing, nested or not id-like. */
    static String id(String subPath) {
        if (!subPath.startsWith("/")) {
            return null;
        }
        String id = subPath.substring(1);
        return ID.matcher(id).matches() ? id : null;
    }

    /** 1..{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}; null when invalid. */
    static Integer limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value);
            return n >= 1 && n <= MAX_LIMIT ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean local(Request request) {
        return "true".equals(request.query().get(Peers.LOCAL_PARAM));
    }

    private static Answer unknownParams(Request request, String... known) {
        Set<String> unknown = new TreeSet<>(request.query().keySet());
        unknown.removeAll(Set.of(known));
        return unknown.isEmpty() ? null : Answer.badRequest("unknown parameter(s) " + unknown + "; known: " + new TreeSet<>(Set.of(known)));
    }

    private static Answer badLimit() {
        return Answer.badRequest("limit must be a whole number from 1 to " + MAX_LIMIT);
    }

    private static Answer badId(String what, String subPath) {
        return Answer.badRequest("expected /" + what + "s/{id} with an id of letters, digits and . _ : ~ @ + -, not '" + subPath + "'");
    }
}
