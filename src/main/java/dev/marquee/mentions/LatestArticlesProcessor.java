package dev.marquee.mentions;

import dev.marquee.mentions.LatestArticles.ArticleRef;
import dev.marquee.serde.MarqueeSerdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the latest {@link LatestArticles#LIMIT} articles per entity from the entity-mention stream (keyed by entity,
 * so no repartition), for {@code GET /entities/{id}}, as a head per entity and a record per entity and article
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

    /**
     * Makes the mentioning article the entity's newest: its record written (again, if the article was sent before),
     * its id put first in the head, and the record of the article that falls out of the list deleted.
     */
    @Override
    public void process(Record<String, EntityMention> record) {
        String entityKey = record.key();
        EntityMention mention = record.value();
        long timestamp = record.timestamp();
        List<String> ids = new ArrayList<>(LatestArticles.LIMIT + 1);
        ids.add(mention.articleId());
        for (String listed : listedBefore(entityKey)) {
            if (!listed.equals(mention.articleId())) {
                ids.add(listed);
            }
        }
        if (ids.size() > LatestArticles.LIMIT) {
            store.delete(EntityArticlesLayout.articleKey(entityKey, ids.remove(LatestArticles.LIMIT)));
        }
        store.put(EntityArticlesLayout.articleKey(entityKey, mention.articleId()),
                ValueAndTimestamp.make(EntityArticlesLayout.article(entityKey, mention), timestamp));
        store.put(EntityArticlesLayout.headKey(entityKey), ValueAndTimestamp.make(EntityArticlesLayout.head(entityKey, mention, ids), timestamp));
    }

    /**
     * The ids in the entity's head, newest first. An entity without a head may have a list an earlier version wrote
     * under its bare key: its articles become records here, and the list goes.
     */
    private List<String> listedBefore(String entityKey) {
        ValueAndTimestamp<LatestArticles> head = store.get(EntityArticlesLayout.headKey(entityKey));
        if (head != null) {
            return EntityArticlesLayout.articleIds(head.value());
        }
        ValueAndTimestamp<LatestArticles> list = store.get(entityKey);
        if (list == null) {
            return List.of();
        }
        LatestArticles old = list.value();
        for (ArticleRef article : old.articles()) {
            store.put(EntityArticlesLayout.articleKey(entityKey, article.articleId()), ValueAndTimestamp.make(
                    new LatestArticles(entityKey, old.entityId(), old.entityType(), old.entityName(), List.of(article)), list.timestamp()));
        }
        store.delete(entityKey);
        return EntityArticlesLayout.articleIds(old);
    }
}
