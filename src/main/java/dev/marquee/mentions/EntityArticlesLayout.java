package dev.marquee.mentions;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.util.ArrayList;
import java.util.List;

/**
 * How the latest articles per entity lie in their store: one record per entity and article, keyed by the entity key,
 * a NUL and a sequence number counting down, so a prefix scan of the entity reads its articles newest first. Each
 * record is a {@link LatestArticles} of one article. The list used to be one value per entity, up to 20 articles
 * (about 2.4 KB) read and written back, into RocksDB and the changelog, for every mention of the entity: 12–27% of
 * the e2e maximum (docs/performance.md, fifteenth round). A mention now writes one small record and deletes the one
 * that falls out of the list.
 *
 * <p>A value under the bare entity key is such a list as earlier versions wrote it, in the same store and
 * changelog. It is read as it is until the entity's next mention turns it into records of this layout. Entity keys
 * are the app's own ids and never hold a NUL, so no entity's prefix is another's.
 */
public final class EntityArticlesLayout {

    private static final char SEPARATOR = '\u0000';
    private static final int SEQUENCE_DIGITS = 16;
    private static final Serializer<String> KEY_SERIALIZER = new StringSerializer();

    private EntityArticlesLayout() {
    }

    /** The key of an entity's record with this sequence number; a higher number sorts first. */
    static String key(String entityKey, long sequence) {
        String countdown = Long.toHexString(Long.MAX_VALUE - sequence);
        return prefix(entityKey) + "0".repeat(SEQUENCE_DIGITS - countdown.length()) + countdown;
    }

    static String prefix(String entityKey) {
        return entityKey + SEPARATOR;
    }

    /** The sequence number of a record key of this layout. */
    static long sequence(String key) {
        return Long.MAX_VALUE - Long.parseLong(key.substring(key.length() - SEQUENCE_DIGITS), 16);
    }

    /** An entity's records, newest first. */
    static <V> KeyValueIterator<String, V> newestFirst(ReadOnlyKeyValueStore<String, V> store, String entityKey) {
        return store.prefixScan(prefix(entityKey), KEY_SERIALIZER);
    }

    /**
     * The latest articles of an entity, newest first, as {@code GET /entities/{id}} shows them: its records, or the
     * list an earlier version wrote if the entity has no records yet; null when the store has neither.
     */
    public static LatestArticles read(ReadOnlyKeyValueStore<String, LatestArticles> store, String entityKey) {
        LatestArticles newest = null;
        List<LatestArticles.ArticleRef> articles = new ArrayList<>(LatestArticles.LIMIT);
        try (KeyValueIterator<String, LatestArticles> records = newestFirst(store, entityKey)) {
            while (records.hasNext() && articles.size() < LatestArticles.LIMIT) {
                KeyValue<String, LatestArticles> record = records.next();
                if (newest == null) {
                    newest = record.value;
                }
                articles.addAll(record.value.articles());
            }
        }
        if (newest == null) {
            return store.get(entityKey);
        }
        return new LatestArticles(entityKey, newest.entityId(), newest.entityType(), newest.entityName(), articles);
    }
}
