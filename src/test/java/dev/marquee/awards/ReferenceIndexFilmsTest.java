package dev.marquee.awards;

import dev.marquee.tag.CatalogueEntry;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Names;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The film catalogue inside the {@link ReferenceIndex}: joining Oscar and Golden Globe films, people, updates. */
class ReferenceIndexFilmsTest {

    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final EntityRef PHOENIX = new EntityRef("nm0001618", "Joaquin Phoenix");
    private static final EntityRef WALK_THE_LINE = new EntityRef("tt0358273", "Walk the Line");
    private static final EntityRef TITANIC = new EntityRef("tt0120338", "Titanic");
    private static final EntityRef CAMERON = new EntityRef("nm0000116", "James Cameron");

    private static final Nomination HER_SCREENPLAY = oscar("academy-awards:86:screenplay:her", "2013", HER, JONZE);
    private static final Nomination PHOENIX_ACTOR = oscar("academy-awards:78:actor:phoenix", "2005", WALK_THE_LINE, PHOENIX);
    private static final Nomination TITANIC_DIRECTING = oscar("academy-awards:70:directing:titanic", "1997", TITANIC, CAMERON);

    private static final FilmRecord HER_FILM = film("film:her:2013", "Her", 2013, List.of("Spike Jonze"),
            List.of("Rooney Mara", "Amy Adams", "Joaquin Phoenix"));

    private static Nomination oscar(String key, String filmYear, EntityRef film, EntityRef nominee) {
        return new Nomination(key, AwardBodies.ACADEMY_AWARDS, 1, Integer.parseInt(filmYear) + 1, filmYear, "X", "X",
                List.of(film), List.of(nominee), false, null);
    }

    private static FilmRecord film(String key, String title, Integer year, List<String> directors, List<String> cast) {
        return new FilmRecord(key, title, year, directors, cast, List.of("United States"), "https://en.wikipedia.org/wiki/x",
                List.of("wikipedia-movie-data"));
    }

    @Test
    void shouldMakeTheCatalogueFilmTheOscarFilmOfTheSameTitleAndYear() {
        ReferenceIndex index = ReferenceIndex.of(List.of(HER_SCREENPLAY, PHOENIX_ACTOR), List.of(HER_FILM));

        CatalogueEntry her = index.byId(HER.id());
        assertEquals("Her", her.name());
        assertEquals(2013, her.year());
        assertEquals(List.of(her), index.lookup("her"));
        assertNull(index.byId("mq:film:her:2013"));
        assertEquals(List.of(HER_SCREENPLAY), index.nominationsOf(her.id()));
        // Jonze and Phoenix are the one Oscar nominee of their names, so they keep their IMDb ids.
        assertEquals(Set.of(JONZE.id(), PHOENIX.id(), "mq:person:rooney-mara", "mq:person:amy-adams"), her.relatedIds());
        assertEquals(Set.of(WALK_THE_LINE.id(), HER.id()), index.byId(PHOENIX.id()).relatedIds());
        CatalogueEntry mara = index.byId("mq:person:rooney-mara");
        assertEquals(EntityType.PERSON, mara.type());
        assertEquals("Rooney Mara", mara.name());
        assertEquals(Set.of(HER.id()), mara.relatedIds());
        assertEquals(List.of(mara), index.lookup("rooney mara"));
        assertTrue(index.isGivenName("rooney"));
    }

