package dev.marquee.stream;

import dev.marquee.awards.ReferenceIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;

/**
 * Applies the reference topics' records to the {@link ReferenceIndex}, and lets the index build in the background
 * while the app starts. Kafka Streams restores every global store on its global thread before it starts any stream
 * thread; building the index there kept the stream threads from joining the group, creating their topics and
 * opening their stores for the whole load (3.6 of 7.4 seconds to RUNNING). So from the start of a bulk load until
 * everything handed over is applied, updates queue for one thread of this loader's own, {@code reference-loader},
 * and the global thread only reads. Tagging waits for the index in {@link #awaitApplied()}.
 *
 * <p>One writer at a time, in the order the global thread read the records: an update is applied on the calling
 * thread only outside a bulk load and when nothing is queued, which is how live updates after start-up go. Only the global thread (or
 * one test thread) hands over updates.
 *
 * <p>During a bulk load the updates go over in batches, not one task each: per record, the hand-over's queue and the
 * nested tasks each became a root that the JIT compiled with the whole parse-and-apply path inlined, three compilations
 * of one path that competed with the load for the two cores (docs/performance.md, thirteenth round).
 */
public final class ReferenceLoader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReferenceLoader.class);
    private static final long WAIT_LOG_EVERY_MS = 10_000;
    /** Updates of a bulk load handed over together (Kafka Streams' consumers poll up to 1,000 records at a time). */
    static final int BATCH = 500;

    private final ReferenceIndex index;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "reference-loader");
        thread.setDaemon(true);
        return thread;
    });
    /** Updates handed to the background thread and not finished yet. */
    private final AtomicInteger queued = new AtomicInteger();
    /** Bulk loads begun and not yet ended, as the calling thread sees them: updates queue while any is open. */
    private int openBulkLoads;
    private final Object appliedSignal = new Object();
    /** Updates of the open bulk load not handed to the background thread yet, counted in {@link #queued} already. */
    private List<Runnable> batch = new ArrayList<>();
    private volatile RuntimeException failure;

    public ReferenceLoader(ReferenceIndex index) {
        this.index = index;
    }

    public ReferenceIndex index() {
        return index;
    }

    /**
     * Applies one update: on the loader's thread during a bulk load (in batches) or while updates are queued, else at
     * once.
     */
    public void apply(Runnable update) {
        if (openBulkLoads == 0 && queued.get() == 0) {
            update.run();
            return;
        }
        synchronized (this) {
            queued.incrementAndGet();
            batch.add(update);
            if (openBulkLoads == 0 || batch.size() >= BATCH) {
                handOverBatch();
            }
        }
    }

    /** Starts a bulk load of the index (see {@link ReferenceIndex#beginBulkLoad()}); updates queue from here on. */
    public synchronized void beginBulkLoad() {
        openBulkLoads++;
        submit(index::beginBulkLoad);
    }

    /**
     * Ends one bulk load, after the updates handed over before it.
     *
     * @param whenBuilt told how long building the index entries took, in nanoseconds, once they are visible
     */
    public synchronized void endBulkLoad(LongConsumer whenBuilt) {
        openBulkLoads--;
        submit(() -> {
            long started = System.nanoTime();
            index.endBulkLoad();
            whenBuilt.accept(System.nanoTime() - started);
        });
    }

    /**
     * Blocks until every update handed over so far is applied, logging while it waits.
     *
     * @throws ReferenceLoadException if an update failed: the index is incomplete, so nothing should be tagged
     */
    public void awaitApplied() {
        synchronized (this) {
            handOverBatch();
        }
        synchronized (appliedSignal) {
            while (queued.get() > 0 && failure == null) {
                try {
                    long before = System.nanoTime();
                    appliedSignal.wait(WAIT_LOG_EVERY_MS);
                    if (queued.get() > 0 && System.nanoTime() - before >= TimeUnit.MILLISECONDS.toNanos(WAIT_LOG_EVERY_MS)) {
                        LOG.info("Waiting for the reference index: {} updates still to apply", String.format("%,d", queued.get()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ReferenceLoadException("interrupted while waiting for the reference index", e);
                }
            }
        }
        if (failure != null) {
            throw new ReferenceLoadException("the reference data failed to load: " + failure, failure);
        }
    }

    // Callers hold this loader's lock, so the batch goes before any task submitted after it.
    private void submit(Runnable task) {
        handOverBatch();
        queued.incrementAndGet();
        background.execute(() -> run(task));
    }

    private void handOverBatch() {
        if (batch.isEmpty()) {
            return;
        }
        List<Runnable> updates = batch;
        batch = new ArrayList<>(BATCH);
        background.execute(() -> updates.forEach(this::run));
    }

    private void run(Runnable update) {
        try {
            if (failure == null) {
                update.run();
            }
        } catch (RuntimeException e) {
            // Later updates are skipped: applied on top of a failed one, they would leave an index that only looks complete.
            failure = e;
            LOG.error("Applying the reference data failed; no article will be tagged until the app restarts", e);
        } finally {
            if (queued.decrementAndGet() == 0 || failure != null) {
                synchronized (appliedSignal) {
                    appliedSignal.notifyAll();
                }
            }
        }
    }

    @Override
    public void close() {
        background.shutdownNow();
    }

    /** The reference index cannot be completed; the app should stop rather than tag against part of it. */
    public static final class ReferenceLoadException extends RuntimeException {
        ReferenceLoadException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
