package dev.marquee.mentions;

import dev.marquee.mentions.LatestArticles.ArticleRef;
import dev.marquee.serde.MarqueeSerdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the latest {@link LatestArticles#LIMIT} articles per entity from the entity-mention stream (keyed by entity,
 * so no repartition), for {@code GET /entities/{id}}, as one record per entity and article
 * ({@link EntityArticlesLayout}). Nothing reads its output downstream, so it is a processor over a store rather than
 * the DSL's aggregate. The store is the kind the aggregate made (timestamped, same name, same changelog), so state
 * written by earlier versions restores unchanged; an entity's list in their layout becomes records at its next mention.
 */
public final class LatestArticlesProcessor implements Processor<String, EntityMention, Void, Void> {

    private final String storeName;
    private TimestampedKeyValueStore<String, LatestArticles> store;

    public LatestArticlesProcessor(String storeName) {
        this.storeName = storeName;
    }

    public static StoreBuilder<TimestampedKeyValueStore<String, LatestArticles>> storeBuilder(String storeName) {
        return Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(storeName),
                MarqueeSerdes.key(), MarqueeSerdes.latestArticles()).withCachingEnabled();
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        store = context.getStateStore(storeName);
    }

    /** One of the entity's articles: held in the store under {@code key}, or still to be written there. */
    private record Held(String key, ValueAndTimestamp<LatestArticles> value, boolean stored) {
        String articleId() {
            return value.value().articles().get(0).articleId();
        }
    }

    /**
     * Writes the mentioning article as the entity's newest, and deletes what no longer belongs in its list: the same
     * article's earlier record (an article sent again moves to the front instead of appearing twice) and the oldest
     * beyond the limit.
     */
    @Override
    public void process(Record<String, EntityMention> record) {
        String entityKey = record.key();
        EntityMention mention = record.value();
        List<Held> held = heldNewestFirst(entityKey);
        long sequence = held.isEmpty() ? 0 : EntityArticlesLayout.sequence(held.get(0).key()) + 1;
        int kept = 1;
        for (Held article : held) {
            boolean keep = kept < LatestArticles.LIMIT && !article.articleId().equals(mention.articleId());
            if (keep) {
                kept++;
                if (!article.stored()) {
                    store.put(article.key(), article.value());
                }
            } else if (article.stored()) {
                store.delete(article.key());
            }
        }
        LatestArticles newest = new LatestArticles(entityKey, mention.entityId(), mention.entityType(), mention.entityName(),
                List.of(new ArticleRef(mention.articleId(), mention.title(), mention.publishedAt(), mention.mentionCount(), mention.salience())));
        store.put(EntityArticlesLayout.key(entityKey, sequence), ValueAndTimestamp.make(newest, record.timestamp()));
    }

    /**
     * The entity's records newest first; for an entity without any, the articles of a list an earlier version wrote
     * under its bare key, numbered oldest first from 0 and not stored yet (the list itself is deleted here).
     */
    private List<Held> heldNewestFirst(String entityKey) {
        List<Held> held = new ArrayList<>(LatestArticles.LIMIT);
        try (KeyValueIterator<String, ValueAndTimestamp<LatestArticles>> records = EntityArticlesLayout.newestFirst(store, entityKey)) {
            while (records.hasNext()) {
                KeyValue<String, ValueAndTimestamp<LatestArticles>> next = records.next();
                held.add(new Held(next.key, next.value, true));
            }
        }
        if (held.isEmpty()) {
            // Read before deleting: a delete logs a tombstone even for a key that is not there.
            ValueAndTimestamp<LatestArticles> list = store.get(entityKey);
            if (list != null) {
                store.delete(entityKey);
                LatestArticles old = list.value();
                int count = old.articles().size();
                for (int i = 0; i < count; i++) {
                    LatestArticles one = new LatestArticles(entityKey, old.entityId(), old.entityType(), old.entityName(),
                            List.of(old.articles().get(i)));
                    held.add(new Held(EntityArticlesLayout.key(entityKey, count - 1 - i), ValueAndTimestamp.make(one, list.timestamp()), false));
                }
            }
        }
        return held;
    }
}
