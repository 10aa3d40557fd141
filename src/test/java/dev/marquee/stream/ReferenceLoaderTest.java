package dev.marquee.stream;

import dev.marquee.awards.ReferenceIndex;
import dev.marquee.stream.ReferenceLoader.ReferenceLoadException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceLoaderTest {

    private final ReferenceLoader loader = new ReferenceLoader(new ReferenceIndex());
    private final List<String> applied = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        loader.close();
    }

    private Runnable record(String name) {
        return () -> applied.add(name + "@" + Thread.currentThread().getName());
    }

    @Test
    void shouldApplyAnUpdateOnTheCallingThreadWhenNothingIsQueued() {
        loader.apply(record("a"));

        assertEquals(List.of("a@" + Thread.currentThread().getName()), applied, "applied at once, before apply returned");
    }

    @Test
    void shouldApplyUpdatesOfABulkLoadOnItsOwnThreadInTheOrderHandedOver() {
        CountDownLatch release = new CountDownLatch(1);
        loader.beginBulkLoad();
        loader.apply(() -> awaitQuietly(release));
        // Over two batches and part of a third.
        int records = ReferenceLoader.BATCH * 2 + 7;
        for (int i = 0; i < records; i++) {
            loader.apply(record("r" + i));
        }
        AtomicLong buildNanos = new AtomicLong(-1);
        loader.endBulkLoad(buildNanos::set);

        assertEquals(List.of(), applied, "the caller does not wait for the load");
        release.countDown();
        loader.awaitApplied();

        assertEquals(records, applied.size());
        for (int i = 0; i < records; i++) {
            assertEquals("r" + i + "@reference-loader", applied.get(i));
        }
        assertTrue(buildNanos.get() >= 0, "the end of the load reports its build time");
    }

    @Test
    void shouldKeepApplyingOnItsOwnThreadWhileABulkLoadIsOpenThoughTheQueueHasDrained() {
        loader.beginBulkLoad();
        loader.awaitApplied();

        loader.apply(record("restored"));
        loader.awaitApplied();

        assertEquals(List.of("restored@reference-loader"), applied, "the global thread only reads while a restore runs");
        loader.endBulkLoad(nanos -> { });
    }

    @Test
    void shouldApplyOnTheCallingThreadAgainOnceTheBulkLoadHasEndedAndTheQueueHasDrained() {
        loader.beginBulkLoad();
        loader.apply(record("restored"));
        loader.endBulkLoad(nanos -> { });
        loader.awaitApplied();

        loader.apply(record("live"));

        assertEquals(List.of("restored@reference-loader", "live@" + Thread.currentThread().getName()), applied);
    }

    @Test
    void shouldFailWaitersAndSkipLaterUpdatesWhenAnUpdateFails() {
        loader.beginBulkLoad();
        loader.apply(() -> {
            throw new IllegalStateException("broken index");
        });
        loader.apply(record("after"));
        loader.endBulkLoad(nanos -> { });

        ReferenceLoadException e = assertThrows(ReferenceLoadException.class, loader::awaitApplied);
        assertTrue(e.getMessage().contains("broken index"), e.getMessage());
        assertEquals(List.of(), applied, "nothing is applied on top of a failed update");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
