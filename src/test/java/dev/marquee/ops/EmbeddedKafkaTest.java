package dev.marquee.ops;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("broker")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class EmbeddedKafkaTest {

    @Test
    void shouldHandOutDistinctPortsSoTheBrokerAndTheControllerNeverShareOne() {
        // A fresh-clone run failed once with broker and controller on one port; collisions are rare, so try many.
        for (int i = 0; i < 1_000; i++) {
            int[] ports = EmbeddedKafka.freeLoopbackPorts(3);
            assertEquals(3, IntStream.of(ports).distinct().count(), Arrays.toString(ports));
        }
    }

    @Test
    void shouldRoundTripARecordThroughTheBrokerIncludingAConsumerGroup() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            String topic = "round-trip";
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
                assertEquals(1, admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size());
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "k", "v")).get(30, TimeUnit.SECONDS);
            }
            // A group consumer needs __consumer_offsets, which a one-node broker only creates with replication factor 1.
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                    ConsumerConfig.GROUP_ID_CONFIG, "round-trip-test",
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
                consumer.subscribe(List.of(topic));
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
                while (seen.isEmpty() && System.nanoTime() < deadline) {
                    consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                }
                consumer.commitSync();
            }
            assertEquals(1, seen.size());
            assertEquals("k", seen.get(0).key());
            assertEquals("v", seen.get(0).value());
        }
    }

    @Test
    void shouldDeleteItsOwnTempDirAndTolerateASecondClose() {
        EmbeddedKafka kafka = new EmbeddedKafka().start();
        Path dataDir = kafka.dataDir();
        assertTrue(Files.isDirectory(dataDir));

        kafka.close();
        kafka.close();

        assertFalse(Files.exists(dataDir));
    }

    @Test
    void shouldKeepAGivenDataDirAndStartAgainFromIt(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("kafka");
        String topic = "survives-restart";
        try (EmbeddedKafka kafka = new EmbeddedKafka(dataDir).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.isDirectory(dataDir));

        try (EmbeddedKafka kafka = new EmbeddedKafka(dataDir).start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertTrue(admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(topic));
        }
    }

    @Test
    void shouldGiveEachAddedListenerAPortNoOtherListenerHas() {
        for (int i = 0; i < 200; i++) {
            EmbeddedKafka kafka = new EmbeddedKafka().withListener("one", SecurityProtocol.SSL).withListener("two", SecurityProtocol.SASL_SSL)
                    .withListener("three", SecurityProtocol.SASL_PLAINTEXT);
            try {
                List<String> addresses = List.of(kafka.bootstrapServers(), kafka.bootstrapServers("one"), kafka.bootstrapServers("two"),
                        kafka.bootstrapServers("three"));
                assertEquals(4, Set.copyOf(addresses).size(), addresses.toString());
            } finally {
                kafka.close();
            }
        }
    }

    @Test
    void shouldRefuseAListenerNameTakenByItsOwnListenersOrAddedTwice() {
        EmbeddedKafka kafka = new EmbeddedKafka().withListener("client", SecurityProtocol.SASL_SSL);
        try {
            assertTrue(kafka.bootstrapServers("CLIENT").startsWith("127.0.0.1:"));
            assertThrows(IllegalArgumentException.class, () -> kafka.withListener("CLIENT", SecurityProtocol.SSL));
            assertThrows(IllegalArgumentException.class, () -> kafka.withListener("PLAINTEXT", SecurityProtocol.SSL));
            assertThrows(IllegalArgumentException.class, () -> kafka.bootstrapServers("OTHER"));
        } finally {
            kafka.close();
        }
        assertThrows(IllegalStateException.class, () -> kafka.withBrokerProperties(Map.of("num.partitions", "3")));
    }
}
