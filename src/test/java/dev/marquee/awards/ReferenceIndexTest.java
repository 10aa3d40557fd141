package dev.marquee.awards;

import dev.marquee.tag.CatalogueEntry;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Names;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceIndexTest {

    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final EntityRef PHOENIX = new EntityRef("nm0001618", "Joaquin Phoenix");

    private static Nomination nomination(String key, String body, int ceremonyYear, EntityRef film, EntityRef... nominees) {
        return new Nomination(key, body, 1, ceremonyYear, String.valueOf(ceremonyYear - 1), "SCREENPLAY", "raw",
                List.of(film), List.of(nominees), false, null);
    }

    @Test
    void shouldIndexFilmsAndPeopleOfAnUpsert() {
        ReferenceIndex index = new ReferenceIndex();
        index.upsert(nomination("k1", AwardBodies.ACADEMY_AWARDS, 2014, HER, JONZE));

        CatalogueEntry her = index.byId(HER.id());
        assertEquals(EntityType.FILM, her.type());
        assertEquals(2013, her.year());
        assertEquals(Set.of(JONZE.id()), her.relatedIds());
        assertEquals(EntityType.PERSON, index.byId(JONZE.id()).type());
        assertEquals(List.of(her), index.lookup("her"));
        assertEquals(List.of(index.byId(JONZE.id())), index.lookup("spike jonze"));
        assertEquals(2, index.maxNameTokens());
        assertEquals(1, index.nominationsOf(JONZE.id()).size());
    }

    @Test
    void shouldBoundNameLengthByFirstWord() {
        ReferenceIndex index = ReferenceIndex.of(List.of(nomination("k1", AwardBodies.ACADEMY_AWARDS, 2014, HER, JONZE, PHOENIX)));

        assertEquals(2, index.maxNameTokens("spike"), "Spike Jonze");
        assertEquals(1, index.maxNameTokens("her"));
        assertEquals(0, index.maxNameTokens("jonze"), "no name starts with the surname");
        assertEquals(0, index.maxNameTokens("unknown"));
    }

    @Test
    void shouldReplaceTheNominationOfTheSameKey() {
        ReferenceIndex index = new ReferenceIndex();
        index.upsert(nomination("k1", AwardBodies.GOLDEN_GLOBES, 2014, HER, PHOENIX));
        index.upsert(nomination("k1", AwardBodies.GOLDEN_GLOBES, 2014, HER, JONZE));

        assertEquals(1, index.size());
        assertEquals(List.of(), index.nominationsOf(PHOENIX.id()));
        assertNull(index.byId(PHOENIX.id()));
        assertEquals(List.of(), index.lookup("joaquin phoenix"));
        assertEquals(Set.of(JONZE.id()), index.byId(HER.id()).relatedIds());
    }

    @Test
    void shouldForgetEntitiesOnlyTheRemovedNominationNamed() {
        ReferenceIndex index = ReferenceIndex.of(List.of(
                nomination("k1", AwardBodies.ACADEMY_AWARDS, 2014, HER, JONZE),
                nomination("k2", AwardBodies.GOLDEN_GLOBES, 2014, HER, PHOENIX)));

        index.remove("k2");
        index.remove("no-such-key");

        assertEquals(1, index.size());
        assertNull(index.byId(PHOENIX.id()));
        assertEquals(List.of(), index.lookup("joaquin phoenix"));
        assertEquals(Set.of(JONZE.id()), index.byId(HER.id()).relatedIds());
        index.remove("k1");
        assertNull(index.byId(HER.id()));
        assertEquals(List.of(), index.lookup("her"));
    }

    @Test
    void shouldListNominationsOfAnEntityOldestCeremonyFirst() {
        ReferenceIndex index = ReferenceIndex.of(List.of(
                nomination("late", AwardBodies.ACADEMY_AWARDS, 2020, HER, JONZE),
                nomination("early", AwardBodies.ACADEMY_AWARDS, 2000, HER, JONZE)));

        assertEquals(List.of("early", "late"), index.nominationsOf(JONZE.id()).stream().map(Nomination::key).toList());
    }

    @Test
    void shouldPreferTheOscarSpellingOfAFilmNamedByBothBodies() {
        EntityRef globes = new EntityRef("tt0386117", "Where The Wild Things Are");
        EntityRef oscars = new EntityRef("tt0386117", "Where the Wild Things Are");
        ReferenceIndex index = new ReferenceIndex();
        index.upsert(nomination("gg", AwardBodies.GOLDEN_GLOBES, 2009, globes, JONZE));
        index.upsert(nomination("aa", AwardBodies.ACADEMY_AWARDS, 2010, oscars, JONZE));

        assertEquals("Where the Wild Things Are", index.byId("tt0386117").name());
        assertEquals(2009, index.byId("tt0386117").year());
        assertEquals(1, index.lookup(Names.normalize("Where the Wild Things Are")).size());
    }

    @Test
    void shouldIndexTheFullShippedDataQuickly() {
        AwardsData data = AwardsData.loadShipped();
        long start = System.nanoTime();
        ReferenceIndex index = ReferenceIndex.of(data.nominations());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertEquals(data.nominations().size(), index.size());
        assertEquals("Her", index.byId("tt1798709").name());
        assertEquals(8, index.nominationsOf("tt1798709").size());
        assertTrue(index.lookup("her").stream().anyMatch(e -> e.id().equals("tt1798709")));
        assertTrue(millis < 5_000, "indexing took " + millis + " ms");
    }
}
