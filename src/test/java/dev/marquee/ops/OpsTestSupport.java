package dev.marquee.ops;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/** What the ops integration tests share: topics, awards, articles on a broker, and HTTP calls to the app. */
final class OpsTestSupport {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private OpsTestSupport() {
    }

    /** Creates the topics of the contracts and publishes the first {@code nominations} shipped awards. */
    static List<Nomination> prepareTopics(Map<String, Object> adminClientProps, MarqueeConfig config, int nominations) throws Exception {
        try (Admin admin = Admin.create(adminClientProps)) {
            new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
        }
        List<Nomination> awards = AwardsData.loadShipped().nominations().subList(0, nominations);
        try (KafkaProducer<String, byte[]> producer = producer(adminClientProps)) {
            new ReferencePublisher(producer, config.awardsTopic(), new PrintStream(PrintStream.nullOutputStream())).publish(awards, "nominations");
        }
        return awards;
    }

    static String article(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Her\",\"text\":\"Spike Jonze won the Oscar for the screenplay of Her. "
                + "Joaquin Phoenix plays a writer who falls for an operating system voiced by Scarlett Johansson.\"}";
    }

    static void produce(Map<String, Object> clientProps, String topic, Map<String, String> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(clientProps)) {
            for (Map.Entry<String, String> r : records.entrySet()) {
                producer.send(new ProducerRecord<>(topic, r.getKey(), r.getValue().getBytes(StandardCharsets.UTF_8))).get();
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer(Map<String, Object> clientProps) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Keys seen on {@code topic} by a read_committed consumer within {@code timeout}, stopping once all {@code expected} are there. */
    static Set<String> committedKeys(Map<String, Object> clientProps, String topic, Set<String> expected, Duration timeout) {
        Map<String, Object> props = new HashMap<>(clientProps);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "ops-test-reader-" + UUID.randomUUID());
        Set<String> seen = new HashSet<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!seen.containsAll(expected) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.key()));
            }
        }
        return seen;
    }

    /** GET http://127.0.0.1:port/path; null when nothing answers (not listening yet, or any more). */
    static HttpResponse<String> get(int port, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** The status of GET path, -1 when nothing answers. */
    static int status(int port, String path) {
        HttpResponse<String> r = get(port, path);
        return r == null ? -1 : r.statusCode();
    }

    static boolean await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
