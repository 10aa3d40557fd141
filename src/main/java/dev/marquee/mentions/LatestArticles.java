package dev.marquee.mentions;

import dev.marquee.tag.EntityType;

import java.util.List;

/**
 * The latest articles mentioning one entity, newest (last processed) first, at most {@link #LIMIT}: what
 * {@code GET /entities/{id}} shows. In the store, each record holds one of them ({@link EntityArticlesLayout}).
 */
public record LatestArticles(String entityKey, String entityId, EntityType entityType, String entityName, List<ArticleRef> articles) {

    public static final int LIMIT = 20;

    public LatestArticles {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    public record ArticleRef(String articleId, String title, String publishedAt, int mentionCount, double salience) {
    }
}
