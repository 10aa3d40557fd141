package dev.marquee.enrich;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.ingest.Article;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;
import dev.marquee.tag.TaggedEntity;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EnricherTest {

    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final EntityRef PHOENIX = new EntityRef("nm0001618", "Joaquin Phoenix");

    private final ReferenceIndex index = ReferenceIndex.of(List.of(
            new Nomination("oscar-screenplay", AwardBodies.ACADEMY_AWARDS, 86, 2014, "2013", "SCREENPLAY", "WRITING (Original Screenplay)",
                    List.of(HER), List.of(JONZE), true, null),
            new Nomination("globe-actor", AwardBodies.GOLDEN_GLOBES, 71, 2014, "2013", "ACTOR_MUSICAL_COMEDY",
                    "Best Performance by an Actor in a Motion Picture - Musical or Comedy", List.of(HER), List.of(PHOENIX), false, null)));

    private final Enricher enricher = new Enricher(index, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC), "test");
    private final Article article = new Article("a1", "Title", null, "src", "2014-01", "en", "Her, by Spike Jonze.");

    private static TaggedEntity entity(EntityType type, String id, String name, int start, int end) {
        return new TaggedEntity(type, id == null ? "mq:x" : id, id, name, 0.9, 0.5, List.of(new Mention(start, end, name)),
                List.of(), List.of());
    }

    @Test
    void shouldJoinEveryNominationOfATaggedFilm() {
        EnrichedArticle out = enricher.enrich(article, List.of(entity(EntityType.FILM, "tt1798709", "Her", 0, 3)));
        List<EnrichedArticle.AwardRecord> nominations = out.entities().get(0).nominations();
        assertEquals(2, nominations.size());
        EnrichedArticle.AwardRecord oscar = nominations.stream().filter(n -> n.body().equals(AwardBodies.ACADEMY_AWARDS)).findFirst().orElseThrow();
        assertTrue(oscar.won());
        assertEquals(86, oscar.ceremony());
        assertEquals("Academy Awards", oscar.bodyName());
        assertEquals("nm0005069", oscar.nominees().get(0).id());
    }

    @Test
    void shouldJoinAPersonOnlyWithTheirOwnNominations() {
        EnrichedArticle out = enricher.enrich(article, List.of(entity(EntityType.PERSON, "nm0001618", "Joaquin Phoenix", 0, 3)));
        List<EnrichedArticle.AwardRecord> nominations = out.entities().get(0).nominations();
        assertEquals(1, nominations.size());
        assertEquals(AwardBodies.GOLDEN_GLOBES, nominations.get(0).body());
        assertEquals("Her", nominations.get(0).films().get(0).name());
    }

    @Test
    void shouldLeaveUnlinkedPeopleAndAwardsWithoutNominations() {
        EnrichedArticle out = enricher.enrich(article, List.of(
                entity(EntityType.PERSON, null, "Maurice Sendak", 0, 3),
                entity(EntityType.AWARD, AwardBodies.ACADEMY_AWARDS, "Academy Awards", 5, 8)));
        assertTrue(out.entities().get(0).nominations().isEmpty());
        assertTrue(out.entities().get(1).nominations().isEmpty());
    }

    @Test
    void shouldCarryArticleMetadataProcessingTimeAndVersion() {
        EnrichedArticle out = enricher.enrich(article, List.of());
        assertEquals("a1", out.articleId());
        assertEquals("2014-01", out.publishedAt());
        assertEquals("Her, by Spike Jonze.", out.text());
        assertEquals("2026-01-01T00:00:00.000Z", out.processedAt());
        assertEquals("test", out.appVersion());
    }

    @Test
    void shouldWriteTheProcessingTimeAtOneWidthSoItsStringsSortInTimeOrder() {
        List<Instant> times = List.of(Instant.parse("2026-12-02T15:22:41Z"), Instant.parse("2026-12-02T15:22:41.000123Z"),
                Instant.parse("2026-12-02T15:22:41.12Z"), Instant.parse("2026-12-02T15:22:41.123456Z"),
                Instant.parse("2026-12-02T15:22:41.5Z"), Instant.parse("2026-12-02T15:22:42Z"));
        List<String> written = times.stream().map(Enricher::processedAt).toList();

        assertEquals(List.of("2026-12-02T15:22:41.000Z", "2026-12-02T15:22:41.000Z", "2026-12-02T15:22:41.120Z",
                "2026-12-02T15:22:41.123Z", "2026-12-02T15:22:41.500Z", "2026-12-02T15:22:42.000Z"), written);
        assertEquals(written.stream().sorted().toList(), written, "string order is time order");
        written.forEach(w -> assertEquals(w, Enricher.processedAt(Instant.parse(w)), "an ISO-8601 instant that reads back the same"));
    }
}
