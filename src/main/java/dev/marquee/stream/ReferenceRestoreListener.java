package dev.marquee.stream;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.processor.StateRestoreListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches the global reference stores being restored at start-up (every start: they are in-memory, so the whole
 * awards and films topics replay through {@link ReferenceStoreProcessor}). While a reference partition restores,
 * the index runs as a bulk load on the {@link ReferenceLoader}'s thread, so each catalogue entry is built once
 * instead of after every record, and the global thread only reads; the log says how far the load has got, since it
 * is the longest part of starting. Kafka Streams calls this on the global thread, before any stream thread starts.
 */
public final class ReferenceRestoreListener implements StateRestoreListener {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceRestoreListener.class);
    private static final long PROGRESS_EVERY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** One partition's restoration; only the global thread touches it. */
    private static final class Progress {
        final long startNanos;
        final long total;
        long restored;
        long lastLogNanos;

        Progress(long startNanos, long total) {
            this.startNanos = startNanos;
            this.total = total;
            this.lastLogNanos = startNanos;
        }
    }

    private final ReferenceLoader loader;
    private final Set<String> referenceStores;
    private final Map<TopicPartition, Progress> inProgress = new ConcurrentHashMap<>();

    /** @param referenceStores names of the stores whose restoration feeds the index */
    public ReferenceRestoreListener(ReferenceLoader loader, Set<String> referenceStores) {
        this.loader = loader;
        this.referenceStores = Set.copyOf(referenceStores);
    }

    @Override
    public void onRestoreStart(TopicPartition partition, String storeName, long startingOffset, long endingOffset) {
        if (!referenceStores.contains(storeName)) {
            return;
        }
        long now = System.nanoTime();
        long total = Math.max(0, endingOffset - startingOffset);
        inProgress.put(partition, new Progress(now, total));
        loader.beginBulkLoad();
        LOG.info("Loading {} from {}: {} records", storeName, partition, String.format("%,d", total));
    }

    @Override
    public void onBatchRestored(TopicPartition partition, String storeName, long batchEndOffset, long numRestored) {
        Progress progress = inProgress.get(partition);
        if (progress == null) {
            return;
        }
        progress.restored += numRestored;
        long now = System.nanoTime();
        if (now - progress.lastLogNanos >= PROGRESS_EVERY_NANOS) {
            progress.lastLogNanos = now;
            LOG.info("Loading {} from {}: {} of {} records", storeName, partition,
                    String.format("%,d", progress.restored), String.format("%,d", progress.total));
        }
    }

    @Override
    public void onRestoreEnd(TopicPartition partition, String storeName, long totalRestored) {
        Progress progress = inProgress.remove(partition);
        if (progress == null) {
            return;
        }
        long readMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - progress.startNanos);
        loader.endBulkLoad(buildNanos -> LOG.info("Loaded {} from {}: {} records in {} ms (read in {} ms; index entries built in {} ms)",
                storeName, partition, String.format("%,d", totalRestored),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - progress.startNanos), readMs,
                TimeUnit.NANOSECONDS.toMillis(buildNanos)));
    }
}
