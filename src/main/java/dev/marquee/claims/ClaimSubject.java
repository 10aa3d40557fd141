package dev.marquee.claims;

import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;
import dev.marquee.tag.TaggedEntity;

import java.util.List;

/** A tagged film or person a claim can be about: what claim finding needs of a tagged entity, and no more. */
public record ClaimSubject(String key, String id, String name, EntityType type, List<Mention> mentions) {

    public ClaimSubject {
        mentions = List.copyOf(mentions);
    }

    public static ClaimSubject of(TaggedEntity entity) {
        return new ClaimSubject(entity.key(), entity.id(), entity.name(), entity.type(), entity.mentions());
    }
}
