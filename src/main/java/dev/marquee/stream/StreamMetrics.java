package dev.marquee.stream;

import dev.marquee.ingest.RejectReason;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Marquee's own counters beside Kafka Streams' metrics: what came in, what went out, what was rejected and why. */
public final class StreamMetrics {

    private final LongAdder articlesIn = new LongAdder();
    private final LongAdder articlesEnriched = new LongAdder();
    private final LongAdder entitiesTagged = new LongAdder();
    private final LongAdder taggingNanos = new LongAdder();
    private final LongAdder referenceRecordsRejected = new LongAdder();
    private final Map<RejectReason, LongAdder> deadLetters = new EnumMap<>(RejectReason.class);

    public StreamMetrics() {
        for (RejectReason r : RejectReason.values()) {
            deadLetters.put(r, new LongAdder());
        }
    }

    void articleReceived() {
        articlesIn.increment();
    }

    void articleEnriched(int entities, long nanos) {
        articlesEnriched.increment();
        entitiesTagged.add(entities);
        taggingNanos.add(nanos);
    }

    void deadLettered(RejectReason reason) {
        deadLetters.get(reason).increment();
    }

    void referenceRecordRejected() {
        referenceRecordsRejected.increment();
    }

    public long articlesIn() {
        return articlesIn.sum();
    }

    public long articlesEnriched() {
        return articlesEnriched.sum();
    }

    public long entitiesTagged() {
        return entitiesTagged.sum();
    }

    public long taggingNanos() {
        return taggingNanos.sum();
    }

    public long referenceRecordsRejected() {
        return referenceRecordsRejected.sum();
    }

    public long deadLetters() {
        return deadLetters.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<RejectReason, Long> deadLettersByReason() {
        Map<RejectReason, Long> out = new EnumMap<>(RejectReason.class);
        deadLetters.forEach((r, n) -> out.put(r, n.sum()));
        return out;
    }
}
