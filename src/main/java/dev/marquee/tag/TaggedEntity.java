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
 * @param confidence probability that the entity is right, 0..1
 * @param mentions   every mention, in text order
 */
public record TaggedEntity(EntityType type, String key, String id, String name, double confidence, List<Mention> mentions) {

    public TaggedEntity {
        mentions = List.copyOf(mentions);
    }
}