    @Test
    void shouldBuildTheSameIndexWhicheverTopicArrivesFirst() {
        List<Nomination> awards = List.of(HER_SCREENPLAY, PHOENIX_ACTOR, TITANIC_DIRECTING);
        // The Master is no Oscar film: only its credit of Phoenix, an Oscar nominee for another film, links it anew.
        List<FilmRecord> films = List.of(HER_FILM, film("film:titanic:1997", "Titanic", 1997, List.of("James Cameron"), List.of("Kate Winslet")),
                film("film:titanic:1996", "Titanic", 1996, List.of("Robert Lieberman"), List.of("Catherine Zeta-Jones")),
                film("film:the-master:2012", "The Master", 2012, List.of("Paul Thomas Anderson"), List.of("Joaquin Phoenix")));
        ReferenceIndex awardsFirst = ReferenceIndex.of(awards, films);
        ReferenceIndex filmsFirst = new ReferenceIndex();
        films.forEach(filmsFirst::upsertFilm);
        awards.forEach(filmsFirst::upsert);
        // As the stream app restores its two topics: one bulk load per topic, in either order.
        ReferenceIndex filmsFirstInBulk = new ReferenceIndex();
        inBulk(filmsFirstInBulk, () -> films.forEach(filmsFirstInBulk::upsertFilm));
        inBulk(filmsFirstInBulk, () -> awards.forEach(filmsFirstInBulk::upsert));
        ReferenceIndex awardsFirstInBulk = new ReferenceIndex();
        inBulk(awardsFirstInBulk, () -> awards.forEach(awardsFirstInBulk::upsert));
        inBulk(awardsFirstInBulk, () -> films.forEach(awardsFirstInBulk::upsertFilm));

        // Both topics in one bulk load, as the batch path loads them, but the films first.
        ReferenceIndex filmsFirstInOneBulk = new ReferenceIndex();
        inBulk(filmsFirstInOneBulk, () -> {
            films.forEach(filmsFirstInOneBulk::upsertFilm);
            awards.forEach(filmsFirstInOneBulk::upsert);
        });

        for (ReferenceIndex other : List.of(filmsFirst, filmsFirstInBulk, awardsFirstInBulk, filmsFirstInOneBulk)) {
            assertSameEntries(awardsFirst, other);
        }
    }

    @Test
    void shouldRelinkTheFilmsCreditingANameWhenItsFirstOscarNominationArrivesAfterABulkLoad() {
        ReferenceIndex index = new ReferenceIndex();
        inBulk(index, () -> index.upsert(HER_SCREENPLAY));
        inBulk(index, () -> index.upsertFilm(HER_FILM));
        assertTrue(index.byId(HER.id()).relatedIds().contains("mq:person:joaquin-phoenix"));

        index.upsert(PHOENIX_ACTOR);

        assertSameEntries(ReferenceIndex.of(List.of(HER_SCREENPLAY, PHOENIX_ACTOR), List.of(HER_FILM)), index);
        assertTrue(index.byId(HER.id()).relatedIds().contains(PHOENIX.id()));
        assertNull(index.byId("mq:person:joaquin-phoenix"));
    }

