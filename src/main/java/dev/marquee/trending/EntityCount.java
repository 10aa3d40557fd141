package dev.marquee.trending;

import dev.marquee.mentions.EntityMention;
import dev.marquee.tag.EntityType;

/**
 * The state behind a trending count: how many distinct articles mentioned one entity in one window. A number, not
 * the article ids, so the state of a much-mentioned entity stays a few bytes however busy the day is; an article
 * sent twice is dropped before it gets here ({@link RepeatedMentionFilter}).
 */
public record EntityCount(String entityKey, EntityType entityType, String entityName, int articles) {

    public static EntityCount empty() {
        return new EntityCount(null, null, null, 0);
    }

    /** The aggregator: one more article; the entity's name is the latest one seen. */
    public static EntityCount add(String entityKey, EntityMention mention, EntityCount current) {
        return new EntityCount(entityKey, mention.entityType(), mention.entityName(), current.articles() + 1);
    }
}
