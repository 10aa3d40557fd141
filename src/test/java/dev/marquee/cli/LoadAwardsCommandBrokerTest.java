package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.ops.EmbeddedKafka;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("broker")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class LoadAwardsCommandBrokerTest {

    private static final String TOPIC = "marquee.reference.awards";

    @Test
    void shouldPublishEveryNominationOnceAndRepublishIdenticalRecordsWhenLoadedAgain() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            String first = runLoadAwards(kafka);
            assertTrue(first.contains("20,127"), first);
            runLoadAwards(kafka);

            List<ConsumerRecord<String, byte[]>> records = readAll(kafka, 2 * 20_127);
            assertEquals(2 * 20_127, records.size());
            Map<String, byte[]> firstPass = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : records.subList(0, 20_127)) {
                firstPass.put(r.key(), r.value());
            }
            assertEquals(AwardsData.loadShipped().nominations().size(), firstPass.size(), "one record per nomination, unique keys");
            for (ConsumerRecord<String, byte[]> r : records.subList(20_127, records.size())) {
                assertTrue(Arrays.equals(firstPass.get(r.key()), r.value()), "second load repeats key " + r.key() + " with the same value");
            }
        }
    }

    private static String runLoadAwards(EmbeddedKafka kafka) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(0, Marquee.commandLine().execute("load-awards", "-b", kafka.bootstrapServers()));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(EmbeddedKafka kafka, int expected) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
