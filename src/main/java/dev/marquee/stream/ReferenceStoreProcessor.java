package dev.marquee.stream;

import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.serde.Json;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.UncheckedIOException;

/**
 * Keeps the global awards store and the in-memory {@link ReferenceIndex} in step with the reference topic.
 * Kafka Streams runs this processor for restored records too (the store is in-memory, so every start replays the
 * topic through it), which is what makes the index complete before the first article is tagged.
 * An unreadable reference record is reported (log and metric) and skipped: it cannot be joined, and the
 * rest of the table must still load.
 */
final class ReferenceStoreProcessor implements Processor<String, byte[], Void, Void> {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceStoreProcessor.class);

    private final String storeName;
    private final ReferenceIndex index;
    private final StreamMetrics metrics;
    private KeyValueStore<String, byte[]> store;

    ReferenceStoreProcessor(String storeName, ReferenceIndex index, StreamMetrics metrics) {
        this.storeName = storeName;
        this.index = index;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        if (record.key() == null) {
            metrics.referenceRecordRejected();
            LOG.warn("Awards reference record without a key skipped");
            return;
        }
        if (record.value() == null) {
            store.delete(record.key());
            index.remove(record.key());
            return;
        }
        Nomination nomination;
        try {
            nomination = Json.fromBytes(record.value(), Nomination.class);
        } catch (UncheckedIOException e) {
            metrics.referenceRecordRejected();
            LOG.warn("Unreadable awards reference record {} skipped: {}", record.key(), e.getCause().getMessage());
            return;
        }
        if (!record.key().equals(nomination.key())) {
            metrics.referenceRecordRejected();
            LOG.warn("Awards reference record skipped: topic key {} differs from its nomination key {}", record.key(), nomination.key());
            return;
        }
        store.put(record.key(), record.value());
        index.upsert(nomination);
    }
}
