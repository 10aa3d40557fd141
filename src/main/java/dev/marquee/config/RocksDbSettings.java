package dev.marquee.config;

import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RateLimiter;
import org.rocksdb.WriteBufferManager;

import java.util.Map;

/**
 * RocksDB settings of every state store in this JVM: one bound on their off-heap memory, a memtable budget of its own
 * for the store of large values, and, when an operator sets one, a cap on how fast that store, which only grows,
 * writes in the background.
 *
 * <p><b>Memory.</b> One block cache that all stores share; their memtables, index and filter blocks are charged to it
 * too. Kafka Streams' default gives each store instance, and each segment of a window store, a block cache and
 * memtables of its own, so the process grew with partitions, segments and stored data, far past its Java heap (see
 * docs/performance.md). Streams creates one setter per store; the cache is per JVM, sized by the first store opened,
 * and a store that asks for another size (a second app in the JVM with another {@code rocksdb.memory.mb}) shares it
 * with a warning. Stores keep using it after one of them closes, so it is never freed.
 *
 * <p><b>The articles store's memtables.</b> The store named by {@link #ARTICLES_STORE_CONFIG} (the views' enriched
 * articles) takes one event of tens of KB per article, most of the bytes the views write; the other stores take
 * small values, about 28 per article each. With one memtable budget for all, the articles filled it, and RocksDB
 * flushes the memtable of whichever store writes next once the budget is full: the small stores flushed early and
 * often. So the articles store has a quarter of the memtable budget to itself, within the same bound; a views-only
 * instance then worked its backlog off about 10% faster, with less RSS (docs/performance.md, twenty-sixth round).
 *
 * <p><b>Background writes.</b> The articles store is never rewritten, so it only grows, and universal compaction
 * rewrites all of a partition's data from time to time: 108–188 MB in one second, up to a core of CPU, while the enrichment's
 * stream thread waited for a core (docs/performance.md, seventeenth round). A rate limiter on its flushes and
 * compactions, shared by its partitions, spreads that work over seconds. It is off unless a rate is set: flat out, the
 * store then writes faster than its limit and the views lag behind its compactions. The other stores are small and
 * compact in milliseconds; one limit for all of them made the views fall far behind.
 */
public final class RocksDbSettings implements RocksDBConfigSetter {

    /** Streams config key of the memory bound in bytes; {@code MarqueeConfig} sets it from {@code rocksdb.memory.mb}. */
    public static final String TOTAL_BYTES_CONFIG = "marquee.rocksdb.memory.bytes";
    /**
     * Streams config key of the store of large values, whose memtables have a budget of their own and whose background
     * writes may be limited; the app names its enriched-articles store.
     */
    public static final String ARTICLES_STORE_CONFIG = "marquee.rocksdb.articles.store";
    /**
     * Streams config key of that store's flush and compaction writes per second, its partitions together; 0 for no
     * limit. {@code MarqueeConfig} sets it from {@code rocksdb.articles.write.mb.per.s}.
     */
    public static final String WRITE_LIMIT_BYTES_CONFIG = "marquee.rocksdb.write.limit.bytes.per.s";
    /** Memtables may take up to this share of the bound before RocksDB flushes them. */
    static final double MEMTABLE_SHARE = 0.5;
    /** Of the memtables' share, what the articles store's memtables may take (the rest is the other stores'). */
    static final double ARTICLES_MEMTABLE_SHARE = 0.25;
    /** Index and filter blocks go to the cache's high-priority pool, so data blocks cannot evict them first. */
    private static final double HIGH_PRIORITY_SHARE = 0.1;

    private static final Logger LOG = LoggerFactory.getLogger(RocksDbSettings.class);
    private static Shared shared;
    private static RateLimiter writeLimiter;

    /**
     * The cache every store of this JVM uses, the memtable accounting of the articles store and of all the others (both
     * charged to the cache), and the bound they were made with.
     */
    record Shared(Cache cache, WriteBufferManager memtables, WriteBufferManager articleMemtables, long totalBytes) {
    }

    static synchronized Shared shared(long totalBytes) {
        if (shared == null) {
            Cache cache = new LRUCache(totalBytes, -1, false, HIGH_PRIORITY_SHARE);
            long memtableBytes = (long) (totalBytes * MEMTABLE_SHARE);
            long articleBytes = (long) (memtableBytes * ARTICLES_MEMTABLE_SHARE);
            shared = new Shared(cache, new WriteBufferManager(memtableBytes - articleBytes, cache),
                    new WriteBufferManager(articleBytes, cache), totalBytes);
        } else if (shared.totalBytes() != totalBytes) {
            LOG.warn("RocksDB memory of this JVM is already bounded at {} MB by the first store opened; {} MB asked for is not applied",
                    shared.totalBytes() >> 20, totalBytes >> 20);
        }
        return shared;
    }

    /** The limiter of the limited store's partitions in this JVM, made at the rate the first of them asks for. */
    static synchronized RateLimiter writeLimiter(long bytesPerSecond) {
        if (writeLimiter == null) {
            writeLimiter = new RateLimiter(bytesPerSecond);
        } else if (writeLimiter.getBytesPerSecond() != bytesPerSecond) {
            LOG.warn("RocksDB background writes of this JVM's articles store are already limited to {} MB/s; {} MB/s asked for is not applied",
                    writeLimiter.getBytesPerSecond() >> 20, bytesPerSecond >> 20);
        }
        return writeLimiter;
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
        boolean articles = storeName.equals(configs.get(ARTICLES_STORE_CONFIG));
        options.setWriteBufferManager(articles ? memory.articleMemtables() : memory.memtables());
        long writeLimit = Long.parseLong(String.valueOf(configs.getOrDefault(WRITE_LIMIT_BYTES_CONFIG, 0)));
        if (articles && writeLimit > 0) {
            options.setRateLimiter(writeLimiter(writeLimit));
        }
    }

    @Override
    public void close(String storeName, Options options) {
        // The cache, memtable accounting and limiter are shared by the stores still open: nothing of this store's to free.
    }
}
