package dev.marquee.awards;

import dev.marquee.serde.Json;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends nominations to the awards topic, keyed by nomination key, and waits until the broker has acknowledged
 * every one. Takes the producer from outside so tests and the broker integration test can drive it.
 */
public final class NominationPublisher {

    public static final int PROGRESS_EVERY = 2_000;

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final PrintStream progress;

    public NominationPublisher(Producer<String, byte[]> producer, String topic, PrintStream progress) {
        this.producer = producer;
        this.topic = topic;
        this.progress = progress;
    }

    /** How a run went: records sent and acknowledged, and how long it took. */
    public record Result(int sent, int acknowledged, long millis) {
    }

    /**
     * Sends all nominations and flushes, which returns once every record is acknowledged or has failed; how long
     * that may take is bounded by the producer's {@code max.block.ms} and {@code delivery.timeout.ms}.
     *
     * @throws PublishException on the first failed send
     */
    public Result publish(List<Nomination> nominations) {
        long start = System.nanoTime();
        AtomicInteger acked = new AtomicInteger();
        AtomicReference<Exception> failure = new AtomicReference<>();
        int sent = 0;
        for (Nomination n : nominations) {
            Exception failed = failure.get();
            if (failed != null) {
                throw new PublishException("Sending to " + topic + " failed after " + sent + " records: " + failed.getMessage(), failed);
            }
            producer.send(new ProducerRecord<>(topic, n.key(), Json.toBytes(n)), (metadata, e) -> {
                if (e == null) {
                    acked.incrementAndGet();
                } else {
                    failure.compareAndSet(null, e);
                }
            });
            sent++;
            if (sent % PROGRESS_EVERY == 0) {
                report("sent", sent, nominations.size(), start);
            }
        }
        producer.flush();
        Exception failed = failure.get();
        if (failed != null) {
            throw new PublishException("Sending to " + topic + " failed: " + failed.getMessage(), failed);
        }
        report("acknowledged", acked.get(), nominations.size(), start);
        return new Result(sent, acked.get(), (System.nanoTime() - start) / 1_000_000);
    }

    private void report(String what, int done, int total, long start) {
        double seconds = Math.max((System.nanoTime() - start) / 1e9, 1e-3);
        progress.printf("%s %,d / %,d nominations (%,.0f records/s)%n", what, done, total, done / seconds);
        progress.flush();
    }

    /** Publishing did not complete; the message says why in words a user can act on. */
    public static final class PublishException extends RuntimeException {
        public PublishException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
