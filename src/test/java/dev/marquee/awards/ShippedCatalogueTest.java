package dev.marquee.awards;

import dev.marquee.tag.CatalogueEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped awards and film catalogue in one index, as the tag command builds it. */
class ShippedCatalogueTest {

    private static ReferenceIndex index;

    @BeforeAll
    static void build() {
        index = ReferenceIndex.of(AwardsData.loadShipped().nominations(), FilmsData.loadShipped().films());
    }

    @Test
    void shouldMakeTheCatalogueHerTheOscarHerWithItsDirectorCastAndNominations() {
        CatalogueEntry her = index.byId("tt1798709");

        assertEquals("Her", her.name());
        assertEquals(2013, her.year());
        assertTrue(her.relatedIds().containsAll(List.of("nm0005069", "nm0001618")), her.relatedIds().toString());
        assertFalse(index.nominationsOf(her.id()).isEmpty());
        assertTrue(index.byId("nm0001618").relatedIds().contains(her.id()));
        assertEquals(null, index.byId("mq:film:her:2013"));
    }

    @Test
    void shouldKeepTheTelevisionTitanicApartFromCameronsOscarFilm() {
        List<String> titanics = index.lookup("titanic").stream().map(CatalogueEntry::id).toList();

        assertTrue(titanics.containsAll(List.of("tt0120338", "mq:film:titanic:1996")), titanics.toString());
        assertTrue(index.byId("tt0120338").relatedIds().contains("nm0000116"), "James Cameron");
    }

    @Test
    void shouldHoldEveryFilmAndReportHowManyJoinedTheAwards() {
        FilmCatalogue.Stats stats = index.filmStats();

        assertEquals(98_407, index.filmCount());
        assertEquals(98_407, stats.films());
        assertTrue(stats.filmsWithImdbId() > 4_000, stats.toString());
        assertTrue(stats.filmsMergedWithOwnIds() > 500, stats.toString());
        assertTrue(stats.people() > 25_000, stats.toString());
    }
}
