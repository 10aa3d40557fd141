package dev.marquee.enrich;

import dev.marquee.tag.Ceremony;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;

import java.util.List;

/**
 * The value of the enriched topic (contract: {@code topics/topics.json}, role {@code enriched}, and
 * {@code topics/schemas/enriched-article.schema.json}). Mention offsets refer to {@code text}.
 */
public record EnrichedArticle(
        String articleId,
        String title,
        String url,
        String source,
        String publishedAt,
        String language,
        String text,
        List<Entity> entities,
        String processedAt,
        String appVersion) {

    /**
     * A tagged entity with, for films and people, its award record; for awards, the ceremonies and canonical
     * categories the article names. Fields as in {@link dev.marquee.tag.TaggedEntity}.
     */
    public record Entity(
            EntityType type,
            String key,
            String id,
            String name,
            double confidence,
            double salience,
            List<Mention> mentions,
            List<Ceremony> ceremonies,
            List<String> categories,
            List<AwardRecord> nominations) {
    }

    /** One nomination of the reference table, as joined onto an entity. */
    public record AwardRecord(
            String key,
            String body,
            String bodyName,
            int ceremony,
            int ceremonyYear,
            String filmYear,
            String category,
            String rawCategory,
            boolean won,
            List<Named> films,
            List<Named> nominees,
            String detail) {
    }

    public record Named(String id, String name) {
    }
}
