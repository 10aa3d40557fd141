package dev.marquee.config;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.RateLimiter;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RocksDbSettingsTest {

    private static final long WRITE_LIMIT = 64L << 20;
    private static final Map<String, Object> LIMITED = Map.of(
            RocksDbSettings.TOTAL_BYTES_CONFIG, String.valueOf(64L << 20),
            RocksDbSettings.ARTICLES_STORE_CONFIG, "enriched-articles-store",
            RocksDbSettings.WRITE_LIMIT_BYTES_CONFIG, String.valueOf(WRITE_LIMIT));

    static {
        RocksDB.loadLibrary();
    }

    @Test
    void shouldGiveEveryStoreTheSameMemtableAccountingAndCacheIndexAndFilterBlocks() {
        Map<String, Object> configs = Map.of(RocksDbSettings.TOTAL_BYTES_CONFIG, String.valueOf(64L << 20));
        try (Options first = storeOptions(); Options second = storeOptions()) {
            new RocksDbSettings().setConfig("enriched", first, configs);
            new RocksDbSettings().setConfig("trending-1h.1700000000000", second, configs);

            assertSame(first.writeBufferManager(), second.writeBufferManager(), "one memtable budget for all stores");
            assertSame(RocksDbSettings.shared(64L << 20).memtables(), first.writeBufferManager());
            BlockBasedTableConfig table = (BlockBasedTableConfig) first.tableFormatConfig();
            assertTrue(table.cacheIndexAndFilterBlocks(), "index and filter blocks count against the bound");
            assertTrue(table.cacheIndexAndFilterBlocksWithHighPriority());
        }
    }

    @Test
    void shouldLetTheArticlesStoreFlushItsOwnMemtablesAndLeaveTheOtherStoresUnflushed(@TempDir Path dir) throws Exception {
        long memtableBytes = (long) (RocksDbSettings.shared(64L << 20).totalBytes() * RocksDbSettings.MEMTABLE_SHARE);
        try (Options articlesOptions = memtableOnlyFlushedByItsBudget(); Options otherOptions = memtableOnlyFlushedByItsBudget()) {
            new RocksDbSettings().setConfig("enriched-articles-store", articlesOptions, LIMITED);
            new RocksDbSettings().setConfig("entity-articles-store", otherOptions, LIMITED);
            try (RocksDB articles = RocksDB.open(articlesOptions, dir.resolve("articles").toString());
                 RocksDB other = RocksDB.open(otherOptions, dir.resolve("other").toString())) {
                // Under one budget for both, these two writes fill it, and the other store, writing last, would flush.
                writeRandom(articles, "article-", (long) (memtableBytes * 0.6));
                writeRandom(other, "mention-", (long) (memtableBytes * 0.35));
                awaitNoRunningFlushes(articles, other);

                assertEquals(0, level0Files(other), "the other store did not flush");
                assertEquals(0, other.getLongProperty("rocksdb.num-immutable-mem-table"), "nor is a flush of it pending");
                assertTrue(level0Files(articles) > 0, "the articles store flushed within its own budget");
            }
        }
    }

    @Test
    void shouldKeepTheFirstBoundOfTheJvmWhenAStoreAsksForAnother() {
        RocksDbSettings.Shared first = RocksDbSettings.shared(64L << 20);

        RocksDbSettings.Shared other = RocksDbSettings.shared(first.totalBytes() * 2);

        assertSame(first, other, "one cache per JVM");
        assertEquals(first.totalBytes(), other.totalBytes(), "the first bound stays; the other is only warned about");
    }

    @Test
    void shouldRefuseAStoreWhenTheBoundIsMissing() {
        try (Options options = storeOptions()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new RocksDbSettings().setConfig("enriched", options, Map.of()));
            assertTrue(e.getMessage().contains(RocksDbSettings.TOTAL_BYTES_CONFIG), e.getMessage());
        }
    }

    @Test
    void shouldPassTheConfiguredBoundToStreamsInBytes() {
        Properties props = MarqueeConfig.of(Map.of(MarqueeConfig.ROCKSDB_MEMORY_MB, "96")).streamsProperties();
        assertEquals(RocksDbSettings.class, props.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        assertEquals(String.valueOf(96L * 1024 * 1024), props.get(RocksDbSettings.TOTAL_BYTES_CONFIG));
    }

    @Test
    void shouldPutTheFlushesOfTheLimitedStoreThroughTheLimiterAndNoOtherStores(@TempDir Path dir) throws RocksDBException {
        RateLimiter limiter = RocksDbSettings.writeLimiter(WRITE_LIMIT);

        long other = bytesThroughLimiterWhenFlushing("entity-articles-store", dir.resolve("other"), limiter);
        long limited = bytesThroughLimiterWhenFlushing("enriched-articles-store", dir.resolve("limited"), limiter);

        assertEquals(0, other, "a store not named is not limited");
        assertTrue(limited >= 256 * 1024, "the named store's flush of 256 KB went through the limiter: " + limited + " bytes");
    }

    @Test
    void shouldPassTheConfiguredWriteLimitToStreamsInBytes() {
        Properties props = MarqueeConfig.of(Map.of(MarqueeConfig.ROCKSDB_ARTICLES_WRITE_MB_PER_S, "8")).streamsProperties();
        assertEquals(String.valueOf(8L * 1024 * 1024), props.get(RocksDbSettings.WRITE_LIMIT_BYTES_CONFIG));
        assertEquals("0", MarqueeConfig.of(Map.of()).streamsProperties().get(RocksDbSettings.WRITE_LIMIT_BYTES_CONFIG),
                "no limit unless one is set");
        assertThrows(org.apache.kafka.common.config.ConfigException.class,
                () -> MarqueeConfig.of(Map.of(MarqueeConfig.ROCKSDB_ARTICLES_WRITE_MB_PER_S, "-1")));
    }

    /** Opens a real store of that name with the settings, writes 256 KB, flushes it, and returns what the limiter saw. */
    private static long bytesThroughLimiterWhenFlushing(String storeName, Path dir, RateLimiter limiter) throws RocksDBException {
        try (Options options = storeOptions()) {
            options.setCreateIfMissing(true);
            new RocksDbSettings().setConfig(storeName, options, LIMITED);
            long before = limiter.getTotalBytesThrough();
            try (RocksDB db = RocksDB.open(options, dir.toString()); FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
                writeRandom(db, "article-", 256 * 1024);
                db.flush(flush);
            }
            return limiter.getTotalBytesThrough() - before;
        }
    }

    @Test
    void shouldRejectABoundTooSmallForTheStores() {
        assertThrows(org.apache.kafka.common.config.ConfigException.class,
                () -> MarqueeConfig.of(Map.of(MarqueeConfig.ROCKSDB_MEMORY_MB, "8")));
    }

    /** Store options whose memtables are larger than any budget here, so only the memtable budget makes them flush. */
    private static Options memtableOnlyFlushedByItsBudget() {
        Options options = storeOptions();
        options.setCreateIfMissing(true);
        options.setWriteBufferSize(1L << 30);
        return options;
    }

    /** Random bytes, so no compression makes a flushed file smaller than what was written. */
    private static void writeRandom(RocksDB db, String keyPrefix, long bytes) throws RocksDBException {
        Random random = new Random(11);
        byte[] value = new byte[16 * 1024];
        for (long i = 0; i * value.length < bytes; i++) {
            random.nextBytes(value);
            db.put((keyPrefix + i).getBytes(StandardCharsets.UTF_8), value);
        }
    }

    /** A string property in RocksDB, not one of its integer properties. */
    private static long level0Files(RocksDB db) throws RocksDBException {
        return Long.parseLong(db.getProperty("rocksdb.num-files-at-level0").trim());
    }

    private static void awaitNoRunningFlushes(RocksDB... dbs) throws RocksDBException, InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        for (RocksDB db : dbs) {
            while ((db.getLongProperty("rocksdb.num-running-flushes") > 0 || db.getLongProperty("rocksdb.mem-table-flush-pending") > 0)
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
        }
    }

    /** What Kafka Streams hands a config setter: options with a block-based table config. */
    private static Options storeOptions() {
        Options options = new Options();
        options.setTableFormatConfig(new BlockBasedTableConfig());
        return options;
    }
}
