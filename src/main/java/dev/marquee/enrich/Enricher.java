package dev.marquee.enrich;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.ingest.Article;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.TaggedEntity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the entities tagged in an article with the awards reference: every linked film and person gets the
 * nominations that name it. A pure function of its inputs and the clock, so the stream app and the batch
 * {@code tag} command produce the same event.
 */
public final class Enricher {

    private final AwardsLookup awards;
    private final Clock clock;
    private final String appVersion;

    public Enricher(AwardsLookup awards, Clock clock, String appVersion) {
        this.awards = awards;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    public EnrichedArticle enrich(Article article, List<TaggedEntity> tagged) {
        List<EnrichedArticle.Entity> entities = new ArrayList<>(tagged.size());
        for (TaggedEntity t : tagged) {
            entities.add(new EnrichedArticle.Entity(t.type(), t.key(), t.id(), t.name(), t.confidence(), t.salience(), t.mentions(),
                    t.ceremonies(), t.categories(), awardRecords(t)));
        }
        return new EnrichedArticle(article.id(), article.title(), article.url(), article.source(), article.publishedAt(),
                article.language(), article.text(), entities, Instant.now(clock).toString(), appVersion);
    }

    private List<EnrichedArticle.AwardRecord> awardRecords(TaggedEntity entity) {
        if (entity.type() == EntityType.AWARD || entity.id() == null) {
            return List.of();
        }
        List<Nomination> nominations = awards.nominationsOf(entity.id());
        List<EnrichedArticle.AwardRecord> records = new ArrayList<>(nominations.size());
        for (Nomination n : nominations) {
            records.add(new EnrichedArticle.AwardRecord(n.key(), n.body(), AwardBodies.displayName(n.body()), n.ceremony(),
                    n.ceremonyYear(), n.filmYear(), n.category(), n.rawCategory(), n.won(), named(n.films()), named(n.nominees()),
                    n.detail()));
        }
        return records;
    }

    private static List<EnrichedArticle.Named> named(List<EntityRef> refs) {
        List<EnrichedArticle.Named> out = new ArrayList<>(refs.size());
        for (EntityRef r : refs) {
            out.add(new EnrichedArticle.Named(r.id(), r.name()));
        }
        return out;
    }
}
