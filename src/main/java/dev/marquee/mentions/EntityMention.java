package dev.marquee.mentions;

import dev.marquee.tag.EntityType;

/**
 * The value of the entity-mentions topic: one entity in one article (contract: {@code topics/topics.json}, role
 * {@code entity-mentions}, and {@code topics/schemas/entity-mention.schema.json}). Keyed by {@code entityKey}, so a
 * dashboard that follows one film reads one key.
 *
 * @param mentionCount how often the article mentions the entity
 * @param salience     how central the entity is to the article, 0..1 (the tagger's salience, see docs/tagging.md)
 * @param awards       nominations and wins of a film or person in the reference; null for award bodies
 */
public record EntityMention(
        String entityKey,
        String entityId,
        EntityType entityType,
        String entityName,
        String articleId,
        String title,
        String url,
        String source,
        String publishedAt,
        int mentionCount,
        double salience,
        AwardSummary awards,
        String processedAt) {

    /** A film's or person's award record in two numbers, for a dashboard line; the enriched event has the detail. */
    public record AwardSummary(int nominations, int wins) {
    }
}
