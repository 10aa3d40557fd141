package dev.marquee.mentions;

import dev.marquee.tag.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * The latest articles mentioning one entity, newest (last processed) first, at most {@link #LIMIT}: the state
 * behind {@code GET /entities/{id}}. An article sent again moves to the front instead of appearing twice.
 */
public record LatestArticles(String entityKey, String entityId, EntityType entityType, String entityName, List<ArticleRef> articles) {

    public static final int LIMIT = 20;

    public LatestArticles {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public record ArticleRef(String articleId, String title, String publishedAt, int mentionCount, double salience) {
    }

    public static LatestArticles empty() {
        return new LatestArticles(null, null, null, null, List.of());
    }

    /** The aggregator. */
    public static LatestArticles add(String entityKey, EntityMention mention, LatestArticles current) {
        List<ArticleRef> list = new ArrayList<>(LIMIT);
        list.add(new ArticleRef(mention.articleId(), mention.title(), mention.publishedAt(), mention.mentionCount(), mention.salience()));
        for (ArticleRef a : current.articles()) {
            if (list.size() < LIMIT && !a.articleId().equals(mention.articleId())) {
                list.add(a);
            }
        }
        return new LatestArticles(entityKey, mention.entityId(), mention.entityType(), mention.entityName(), list);
    }
}
