package dev.marquee.trending;

import dev.marquee.tag.EntityType;

/**
 * The value of the trending-entities topic: the final number of distinct articles that mentioned an entity in one
 * window (contract: {@code topics/topics.json}, role {@code trending-entities}). Also what {@code GET /trending}
 * returns per entity, there with the recent series behind its sparkline.
 *
 * @param window      {@code 1h} or {@code 24h}
 * @param windowStart inclusive, ISO-8601 UTC
 * @param windowEnd   exclusive, ISO-8601 UTC
 * @param articles    distinct articles published in the window that mention the entity
 */
public record TrendingCount(
        String entityKey,
        EntityType entityType,
        String entityName,
        String window,
        String windowStart,
        String windowEnd,
        int articles) {
}
