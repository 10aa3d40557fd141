package dev.marquee.trending;

import dev.marquee.mentions.EntityMention;
import dev.marquee.tag.EntityType;

import java.util.List;
import java.util.TreeSet;

/**
 * The articles mentioning one entity in one window: the state behind a trending count. Article ids, not a counter,
 * so an article sent again (same id, same published time, same window) is counted once.
 */
public record EntityArticles(String entityKey, EntityType entityType, String entityName, List<String> articleIds) {

    public EntityArticles {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }

    public static EntityArticles empty() {
        return new EntityArticles(null, null, null, List.of());
    }

    /** The aggregator: adds the mention's article; the entity's name is the latest one seen. */
    public static EntityArticles add(String entityKey, EntityMention mention, EntityArticles current) {
        TreeSet<String> ids = new TreeSet<>(current.articleIds());
        ids.add(mention.articleId());
        return new EntityArticles(entityKey, mention.entityType(), mention.entityName(), List.copyOf(ids));
    }

    public int count() {
        return articleIds.size();
    }
}
