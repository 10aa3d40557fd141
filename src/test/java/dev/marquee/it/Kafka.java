package dev.marquee.it;

import dev.marquee.awards.Nomination;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.serde.Json;
import dev.marquee.topics.ApplyResult;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The client side of end-to-end tests: topics from the contracts, producers, and read_committed reads of the output. */
public final class Kafka {

    private Kafka() {
    }

    /** Creates Marquee's topics from {@code topics/topics.json}, as {@code marquee topics apply} does. */
    public static void applyTopics(MarqueeConfig config) throws Exception {
        try (Admin admin = admin(config.bootstrapServers())) {
            TopicContracts contracts = TopicContracts.fromDirectory(Path.of("topics"));
            ApplyResult result = new TopicApplier(admin).apply(contracts, config, false);
            if (result.withStatus(ApplyResult.Status.CREATED).size() != contracts.all().size()) {
                throw new IllegalStateException("Topics not created as contracted: " + result);
            }
        }
    }

    public static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Idempotent, acks=all: a broker restart neither loses nor duplicates what the test produces. */
    public static KafkaProducer<String, byte[]> producer(String bootstrapServers, Map<String, Object> overrides) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putAll(overrides);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    public static void publishAwards(String bootstrapServers, String topic, List<Nomination> nominations) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrapServers, Map.of())) {
            for (Nomination n : nominations) {
                producer.send(new ProducerRecord<>(topic, n.key(), Json.toBytes(n))).get(30, TimeUnit.SECONDS);
            }
        }
    }

    public static KafkaConsumer<String, byte[]> readCommittedConsumer(String bootstrapServers) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        // Only committed transactions: what the app aborted (a killed instance's open transaction) must not count.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 * 1024 * 1024);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Every committed record of {@code topic}, from the beginning up to its end as of the call (the last stable
     * offset, for read_committed), in partition order.
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String bootstrapServers, String topic) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = readCommittedConsumer(bootstrapServers)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end " + end);
                }
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