    /**
     * The bulk path takes shortcuts (titles resolved once at the end, a first sight of a film only noted); on real
     * data it must still give what applying the same records one at a time gives, replacements and removals included.
     */
    @Test
    void shouldBuildTheSameIndexFromTheShippedDataInOneBulkLoadAsRecordByRecord() {
        List<Nomination> awards = AwardsData.loadShipped().nominations();
        List<FilmRecord> films = new ArrayList<>();
        List<FilmRecord> catalogue = FilmsData.loadShipped().films();
        for (int i = 0; i < catalogue.size(); i += 25) {
            films.add(catalogue.get(i));
        }
        // Films sent again with another year and the credits swapped, and one sent and then deleted, as a compacted
        // topic holds them before it is compacted.
        Consumer<ReferenceIndex> load = index -> {
            awards.forEach(index::upsert);
            films.forEach(index::upsertFilm);
            films.subList(0, 40).forEach(f -> index.upsertFilm(new FilmRecord(f.key(), f.title(), f.year() == null ? null : f.year() + 1,
                    f.cast(), f.directors(), List.of(), null, List.of())));
            index.removeFilm(films.get(41).key());
        };
        ReferenceIndex recordByRecord = new ReferenceIndex();
        load.accept(recordByRecord);
        ReferenceIndex bulk = new ReferenceIndex();
        inBulk(bulk, () -> load.accept(bulk));

        assertEquals(recordByRecord.filmCount(), bulk.filmCount());
        assertEquals(recordByRecord.filmStats(), bulk.filmStats());
        Set<String> names = new HashSet<>();
        awards.forEach(n -> {
            n.films().forEach(f -> names.add(Names.normalize(f.name())));
            n.nominees().forEach(p -> names.add(Names.normalize(p.name())));
        });
        films.forEach(f -> {
            names.add(Names.normalize(f.title()));
            f.directors().forEach(d -> names.add(Names.normalize(d)));
            f.cast().forEach(c -> names.add(Names.normalize(c)));
        });
        int entries = 0;
        for (String name : names) {
            Set<CatalogueEntry> expected = Set.copyOf(recordByRecord.lookup(name));
            assertEquals(expected, Set.copyOf(bulk.lookup(name)), name);
            assertEquals(recordByRecord.isGivenName(name), bulk.isGivenName(name), name);
            for (CatalogueEntry entry : expected) {
                assertEquals(recordByRecord.nominationsOf(entry.id()), bulk.nominationsOf(entry.id()), entry.id());
                entries++;
            }
        }
        assertEquals(recordByRecord.maxNameTokens(), bulk.maxNameTokens());
        assertTrue(entries > 20_000, "entries compared: " + entries);
    }

    private static void inBulk(ReferenceIndex index, Runnable updates) {
        index.beginBulkLoad();
        updates.run();
        index.endBulkLoad();
    }

    private static void assertSameEntries(ReferenceIndex expected, ReferenceIndex actual) {
        List<String> ids = new ArrayList<>(List.of(HER.id(), PHOENIX.id(), JONZE.id(), TITANIC.id(), CAMERON.id(),
                "mq:film:titanic:1996", "mq:person:kate-winslet", "mq:person:rooney-mara", "mq:person:joaquin-phoenix"));
        for (String id : ids) {
            assertEquals(expected.byId(id), actual.byId(id), id);
        }
        for (String name : List.of("her", "titanic", "joaquin phoenix", "kate winslet")) {
            assertEquals(Set.copyOf(expected.lookup(name)), Set.copyOf(actual.lookup(name)), name);
        }
    }

    @Test
    void shouldGiveAnOscarFilmOnlyToTheRemakeOfItsYear() {
        ReferenceIndex index = ReferenceIndex.of(List.of(TITANIC_DIRECTING), List.of(
                film("film:titanic:1997", "Titanic", 1997, List.of("James Cameron"), List.of()),
                film("film:titanic:1996", "Titanic", 1996, List.of("Robert Lieberman"), List.of())));

        assertEquals(Set.of(TITANIC.id(), "mq:film:titanic:1996"), Set.copyOf(index.lookup("titanic").stream().map(CatalogueEntry::id).toList()));
        assertEquals(Set.of("mq:person:robert-lieberman"), index.byId("mq:film:titanic:1996").relatedIds());
    }

    @Test
    void shouldJoinAFilmAYearOffTheOscarsWhenNoOtherFilmOfTheTitleIsCloser() {
        ReferenceIndex index = ReferenceIndex.of(List.of(TITANIC_DIRECTING),
                List.of(film("film:titanic:1998", "Titanic", 1998, List.of("James Cameron"), List.of())));

        assertEquals(List.of(TITANIC.id()), index.lookup("titanic").stream().map(CatalogueEntry::id).toList());
        assertEquals(1997, index.byId(TITANIC.id()).year());
    }

