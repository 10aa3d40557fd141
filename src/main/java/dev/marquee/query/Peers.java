package dev.marquee.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.serde.Json;
import org.apache.kafka.streams.state.HostInfo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Asks another instance of the app over its HTTP API, for keys whose state lives there. Forwarded requests carry
 * {@code local=true}, so the receiving instance answers from its own stores and never forwards again.
 */
public final class Peers {

    static final String LOCAL_PARAM = "local";
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /** GET {@code pathAndQuery} (which must already hold {@code local=true}) on {@code host}. */
    public Answer get(HostInfo host, String pathAndQuery) {
        URI uri = URI.create("http://" + host.host() + ":" + host.port() + pathAndQuery);
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = Json.MAPPER.readTree(response.body());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            return Answer.error(502, "Bad Gateway", "instance " + host.host() + ":" + host.port() + " did not answer: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.unavailable("interrupted while asking " + host.host() + ":" + host.port());
        }
    }
}
