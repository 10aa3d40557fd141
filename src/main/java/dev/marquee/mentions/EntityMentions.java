package dev.marquee.mentions;

import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.enrich.EnrichedArticle.AwardRecord;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;
import org.apache.kafka.streams.KeyValue;

import java.util.ArrayList;
import java.util.List;

/** Splits an enriched event into one {@link EntityMention} per entity, keyed by entity key. A pure function. */
public final class EntityMentions {

    private EntityMentions() {
    }

    /** The mention records of one article, in the event's entity order; the record key is the entity key. */
    public static List<KeyValue<String, EntityMention>> of(String articleId, EnrichedArticle event) {
        int mostMentions = event.entities().stream().mapToInt(e -> e.mentions().size()).max().orElse(0);
        List<KeyValue<String, EntityMention>> out = new ArrayList<>(event.entities().size());
        for (EnrichedArticle.Entity e : event.entities()) {
            EntityMention m = new EntityMention(e.key(), e.id(), e.type(), e.name(), event.articleId(), event.title(), event.url(),
                    event.source(), event.publishedAt(), e.mentions().size(), salience(e.mentions(), mostMentions, event.text().length()),
                    e.type() == EntityType.AWARD ? null : summary(e.nominations()), event.processedAt());
            out.add(KeyValue.pair(e.key(), m));
        }
        return out;
    }

    /**
     * How central an entity is to its article, 0..1: 0.6 × its mentions relative to the article's most-mentioned
     * entity, plus 0.4 × how early it is first mentioned (1 at the start of the text, 0 at its end). News puts what a
     * piece is about first and names it most often; both cues are cheap and need nothing the tagger does not give.
     * Rounded to three decimals so a re-processed article gives byte-identical records.
     */
    static double salience(List<Mention> mentions, int mostMentions, int textLength) {
        if (mentions.isEmpty() || mostMentions == 0) {
            return 0.0;
        }
        double frequency = (double) mentions.size() / mostMentions;
        int first = mentions.stream().mapToInt(Mention::start).min().orElse(0);
        double position = textLength == 0 ? 1.0 : 1.0 - Math.min(1.0, (double) first / textLength);
        return Math.round((0.6 * frequency + 0.4 * position) * 1000) / 1000.0;
    }

    static EntityMention.AwardSummary summary(List<AwardRecord> nominations) {
        if (nominations == null) {
            return new EntityMention.AwardSummary(0, 0);
        }
        int wins = (int) nominations.stream().filter(AwardRecord::won).count();
        return new EntityMention.AwardSummary(nominations.size(), wins);
    }
}
