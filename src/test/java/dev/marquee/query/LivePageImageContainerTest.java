package dev.marquee.query;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app's Docker image (docker/Dockerfile, built here) against the broker image compose runs: it serves the live
 * page and the query API on 8080. Skipped where there is no Docker engine (CI and the dev machines);
 * {@link QueryApiBrokerTest} and {@link LivePageBrowserTest} cover the same endpoints on an in-process broker there.
 */
@Tag("broker")
@Testcontainers(disabledWithoutDocker = true)
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class LivePageImageContainerTest {

    @Test
    void shouldServeThePageAndTheApiFromTheImage() throws Exception {
        try (Network network = Network.newNetwork();
             KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.0").withNetwork(network).withListener("kafka:19092")) {
            kafka.start();
            MarqueeConfig config = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, kafka.getBootstrapServers()));
            try (Admin admin = Admin.create(config.kafkaClientProperties())) {
                new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
            }
            ImageFromDockerfile image = new ImageFromDockerfile("marquee-test", true)
                    .withFileFromPath(".", Path.of("."))
                    .withDockerfilePath("docker/Dockerfile");
            try (GenericContainer<?> app = new GenericContainer<>(image)
                    .withNetwork(network)
                    .withEnv("MARQUEE_BOOTSTRAP_SERVERS", "kafka:19092")
                    .withExposedPorts(8080)
                    .waitingFor(Wait.forHttp("/ready").forPort(8080).withStartupTimeout(Duration.ofMinutes(3)))) {
                app.start();
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://" + app.getHost() + ":" + app.getMappedPort(8080);
                HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("Marquee"), page.body());
                HttpResponse<String> trending = http.send(HttpRequest.newBuilder(URI.create(base + "/trending?window=1h")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, trending.statusCode(), trending.body());
            }
        }
    }
}
