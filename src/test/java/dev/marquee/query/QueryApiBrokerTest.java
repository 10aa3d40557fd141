package dev.marquee.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.awards.AwardsData;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import dev.marquee.serde.Json;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The query API on a real broker with two instances of the app in one group: each answers every key, forwarding to
 * the instance that owns it, and the whole-store queries merge both.
 */
@Tag("broker")
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class QueryApiBrokerTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int ARTICLES = 12;

    static EmbeddedKafka kafka;
    static StreamApp first;
    static StreamApp second;
    static int firstPort;
    static int secondPort;

    @BeforeAll
    static void startBrokerAndTwoInstances() throws Exception {
        kafka = new EmbeddedKafka().start();
        firstPort = freePort();
        secondPort = freePort();
        MarqueeConfig firstConfig = config(firstPort);
        try (Admin admin = Admin.create(firstConfig.kafkaClientProperties())) {
            new TopicApplier(admin).apply(TopicContracts.fromClasspath(), firstConfig, false);
        }
        List<Nomination> her = AwardsData.loadShipped().nominations().stream().filter(n -> n.names("tt1798709") || n.names("nm0005069")).toList();
        try (KafkaProducer<String, byte[]> producer = producer(firstConfig)) {
            new ReferencePublisher(producer, firstConfig.awardsTopic(), new PrintStream(PrintStream.nullOutputStream())).publish(her, "nominations");
        }
        first = new StreamApp(firstConfig);
        second = new StreamApp(config(secondPort));
        first.start();
        second.start();
        assertTrue(first.awaitRunning(Duration.ofSeconds(90)) && second.awaitRunning(Duration.ofSeconds(90)), "both instances RUNNING");

        String now = Instant.now().toString();
        try (KafkaProducer<String, byte[]> producer = producer(firstConfig)) {
            for (int i = 0; i < ARTICLES; i++) {
                String json = Json.toLine(Map.of("id", "a" + i, "title", "Article " + i, "published_at", now,
                        "text", "Spike Jonze's new film, Her, earned five Oscar nominations. Jonze wrote it alone."));
                producer.send(new ProducerRecord<>(firstConfig.articlesTopic(), "a" + i, json.getBytes())).get();
            }
        }
        // Both instances answer every article once every partition's task has processed and committed.
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline && !(allArticlesAnswered(firstPort) && allArticlesAnswered(secondPort)
                && get(firstPort, "/entities/tt1798709").path("latest_articles").size() == ARTICLES)) {
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() {
        for (StreamApp app : new StreamApp[]{first, second}) {
            if (app != null) {
                app.close();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    private static MarqueeConfig config(int port) throws IOException {
        Path state = Files.createTempDirectory("marquee-query-test");
        return MarqueeConfig.of(Map.of(
                MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                MarqueeConfig.APPLICATION_ID, "marquee-query-test",
                MarqueeConfig.STATE_DIR, state.toString(),
                MarqueeConfig.HTTP_PORT, String.valueOf(port),
                "kafka.application.server", "127.0.0.1:" + port));
    }

    private static boolean allArticlesAnswered(int port) {
        for (int i = 0; i < ARTICLES; i++) {
            if (status(port, "/articles/a" + i) != 200) {
                return false;
            }
        }
        return true;
    }

    @Test
    void shouldAnswerEveryArticleOnEitherInstanceForwardingKeysTheOtherOwns() {
        List<String> onlyOnSecond = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String id = "a" + i;
            assertEquals(id, get(firstPort, "/articles/" + id).path("article_id").asText());
            assertEquals(id, get(secondPort, "/articles/" + id).path("article_id").asText());
            if (status(firstPort, "/articles/" + id + "?local=true") == 404) {
                onlyOnSecond.add(id);
            }
        }
        assertFalse(onlyOnSecond.isEmpty(), "with 6 partitions over two instances, the second owns some articles");
        assertTrue(onlyOnSecond.size() < ARTICLES, "and the first owns some: " + onlyOnSecond);
        JsonNode forwarded = get(firstPort, "/articles/" + onlyOnSecond.get(0));
        assertEquals("five Oscar nominations", forwarded.path("claims").get(0).path("text").asText());
        assertEquals("verified", forwarded.path("claims").get(0).path("status").asText());
    }

    @Test
    void shouldMergeArticleListsOfBothInstances() {
        JsonNode list = get(secondPort, "/articles?limit=50");
        assertEquals(ARTICLES, list.path("count").asInt());
        assertEquals(5, get(firstPort, "/articles?limit=5").path("articles").size());
    }

    @Test
    void shouldShowAnEntityWithItsAwardRecordAndLatestArticles() {
        for (int port : new int[]{firstPort, secondPort}) {
            JsonNode her = get(port, "/entities/tt1798709");
            assertEquals("Her", her.path("name").asText());
            assertEquals("FILM", her.path("entity_type").asText());
            assertEquals(8, her.path("awards").path("nominations").asInt(), "5 Oscar + 3 Globe nominations");
            assertEquals(2, her.path("awards").path("wins").asInt());
            assertEquals(ARTICLES, her.path("latest_articles").size());
        }
    }

    @Test
    void shouldRankTrendingEntitiesOfBothInstancesWithSparklines() {
        JsonNode films = get(firstPort, "/trending?type=FILM&window=1h&limit=20");
        assertEquals("1h", films.path("window").asText());
        JsonNode top = films.path("entities").get(0);
        assertEquals("tt1798709", top.path("entity_key").asText());
        assertEquals(ARTICLES, top.path("articles").asInt());
        assertEquals(24, top.path("series").size());
        assertEquals(ARTICLES, top.path("series").get(23).asInt(), "the current window is the sparkline's last point");
        films.path("entities").forEach(e -> assertEquals("FILM", e.path("entity_type").asText()));

        JsonNode people = get(secondPort, "/trending?type=PERSON&window=24h&limit=1");
        assertEquals(1, people.path("entities").size());
        assertEquals("nm0005069", people.path("entities").get(0).path("entity_key").asText());
        assertEquals(7, people.path("entities").get(0).path("series").size());
    }

    @Test
    void shouldAnswerUnknownIdsAndBadParametersWithJsonErrors() {
        assertError(404, "/articles/no-such-article");
        assertError(404, "/entities/tt0000000");
        assertError(400, "/articles/a%20b");
        assertError(400, "/entities");
        assertError(400, "/articles/a/b");
        assertError(400, "/trending?window=2h");
        assertError(400, "/trending?type=SONG");
        assertError(400, "/trending?limit=0");
        assertError(400, "/trending?limit=101");
        assertError(400, "/trending?at=yesterday");
        assertError(400, "/trending?colour=red");
        assertError(404, "/no-such-page");
    }

    @Test
    void shouldServeTheLivePage() throws Exception {
        HttpResponse<String> page = send(firstPort, "/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("<script src=\"/app.js\">"), page.body());
        assertEquals(200, send(firstPort, "/app.js").statusCode());
        assertEquals(200, send(firstPort, "/style.css").statusCode());
    }

    private static void assertError(int status, String path) {
        HttpResponse<String> r = send(firstPort, path);
        assertEquals(status, r.statusCode(), path + " -> " + r.body());
        try {
            JsonNode body = Json.MAPPER.readTree(r.body());
            assertEquals(status, body.path("status").asInt(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(path + " did not answer JSON: " + r.body(), e);
        }
    }

    private static JsonNode get(int port, String path) {
        HttpResponse<String> r = send(port, path);
        try {
            return r.statusCode() == 200 ? Json.MAPPER.readTree(r.body()) : Json.MAPPER.createObjectNode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int status(int port, String path) {
        return send(port, path).statusCode();
    }

    private static HttpResponse<String> send(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static KafkaProducer<String, byte[]> producer(MarqueeConfig config) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
