package dev.marquee.awards;

import dev.marquee.serde.Json;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends reference records (nominations, catalogue films) to their compacted topic, each keyed by its own key, and
 * waits until the broker has acknowledged every one. Takes the producer from outside so tests and the broker
 * integration test can drive it.
 */
public final class ReferencePublisher {

    public static final int PROGRESS_EVERY = 2_000;

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final PrintStream progress;

    public ReferencePublisher(Producer<String, byte[]> producer, String topic, PrintStream progress) {
        this.producer = producer;
        this.topic = topic;
        this.progress = progress;
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
