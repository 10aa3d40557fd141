package dev.marquee.stream;

import dev.marquee.ingest.RejectReason;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Marquee's own metrics beside Kafka Streams' metrics: what came in, what went out, what was rejected and why,
 * how many entities an article yields and how long tagging takes. Recorded on stream threads, so every
 * update is a lock-free {@link LongAdder} increment.
 */
public final class StreamMetrics {

    /** Entities per enriched article: most articles name a handful, a long feature a few dozen. */
    public static final long[] ENTITY_BUCKETS = {0, 1, 2, 3, 5, 10, 20, 50, 100, 200};

    /** Tagging latency bounds, 0.5 ms to 5 s: a short article tags in about a millisecond, a 1 MiB one in seconds. */
    public static final long[] TAGGING_NANOS_BUCKETS = millisToNanos(0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000);

    private final LongAdder articlesIn = new LongAdder();
    private final LongAdder articlesEnriched = new LongAdder();
    private final LongAdder referenceRecordsRejected = new LongAdder();
    private final LongAdder trendingMentionsLate = new LongAdder();
    private final Map<RejectReason, LongAdder> deadLetters = new EnumMap<>(RejectReason.class);
    private final Histogram entitiesPerArticle = new Histogram(ENTITY_BUCKETS);
    private final Histogram taggingNanos = new Histogram(TAGGING_NANOS_BUCKETS);

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
        entitiesPerArticle.record(entities);
        taggingNanos.record(nanos);
    }

    void deadLettered(RejectReason reason) {
        deadLetters.get(reason).increment();
    }

    void referenceRecordRejected() {
        referenceRecordsRejected.increment();
    }

    void trendingMentionLate() {
        trendingMentionsLate.increment();
    }

    public long articlesIn() {
        return articlesIn.sum();
    }

    public long articlesEnriched() {
        return articlesEnriched.sum();
    }

    public Histogram.Snapshot entitiesPerArticle() {
        return entitiesPerArticle.snapshot();
    }

    /** Time spent tagging and joining one article, in nanoseconds. */
    public Histogram.Snapshot taggingNanos() {
        return taggingNanos.snapshot();
    }

    public long referenceRecordsRejected() {
        return referenceRecordsRejected.sum();
    }

    /** Mentions dropped from a trending window kind because every window of that kind containing them had closed. */
    public long trendingMentionsLate() {
        return trendingMentionsLate.sum();
    }

    public long deadLetters() {
        return deadLetters.values().stream().mapToLong(LongAdder::sum).sum();
    }

    public Map<RejectReason, Long> deadLettersByReason() {
        Map<RejectReason, Long> out = new EnumMap<>(RejectReason.class);
        deadLetters.forEach((r, n) -> out.put(r, n.sum()));
        return out;
    }

    private static long[] millisToNanos(double... millis) {
        long[] nanos = new long[millis.length];
        for (int i = 0; i < millis.length; i++) {
            nanos[i] = Math.round(millis[i] * TimeUnit.MILLISECONDS.toNanos(1));
        }
        return nanos;
    }
}