    @Test
    void shouldMergeAGoldenGlobeOnlyFilmWithTheCatalogueFilmOfTheSameTitleAndYear() {
        String ownId = OwnIds.film("Gilded Lanterns", 2019);
        Nomination globe = new Nomination("golden-globe-awards:77:x", AwardBodies.GOLDEN_GLOBES, 77, 2020, "2019", "PICTURE", "Best Motion Picture",
                List.of(new EntityRef(ownId, "Gilded Lanterns")), List.of(), false, null);

        ReferenceIndex index = ReferenceIndex.of(List.of(globe),
                List.of(film("film:gilded-lanterns:2019", "Gilded Lanterns", 2019, List.of("Mara Quill"), List.of("Tobias Wren"))));

        CatalogueEntry lanterns = index.byId(ownId);
        assertEquals("mq:film:gilded-lanterns:2019", ownId);
        assertEquals(Set.of("mq:person:mara-quill", "mq:person:tobias-wren"), lanterns.relatedIds());
        assertEquals(List.of(globe), index.nominationsOf(ownId));
        assertEquals(List.of(lanterns), index.lookup("gilded lanterns"));
        assertEquals(1, index.filmStats().filmsMergedWithOwnIds());
    }

    @Test
    void shouldCountOnlyLinkedFilmsInTheStatsWhileABulkLoadIsOpen() {
        ReferenceIndex index = ReferenceIndex.of(List.of(HER_SCREENPLAY), List.of(HER_FILM));
        index.beginBulkLoad();

        index.upsertFilm(film("film:gilded-lanterns:2019", "Gilded Lanterns", 2019, List.of("Mara Quill"), List.of("Tobias Wren")));

        FilmCatalogue.Stats stats = index.filmStats();
        assertEquals(2, stats.films(), "both films are held");
        assertEquals(1, stats.filmsWithImdbId(), "the film of the open load is not linked yet, so it is not counted");
    }

    @Test
    void shouldReplaceAndRemoveAFilmWithoutRebuilding() {
        ReferenceIndex index = ReferenceIndex.of(List.of(HER_SCREENPLAY), List.of(HER_FILM));

        index.upsertFilm(film(HER_FILM.key(), "Her", 2013, List.of("Spike Jonze"), List.of("Scarlett Johansson")));

        assertEquals(1, index.filmCount());
        assertNull(index.byId("mq:person:rooney-mara"));
        assertEquals(List.of(), index.lookup("rooney mara"));
        assertEquals(Set.of(JONZE.id(), "mq:person:scarlett-johansson"), index.byId(HER.id()).relatedIds());

        index.removeFilm(HER_FILM.key());

        assertEquals(0, index.filmCount());
        assertNull(index.byId("mq:person:scarlett-johansson"));
        assertEquals(Set.of(JONZE.id()), index.byId(HER.id()).relatedIds());
        assertEquals(List.of(HER_SCREENPLAY), index.nominationsOf(HER.id()));
    }

    @Test
    void shouldGiveTheCatalogueFilmItsOwnIdBackWhenTheOscarNominationGoes() {
        ReferenceIndex index = ReferenceIndex.of(List.of(HER_SCREENPLAY), List.of(HER_FILM));

        index.remove(HER_SCREENPLAY.key());

        assertNull(index.byId(HER.id()));
        assertNull(index.byId(JONZE.id()));
        CatalogueEntry her = index.byId("mq:film:her:2013");
        assertEquals(2013, her.year());
        assertTrue(her.relatedIds().contains("mq:person:spike-jonze"), her.toString());
        assertEquals(Set.of("mq:film:her:2013"), index.byId("mq:person:spike-jonze").relatedIds());
    }

    @Test
    void shouldLeaveAFilmWithoutAYearToItsOwnId() {
        ReferenceIndex index = ReferenceIndex.of(List.of(HER_SCREENPLAY), List.of(film("film:her:unknown", "Her", null, List.of(), List.of())));

        assertEquals(Set.of(HER.id(), "mq:film:her:unknown"), Set.copyOf(index.lookup("her").stream().map(CatalogueEntry::id).toList()));
        assertNull(index.byId("mq:film:her:unknown").year());
    }
}
