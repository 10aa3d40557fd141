package dev.marquee.stream;

import dev.marquee.awards.KeyedRecord;
import dev.marquee.serde.Json;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;
import java.util.function.Consumer;

/**
 * Keeps the in-memory {@link dev.marquee.awards.ReferenceIndex} in step with a compacted reference topic (awards,
 * films). Kafka Streams runs this processor for restored records too (the global store is in-memory, so every start
 * replays the topic through it), which is what makes the index complete before the first article is tagged. The
 * index is the materialized table: the global store Kafka Streams requires for the source is left empty, so the
 * reference data is not held twice (the films alone are about 30 MB of JSON). An unreadable reference record is
 * reported (log and metric) and skipped: it cannot be joined, and the rest of the table must still load.
 * Each record is read here and applied through the {@link ReferenceLoader}: during the start-up restore, parsed and
 * applied on the loader's thread, so the global thread keeps reading.
 *
 * @param <T> the record type of the topic's values
 */
final class ReferenceStoreProcessor<T extends KeyedRecord> implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceStoreProcessor.class);

    private final String storeName;
    private final Class<T> type;
    private final Consumer<T> upsert;
    private final Consumer<String> remove;
    private final StreamMetrics metrics;
    private final ReferenceLoader loader;

    /**
     * @param upsert applies a record to the index
     * @param remove removes the record of a key from the index (tombstone)
     */
    ReferenceStoreProcessor(String storeName, Class<T> type, Consumer<T> upsert, Consumer<String> remove, StreamMetrics metrics,
                            ReferenceLoader loader) {
        this.storeName = storeName;
        this.type = type;
        this.upsert = upsert;
        this.remove = remove;
        this.metrics = metrics;
        this.loader = loader;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        loader.apply(() -> apply(record));
    }

    private void apply(Record<String, byte[]> record) {
        if (record.key() == null) {
            metrics.referenceRecordRejected();
            LOG.warn("{} record without a key skipped", storeName);
            return;
        }
        if (record.value() == null) {
            remove.accept(record.key());
            return;
        }
        T value;
        try {
            value = Json.fromBytes(record.value(), type);
        } catch (UncheckedIOException e) {
            metrics.referenceRecordRejected();
            LOG.warn("Unreadable {} record {} skipped: {}", storeName, record.key(), e.getCause().getMessage());
            return;
        }
        if (!record.key().equals(value.key())) {
            metrics.referenceRecordRejected();
            LOG.warn("{} record skipped: topic key {} differs from its value's key {}", storeName, record.key(), value.key());
            return;
        }
        upsert.accept(value);
    }
}
