package dev.marquee.tag;

import java.util.List;

/**
 * An entity found in one article.
 *
 * @param type       FILM, PERSON or AWARD
 * @param key        stable id, always present: the reference id when linked, else one of Marquee's own ({@code mq:…})
 * @param id         reference id ({@code tt…}/{@code nm…}, or the reference data's own id), null when the
 *                   entity is not in the reference data
 * @param name       canonical name
 * @param confidence probability that the entity is right, 0..1 (see {@code docs/tagging.md})
 * @param salience   how central the entity is to the article, 0..1: share of mentions, how early, named in the title
 * @param mentions   every mention, in text order
 * @param ceremonies for awards, the ceremonies the article names ("the 86th Academy Awards"); else empty
 * @param categories for awards, the canonical categories the article names with them ("best screenplay" as
 *                   SCREENPLAY, see {@code docs/awards-categories.md}); else empty
 */
public record TaggedEntity(EntityType type, String key, String id, String name, double confidence, double salience,
                           List<Mention> mentions, List<Ceremony> ceremonies, List<String> categories) {

    public TaggedEntity {
        mentions = List.copyOf(mentions);
        ceremonies = List.copyOf(ceremonies);
        categories = List.copyOf(categories);
    }
}
