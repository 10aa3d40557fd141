package dev.marquee.config;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * Caps the off-heap memory of every RocksDB store in this JVM with one block cache that all of them share; their
 * memtables, index and filter blocks are charged to it too. Kafka Streams' default gives each store instance, and
 * each segment of a window store, a block cache and memtables of its own, so the process grew with partitions,
 * segments and stored data, far past its Java heap (see docs/performance.md).
 *
 * <p>Streams creates one setter per store; the cache is per JVM, sized by the first store opened, and a store that
 * asks for another size (a second app in the JVM with another {@code rocksdb.memory.mb}) shares it with a warning.
 * Stores keep using it after one of them closes, so it is never freed.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

    /** Streams config key of the bound in bytes; {@code MarqueeConfig} sets it from {@code rocksdb.memory.mb}. */
    public static final String TOTAL_BYTES_CONFIG = "marquee.rocksdb.memory.bytes";
    /** Memtables may take up to this share of the bound before RocksDB flushes them. */
    static final double MEMTABLE_SHARE = 0.5;
    /** Index and filter blocks go to the cache's high-priority pool, so data blocks cannot evict them first. */
    private static final double HIGH_PRIORITY_SHARE = 0.1;

    private static final Logger LOG = LoggerFactory.getLogger(BoundedRocksDbMemory.class);
    private static Shared shared;

    /** The cache and the memtable accounting every store of this JVM uses, and the bound they were made with. */
    record Shared(Cache cache, WriteBufferManager memtables, long totalBytes) {
    }

    static synchronized Shared shared(long totalBytes) {
        if (shared == null) {
            Cache cache = new LRUCache(totalBytes, -1, false, HIGH_PRIORITY_SHARE);
            shared = new Shared(cache, new WriteBufferManager((long) (totalBytes * MEMTABLE_SHARE), cache), totalBytes);
        } else if (shared.totalBytes() != totalBytes) {
            LOG.warn("RocksDB memory of this JVM is already bounded at {} MB by the first store opened; {} MB asked for is not applied",
                    shared.totalBytes() >> 20, totalBytes >> 20);
        }
        return shared;
    }

    @Override
    public void setConfig(String storeName, Options options, Map<String, Object> configs) {
        Object bytes = configs.get(TOTAL_BYTES_CONFIG);
        if (bytes == null) {
            throw new IllegalStateException(TOTAL_BYTES_CONFIG + " is not set; MarqueeConfig sets it with the setter");
        }
        Shared memory = shared(Long.parseLong(bytes.toString()));
        BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
        table.setBlockCache(memory.cache());
        table.setCacheIndexAndFilterBlocks(true);
        table.setCacheIndexAndFilterBlocksWithHighPriority(true);
        table.setPinTopLevelIndexAndFilter(true);
        options.setTableFormatConfig(table);
        options.setWriteBufferManager(memory.memtables());
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache and memtable accounting are shared by the stores still open: nothing of this store's to free.
    }
}
