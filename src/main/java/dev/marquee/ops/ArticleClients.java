package dev.marquee.ops;

import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;

/**
 * The clients the demo and the benches use to play a newsroom and a dashboard around the app: a producer of raw
 * articles and a reader of what the app commits. One setup, so the demo and both benches send and read alike.
 */
public final class ArticleClients {

    /** Room for the longest bench articles (20,000 words) and for any article up to the default max.article.bytes. */
    private static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    /** Enriched events of long articles run to megabytes; one fetch per partition should hold several. */
    private static final int MAX_PARTITION_FETCH_BYTES = 8 * 1024 * 1024;

    private ArticleClients() {
    }

    /**
     * Raw articles by id: idempotent with acks=all, so a retry never sends an article twice, and a 1 ms linger, so the
     * e2e bench's send time is the record's timestamp give or take a millisecond.
     */
    public static KafkaProducer<String, byte[]> producer(MarqueeConfig config) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 1);
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * A dashboard's view of the app's output: only committed records (with exactly-once, an event counts once its
     * transaction commits), from the earliest offset.
     *
     * @param groupId consumer group for {@code subscribe}; null for a reader that assigns partitions itself
     */
    public static KafkaConsumer<String, byte[]> readCommittedConsumer(MarqueeConfig config, String groupId) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, MAX_PARTITION_FETCH_BYTES);
        if (groupId != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
