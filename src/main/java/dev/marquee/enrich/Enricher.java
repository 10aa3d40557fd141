package dev.marquee.enrich;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.claims.AwardClaims;
import dev.marquee.claims.ClaimSubject;
import dev.marquee.ingest.Article;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.TaggedEntity;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the entities tagged in an article with the awards reference: every linked film and person gets the
 * nominations that name it, and the award claims the text makes about them are checked against the same table.
 * A pure function of its inputs and the clock, so the stream app and the batch
 * {@code tag} command produce the same event.
 */
public final class Enricher {

    /**
     * {@code processed_at}: UTC, always with milliseconds. {@link Instant#toString} drops a zero fraction and prints
     * 3, 6 or 9 digits otherwise, so "…41.123Z" sorted after "…41.123456Z" as a string; with one width, string order
     * is time order for every reader.
     */
    static final DateTimeFormatter PROCESSED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final AwardsLookup awards;
    private final AwardClaims claims;
    private final Clock clock;
    private final String appVersion;

    public Enricher(AwardsLookup awards, Clock clock, String appVersion) {
        this.awards = awards;
        this.claims = new AwardClaims(awards);
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
                article.language(), article.text(), entities, claims.check(article.text(), tagged.stream().map(ClaimSubject::of).toList()),
                processedAt(Instant.now(clock)), appVersion);
    }

    private List<EnrichedArticle.AwardRecord> awardRecords(TaggedEntity entity) {
        if (entity.type() == EntityType.AWARD || entity.id() == null) {
            return List.of();
        }
        List<Nomination> nominations = awards.nominationsOf(entity.id());
        List<EnrichedArticle.AwardRecord> records = new ArrayList<>(nominations.size());
        for (Nomination n : nominations) {
            records.add(awardRecord(n));
        }
        return records;
    }

    /** A reference nomination as enriched events (and the entity query) show it. */
    public static EnrichedArticle.AwardRecord awardRecord(Nomination n) {
        return new EnrichedArticle.AwardRecord(n.key(), n.body(), AwardBodies.displayName(n.body()), n.ceremony(),
                n.ceremonyYear(), n.filmYear(), n.category(), n.rawCategory(), n.won(), named(n.films()), named(n.nominees()),
                n.detail());
    }

    private static List<EnrichedArticle.Named> named(List<EntityRef> refs) {
        List<EnrichedArticle.Named> out = new ArrayList<>(refs.size());
        for (EntityRef r : refs) {
            out.add(new EnrichedArticle.Named(r.id(), r.name()));
        }
        return out;
    }

    static String processedAt(Instant now) {
        return PROCESSED_AT.format(now);
    }
}
