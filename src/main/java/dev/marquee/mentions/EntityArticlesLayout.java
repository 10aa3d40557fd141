package dev.marquee.mentions;

import dev.marquee.mentions.LatestArticles.ArticleRef;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.util.ArrayList;
import java.util.List;

/**
 * How the latest articles per entity lie in their store: a head record per entity, under the entity key and a NUL,
 * with the entity and the ids of its latest articles, newest first; and one record per entity and article, under the
 * entity key, a NUL and the article id, with what the entity view shows of that article. Each is a
 * {@link LatestArticles}: the head's articles carry only their ids, an article record holds its one article.
 *
 * <p>The list used to be one value per entity, up to 20 articles with their titles (about 2.4 KB), read and written
 * back whole, into RocksDB and the changelog, for every mention of the entity: 12–27% of the e2e maximum
 * (docs/performance.md, fifteenth round). A mention now rewrites the head (the ids only) and writes its article's
 * record. Everything is read by key: a prefix scan per mention had to step over the tombstones of every record the
 * list had dropped, and cost the views' thread three times the old layout (sixteenth round).
 *
 * <p>A value under the bare entity key is a list as earlier versions wrote it, in the same store and changelog. It
 * is read as it is until the entity's next mention turns it into this layout. Entity keys are the app's own ids and
 * never hold a NUL, and article ids are never blank, so no key of one entity is a key of another or its head.
 */
public final class EntityArticlesLayout {

    private static final char SEPARATOR = '\u0000';

    private EntityArticlesLayout() {
    }

    static String headKey(String entityKey) {
        return entityKey + SEPARATOR;
    }

    static String articleKey(String entityKey, String articleId) {
        return headKey(entityKey) + articleId;
    }

    /** The head of an entity whose latest articles have these ids, newest first. */
    static LatestArticles head(String entityKey, EntityMention newest, List<String> articleIds) {
        List<ArticleRef> ids = new ArrayList<>(articleIds.size());
        for (String id : articleIds) {
            ids.add(new ArticleRef(id, null, null, 0, 0));
        }
        return new LatestArticles(entityKey, newest.entityId(), newest.entityType(), newest.entityName(), ids);
    }

    /** The record of one article of an entity. */
    static LatestArticles article(String entityKey, EntityMention mention) {
        return new LatestArticles(entityKey, mention.entityId(), mention.entityType(), mention.entityName(),
                List.of(new ArticleRef(mention.articleId(), mention.title(), mention.publishedAt(), mention.mentionCount(), mention.salience())));
    }

    static List<String> articleIds(LatestArticles head) {
        List<String> ids = new ArrayList<>(head.articles().size());
        head.articles().forEach(a -> ids.add(a.articleId()));
        return ids;
    }

    /**
     * The latest articles of an entity, newest first, as {@code GET /entities/{id}} shows them: from its head and
     * article records, or the list an earlier version wrote if it has no head yet; null when the store has neither.
     */
    public static LatestArticles read(ReadOnlyKeyValueStore<String, LatestArticles> store, String entityKey) {
        LatestArticles head = store.get(headKey(entityKey));
        if (head == null) {
            return store.get(entityKey);
        }
        List<ArticleRef> articles = new ArrayList<>(head.articles().size());
        for (ArticleRef listed : head.articles()) {
            LatestArticles record = store.get(articleKey(entityKey, listed.articleId()));
            if (record != null) {
                articles.addAll(record.articles());
            }
        }
        return new LatestArticles(entityKey, head.entityId(), head.entityType(), head.entityName(), articles);
    }
}
