package dev.marquee.awards;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.serde.Json;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends reference records (nominations, catalogue films) to their compacted topic, each keyed by its own key, and
 * waits until the broker has acknowledged every one. Takes the producer from outside so tests and the broker
 * integration test can drive it.
 */
public final class ReferencePublisher {

    public static final int PROGRESS_EVERY = 2_000;

    /** Bounded so an unreachable broker fails in seconds rather than after the client's one-minute default. */
    private static final Duration MAX_BLOCK = Duration.ofSeconds(15);
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    /** Large batches make up for one request in flight: the films catalogue is about 100,000 records. */
    private static final int BATCH_BYTES = 512 * 1024;

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final PrintStream progress;

    public ReferencePublisher(Producer<String, byte[]> producer, String topic, PrintStream progress) {
        this.producer = producer;
        this.topic = topic;
        this.progress = progress;
    }

    /**
     * Settings of a producer that loads reference data, usually into topics created a moment before. Only one
     * request is in flight: a broker that has the new partition in its metadata but not yet in its replica manager
     * answers the first batch NOT_LEADER_OR_FOLLOWER, and with more in flight it may append the next batches
     * first; the idempotent producer then retries the first one for ever as out of order until the delivery
     * timeout fails the load (seen on the embedded broker, `bench startup`, 2026-12-02). {@code kafka.*} settings
     * of the config win over the other defaults here.
     */
    public static Map<String, Object> producerProperties(MarqueeConfig config, String clientId) {
        Map<String, Object> props = config.kafkaClientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        props.putIfAbsent(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_BYTES);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, Objects.requireNonNull(clientId));
        return props;
    }

    /** A producer with {@link #producerProperties}, for the reference topics. */
    public static KafkaProducer<String, byte[]> newProducer(MarqueeConfig config, String clientId) {
        return new KafkaProducer<>(producerProperties(config, clientId), new StringSerializer(), new ByteArraySerializer());
    }

    /** How a run went: records sent and acknowledged, and how long it took. */
    public record Result(int sent, int acknowledged, long millis) {
    }

    /**
     * Sends all records as JSON and flushes, which returns once every record is acknowledged or has failed; how
     * long that may take is bounded by the producer's {@code max.block.ms} and {@code delivery.timeout.ms}.
     *
     * @param noun what the records are, for the progress lines ("nominations", "films")
     * @throws PublishException on the first failed send
     */
    public Result publish(List<? extends KeyedRecord> records, String noun) {
        long start = System.nanoTime();
        AtomicInteger acked = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        int sent = 0;
        for (KeyedRecord r : records) {
            Exception failed = failure.get();
            if (failed != null) {
                throw new PublishException("Sending to " + topic + " failed after " + sent + " records: " + failed.getMessage(), failed);
            }
            producer.send(new ProducerRecord<>(topic, r.key(), Json.toBytes(r)), (metadata, e) -> {
                if (e == null) {
                    acked.incrementAndGet();
                } else {
                    failure.compareAndSet(null, e);
                }
            });
            sent++;
            if (sent % PROGRESS_EVERY == 0) {
                report("sent", sent, records.size(), noun, start);
            }
        }
        producer.flush();
        Exception failed = failure.get();
        if (failed != null) {
            throw new PublishException("Sending to " + topic + " failed: " + failed.getMessage(), failed);
        }
        report("acknowledged", acked.get(), records.size(), noun, start);
        return new Result(sent, acked.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private void report(String what, int done, int total, String noun, long start) {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        progress.printf("%s %,d / %,d %s (%,.0f records/s)%n", what, done, total, noun, done / seconds);
        progress.flush();
    }

    /** Publishing did not complete; the message says why in words a user can act on. */
    public static final class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
