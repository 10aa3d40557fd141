package dev.marquee.mentions;

import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.enrich.EnrichedArticle.AwardRecord;
import dev.marquee.tag.EntityType;
import org.apache.kafka.streams.KeyValue;

import java.util.ArrayList;
import java.util.List;

/** Splits an enriched event into one {@link EntityMention} per entity, keyed by entity key. A pure function. */
public final class EntityMentions {

    private EntityMentions() {
    }

    /** The mention records of one article, in the event's entity order; the record key is the entity key. */
    public static List<KeyValue<String, EntityMention>> of(String articleId, EnrichedArticle event) {
        List<KeyValue<String, EntityMention>> out = new ArrayList<>(event.entities().size());
        for (EnrichedArticle.Entity e : event.entities()) {
            EntityMention m = new EntityMention(e.key(), e.id(), e.type(), e.name(), event.articleId(), event.title(), event.url(),
                    event.source(), event.publishedAt(), e.mentions().size(), e.salience(),
                    e.type() == EntityType.AWARD ? null : summary(e.nominations()), event.processedAt());
            out.add(KeyValue.pair(e.key(), m));
        }
        return out;
    }

    static EntityMention.AwardSummary summary(List<AwardRecord> nominations) {
        if (nominations == null) {
            return new EntityMention.AwardSummary(0, 0);
        }
        int wins = (int) nominations.stream().filter(AwardRecord::won).count();
        return new EntityMention.AwardSummary(nominations.size(), wins);
    }
}
