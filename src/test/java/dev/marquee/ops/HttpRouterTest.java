package dev.marquee.ops;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.ops.HttpRouter.Response;
import dev.marquee.serde.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The router behind a real {@link OpsServer} on a free port, spoken to over HTTP. */
class HttpRouterTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final HttpRouter router = new HttpRouter();
    private OpsServer server;

    @BeforeEach
    void start() {
        router.get("/articles", r -> Response.json(200, Map.of("route", "list", "sub", r.subPath(), "q", r.query())))
                .get("/articles/top", r -> Response.json(200, Map.of("route", "top")))
                .add("post", "/articles", r -> Response.json(201, Map.of("route", "create")))
                .get("/boom", r -> {
                    throw new IllegalStateException("secret internals");
                });
        server = OpsServer.start(0, router);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
        return Json.MAPPER.readTree(response.body());
    }

    @Test
    void shouldRouteByLongestPrefixAndPassWhatFollowsIt() throws Exception {
        HttpResponse<String> list = send("GET", "/articles/42?lang=en&x=a%20b");
        assertEquals(200, list.statusCode());
        JsonNode body = json(list);
        assertEquals("list", body.get("route").asText());
        assertEquals("/42", body.get("sub").asText());
        assertEquals("a b", body.get("q").get("x").asText());

        assertEquals("top", json(send("GET", "/articles/top")).get("route").asText());
        assertEquals("top", json(send("GET", "/articles/top/extra")).get("route").asText());
        assertEquals("", json(send("GET", "/articles")).get("sub").asText());
        assertEquals(201, send("POST", "/articles").statusCode());
    }

    @Test
    void shouldAnswer404AsJsonForAnUnknownPathEvenWithASharedPrefix() throws Exception {
        HttpResponse<String> response = send("GET", "/articlesX");
        assertEquals(404, response.statusCode());
        JsonNode body = json(response);
        assertEquals(404, body.get("status").asInt());
        assertEquals("/articlesX", body.get("path").asText());
        assertEquals("Not Found", body.get("error").asText());
        assertEquals("no endpoint at /articlesX", body.get("message").asText(), "the same fields as the query endpoints' errors");
    }

    @Test
    void shouldAnswer405WithTheAllowedMethodsForAKnownPathAndWrongMethod() throws Exception {
        HttpResponse<String> response = send("DELETE", "/articles/1");
        assertEquals(405, response.statusCode());
        assertEquals("GET, POST", response.headers().firstValue("Allow").orElseThrow());
        assertEquals(405, json(response).get("status").asInt());
        assertEquals("DELETE is not allowed here; allowed: GET, POST", json(response).get("message").asText());
        assertEquals(405, send("POST", "/articles/top").statusCode());
    }

    @Test
    void shouldAnswer500AsJsonWithoutTheExceptionMessageWhenARouteThrows() throws Exception {
        HttpResponse<String> response = send("GET", "/boom");
        assertEquals(500, response.statusCode());
        assertEquals(500, json(response).get("status").asInt());
        assertTrue(json(response).get("message").asText().contains("server log"), response.body());
        assertFalse(response.body().contains("secret internals"), response.body());
    }

    @Test
    void shouldServeRoutesAddedAfterTheServerStarted() throws Exception {
        router.get("/late", r -> Response.text(200, "text/plain", "here"));
        assertEquals("here", send("GET", "/late").body());
    }

    @Test
    void shouldRefuseADuplicateRouteAndAMalformedPrefix() {
        assertThrows(IllegalArgumentException.class, () -> router.get("/articles", r -> Response.json(200, Map.of())));
        assertThrows(IllegalArgumentException.class, () -> router.get("articles", r -> Response.json(200, Map.of())));
        assertThrows(IllegalArgumentException.class, () -> router.get("/articles/", r -> Response.json(200, Map.of())));
    }
}
