package dev.marquee.query;

import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.mentions.EntityMention.AwardSummary;
import dev.marquee.mentions.LatestArticles.ArticleRef;
import dev.marquee.tag.EntityType;

import java.util.List;

/** The JSON bodies of the query endpoints (snake_case like every Marquee JSON). */
public final class Views {

    private Views() {
    }

    /** {@code GET /articles}: the newest enriched events, without their text. */
    public record ArticleList(int count, List<ArticleSummary> articles) {
    }

    public record ArticleSummary(String articleId, String title, String source, String publishedAt, String processedAt, int entities,
                                 int claims) {
    }

    /** {@code GET /entities/{id}}: the entity's award record from the reference and the latest articles mentioning it. */
    public record EntityView(String entityKey, String entityId, EntityType entityType, String name, AwardSummary awards,
                             List<EnrichedArticle.AwardRecord> nominations, List<ArticleRef> latestArticles) {
    }

    /** {@code GET /trending}: the entities with most articles in the window containing {@code at}, most first. */
    public record Trending(String window, String at, EntityType type, int limit, List<TrendingEntry> entities) {
    }

    /**
     * One trending entity: its count in the current window and {@code series}, the counts of the preceding
     * non-overlapping windows, oldest first, ending with the current one (the sparkline).
     */
    public record TrendingEntry(String entityKey, EntityType entityType, String entityName, String windowStart, String windowEnd,
                                int articles, List<Integer> series) {
    }
}
