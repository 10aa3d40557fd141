package dev.marquee.config;

import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedRocksDbMemoryTest {

    static {
        RocksDB.loadLibrary();
    }

    @Test
    void shouldGiveEveryStoreTheSameMemtableAccountingAndCacheIndexAndFilterBlocks() {
        Map<String, Object> configs = Map.of(BoundedRocksDbMemory.TOTAL_BYTES_CONFIG, String.valueOf(64L << 20));
        try (Options first = storeOptions(); Options second = storeOptions()) {
            new BoundedRocksDbMemory().setConfig("enriched", first, configs);
            new BoundedRocksDbMemory().setConfig("trending-1h.1700000000000", second, configs);

            assertSame(first.writeBufferManager(), second.writeBufferManager(), "one memtable budget for all stores");
            assertSame(BoundedRocksDbMemory.shared(64L << 20).memtables(), first.writeBufferManager());
            BlockBasedTableConfig table = (BlockBasedTableConfig) first.tableFormatConfig();
            assertTrue(table.cacheIndexAndFilterBlocks(), "index and filter blocks count against the bound");
            assertTrue(table.cacheIndexAndFilterBlocksWithHighPriority());
        }
    }

    @Test
    void shouldKeepTheFirstBoundOfTheJvmWhenAStoreAsksForAnother() {
        BoundedRocksDbMemory.Shared first = BoundedRocksDbMemory.shared(64L << 20);

        BoundedRocksDbMemory.Shared other = BoundedRocksDbMemory.shared(first.totalBytes() * 2);

        assertSame(first, other, "one cache per JVM");
        assertEquals(first.totalBytes(), other.totalBytes(), "the first bound stays; the other is only warned about");
    }

    @Test
    void shouldRefuseAStoreWhenTheBoundIsMissing() {
        try (Options options = storeOptions()) {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new BoundedRocksDbMemory().setConfig("enriched", options, Map.of()));
            assertTrue(e.getMessage().contains(BoundedRocksDbMemory.TOTAL_BYTES_CONFIG), e.getMessage());
        }
    }

    @Test
    void shouldPassTheConfiguredBoundToStreamsInBytes() {
        Properties props = MarqueeConfig.of(Map.of(MarqueeConfig.ROCKSDB_MEMORY_MB, "96")).streamsProperties();
        assertEquals(BoundedRocksDbMemory.class, props.get(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG));
        assertEquals(String.valueOf(96L * 1024 * 1024), props.get(BoundedRocksDbMemory.TOTAL_BYTES_CONFIG));
    }

    @Test
    void shouldRejectABoundTooSmallForTheStores() {
        assertThrows(org.apache.kafka.common.config.ConfigException.class,
                () -> MarqueeConfig.of(Map.of(MarqueeConfig.ROCKSDB_MEMORY_MB, "8")));
    }

    /** What Kafka Streams hands a config setter: options with a block-based table config. */
    private static Options storeOptions() {
        Options options = new Options();
        options.setTableFormatConfig(new BlockBasedTableConfig());
        return options;
    }
}
