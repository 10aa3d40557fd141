package dev.marquee.tag;

import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.ingest.Article;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TaggerTest {

    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final EntityRef MALKOVICH_FILM = new EntityRef("tt0120601", "Being John Malkovich");
    private static final EntityRef ADAPTATION = new EntityRef("tt0268126", "Adaptation.");
    private static final EntityRef KAUFMAN = new EntityRef("nm0442109", "Charlie Kaufman");
    private static final EntityRef JOKER = new EntityRef("tt7286456", "Joker");
    private static final EntityRef PHOENIX = new EntityRef("nm0001618", "Joaquin Phoenix");
    private static final EntityRef WOLF = new EntityRef("tt0993846", "The Wolf of Wall Street");
    private static final EntityRef DICAPRIO = new EntityRef("nm0000138", "Leonardo DiCaprio");
    private static final EntityRef ODYSSEY = new EntityRef("tt0062622", "2001: A Space Odyssey");
    private static final EntityRef KUBRICK = new EntityRef("nm0000040", "Stanley Kubrick");
    private static final EntityRef GRAVITY = new EntityRef("tt1454468", "Gravity");
    private static final EntityRef CUARON = new EntityRef("nm0190859", "Alfonso Cuarón");
    private static final EntityRef LOST = new EntityRef("tt0335266", "Lost in Translation");
    private static final EntityRef COPPOLA = new EntityRef("nm0001068", "Sofia Coppola");
    private static final EntityRef MARK_RUFFALO = new EntityRef("nm0749263", "Mark Ruffalo");
    private static final EntityRef SPOTLIGHT = new EntityRef("tt1895587", "Spotlight");
    // Titles that are also first names or the start of company names.
    private static final EntityRef MAURICE = new EntityRef("tt0093512", "Maurice");
    private static final EntityRef JAMES_IVORY = new EntityRef("nm0412465", "James Ivory");
    private static final EntityRef THE_BOX = new EntityRef("tt0362478", "The Box");
    private static final EntityRef THE_MARK = new EntityRef("tt0055146", "The Mark");
    private static final EntityRef STUART_WHITMAN = new EntityRef("nm0926183", "Stuart Whitman");
    // Two people of one name, told apart by their films.
    private static final EntityRef TWELVE_YEARS = new EntityRef("tt2024544", "12 Years a Slave");
    private static final EntityRef MCQUEEN_DIRECTOR = new EntityRef("nm2588606", "Steve McQueen");
    private static final EntityRef SAND_PEBBLES = new EntityRef("tt0060934", "The Sand Pebbles");
    private static final EntityRef MCQUEEN_ACTOR = new EntityRef("nm0000537", "Steve McQueen");
    private static final EntityRef FEBRUARY_14 = new EntityRef("tt0000014", "February 14");
    private static final EntityRef JOHN_MALKOVICH = new EntityRef("nm0000518", "John Malkovich");
    private static final EntityRef TAXI_DRIVER = new EntityRef("tt0075314", "Taxi Driver");
    private static final EntityRef DE_NIRO = new EntityRef("nm0000134", "Robert De Niro");
    private static final EntityRef DESPICABLE_ME = new EntityRef("tt1323594", "Despicable Me");
    private static final EntityRef STEVE_CARELL = new EntityRef("nm0136797", "Steve Carell");
    private static final EntityRef NINETEEN_SEVENTEEN = new EntityRef("tt8579674", "1917");
    private static final EntityRef SAM_MENDES = new EntityRef("nm0005222", "Sam Mendes");
    private static final EntityRef FRIDAY = new EntityRef("tt0113118", "Friday");
    private static final EntityRef ICE_CUBE = new EntityRef("nm0001084", "Ice Cube");
    private static final EntityRef OPPENHEIMER = new EntityRef("tt15398776", "Oppenheimer");
    private static final EntityRef NOLAN = new EntityRef("nm0634240", "Christopher Nolan");
    // The awards data names some nominees by company id, and the same company elsewhere without an id.
    private static final EntityRef WARNER_COMPANY = new EntityRef("co0080422", "Warner Bros.");
    private static final EntityRef WARNER_OWN_ID = new EntityRef("mq:person:warner-bros", "Warner Bros.");
    private static final EntityRef CASABLANCA = new EntityRef("tt0034583", "Casablanca");
    // A title that names a place, one not in the catalogue's words, and one that is an adverb.
    private static final EntityRef CHICAGO = new EntityRef("tt0299658", "Chicago");
    private static final EntityRef ROB_MARSHALL = new EntityRef("nm0551128", "Rob Marshall");
    private static final EntityRef CONCLAVE = new EntityRef("tt20215234", "Conclave");
    private static final EntityRef RALPH_FIENNES = new EntityRef("nm0000146", "Ralph Fiennes");
    private static final EntityRef MEANWHILE = new EntityRef("tt0000101", "Meanwhile");
    private static final EntityRef AFTER = new EntityRef("tt0000102", "After");
    private static final EntityRef FOUR_LITTLE_GIRLS = new EntityRef("tt0118540", "4 Little Girls");
    // Given names for the unlisted-name rules: a month and a place word among them, as in the shipped catalogue.
    private static final EntityRef MAY_WHITTY = new EntityRef("nm0926000", "May Whitty");
    private static final EntityRef LOUISA_HART = new EntityRef("nm9000001", "Louisa Hart");
    private static final EntityRef NORTH_HART = new EntityRef("nm9000002", "North Hart");
    // Titles inside longer titles, and a place the films data credits as a director.
    private static final EntityRef SOUND = new EntityRef("tt0000103", "Sound");
    private static final EntityRef FREEDOM = new EntityRef("tt0000104", "Freedom");
    private static final EntityRef SOUTH_KOREAN = new EntityRef("nm9000003", "South Korean");
    private static final EntityRef BROOKLYN = new EntityRef("tt2381111", "Brooklyn");
    private static final EntityRef ROOM = new EntityRef("tt3170832", "Room");
    private static final EntityRef THE_MARTIAN = new EntityRef("tt3659388", "The Martian");
    private static final EntityRef RIDLEY_SCOTT = new EntityRef("nm0000631", "Ridley Scott");
    // Hyphens the tokenizer splits unevenly: "Spider", "-Verse"; "Chan", "-", "wook".
    private static final EntityRef SPIDER_VERSE = new EntityRef("tt9362722", "Spider-Man: Across the Spider-Verse");
    private static final EntityRef PARK_CHAN_WOOK = new EntityRef("nm0661791", "Park Chan-wook");
    // A title that is an abbreviation, one that is a pronoun, and a one-word name from a cast list.
    private static final EntityRef GEN = new EntityRef("tt0000105", "Gen");
    private static final EntityRef NOBODY = new EntityRef("tt0000106", "Nobody");
    private static final EntityRef MARIO = new EntityRef("nm9000004", "Mario");

    private static final Tagger TAGGER = new Tagger(ReferenceIndex.of(List.of(
            nomination("86-screenplay", 86, 2014, "2013", "WRITING (Original Screenplay)", HER, JONZE, true),
            nomination("72-director", 72, 2000, "1999", "DIRECTING", MALKOVICH_FILM, JONZE, false),
            nomination("75-adapted", 75, 2003, "2002", "WRITING (Adapted Screenplay)", ADAPTATION, KAUFMAN, false),
            nomination("92-actor", 92, 2020, "2019", "ACTOR IN A LEADING ROLE", JOKER, PHOENIX, true),
            nomination("86-actor", 86, 2014, "2013", "ACTOR IN A LEADING ROLE", WOLF, DICAPRIO, false),
            nomination("41-director", 41, 1969, "1968", "DIRECTING", ODYSSEY, KUBRICK, false),
            nomination("86-director", 86, 2014, "2013", "DIRECTING", GRAVITY, CUARON, true),
            nomination("76-screenplay", 76, 2004, "2003", "WRITING (Original Screenplay)", LOST, COPPOLA, true),
            nomination("88-supporting", 88, 2016, "2015", "ACTOR IN A SUPPORTING ROLE", SPOTLIGHT, MARK_RUFFALO, false),
            nomination("60-costume", 60, 1988, "1987", "COSTUME DESIGN", MAURICE, JAMES_IVORY, false),
            nomination("82-short", 82, 2010, "2009", "SHORT FILM", THE_BOX, JONZE, false),
            nomination("34-actor", 34, 1962, "1961", "ACTOR", THE_MARK, STUART_WHITMAN, false),
            nomination("86-picture", 86, 2014, "2013", "BEST PICTURE", TWELVE_YEARS, MCQUEEN_DIRECTOR, true),
            nomination("39-actor", 39, 1967, "1966", "ACTOR", SAND_PEBBLES, MCQUEEN_ACTOR, false),
            nomination("70-short", 70, 1998, "1997", "SHORT FILM", FEBRUARY_14, JONZE, false),
            nomination("72-cast", 72, 2000, "1999", "ACTOR", MALKOVICH_FILM, JOHN_MALKOVICH, false),
            nomination("49-actor", 49, 1977, "1976", "ACTOR", TAXI_DRIVER, DE_NIRO, false),
            nomination("83-animated", 83, 2011, "2010", "ANIMATED FEATURE FILM", DESPICABLE_ME, STEVE_CARELL, false),
            nomination("92-director", 92, 2020, "2019", "DIRECTING", NINETEEN_SEVENTEEN, SAM_MENDES, false),
            nomination("68-song", 68, 1996, "1995", "MUSIC (Original Song)", FRIDAY, ICE_CUBE, false),
            nomination("96-director", 96, 2024, "2023", "DIRECTING", OPPENHEIMER, NOLAN, true),
            nomination("16-picture", 16, 1944, "1943", "OUTSTANDING MOTION PICTURE", CASABLANCA, WARNER_COMPANY, true),
            nomination("16-picture-listed", 16, 1944, "1943", "OUTSTANDING MOTION PICTURE", CASABLANCA, WARNER_OWN_ID, true),
            nomination("75-director", 75, 2003, "2002", "DIRECTING", CHICAGO, ROB_MARSHALL, false),
            nomination("97-actor", 97, 2025, "2024", "ACTOR IN A LEADING ROLE", CONCLAVE, RALPH_FIENNES, false),
            nomination("1-short", 1, 1929, "1928", "SHORT FILM", MEANWHILE, STUART_WHITMAN, false),
            nomination("2-short", 2, 1930, "1929", "SHORT FILM", AFTER, STUART_WHITMAN, false),
            nomination("70-documentary", 70, 1998, "1997", "DOCUMENTARY", FOUR_LITTLE_GIRLS, JAMES_IVORY, false),
            nomination("10-supporting", 10, 1938, "1937", "ACTRESS IN A SUPPORTING ROLE", THE_MARK, MAY_WHITTY, false),
            nomination("11-supporting", 11, 1939, "1938", "ACTRESS IN A SUPPORTING ROLE", THE_MARK, LOUISA_HART, false),
            nomination("12-supporting", 12, 1940, "1939", "ACTOR IN A SUPPORTING ROLE", THE_MARK, NORTH_HART, false),
            nomination("3-short", 3, 1931, "1930", "SHORT FILM", SOUND, STUART_WHITMAN, false),
            nomination("4-short", 4, 1932, "1931", "SHORT FILM", FREEDOM, STUART_WHITMAN, false),
            nomination("5-short", 5, 1933, "1932", "SHORT FILM", THE_MARK, SOUTH_KOREAN, false),
            nomination("88-picture", 88, 2016, "2015", "BEST PICTURE", BROOKLYN, STUART_WHITMAN, false),
            nomination("88-picture-room", 88, 2016, "2015", "BEST PICTURE", ROOM, STUART_WHITMAN, false),
            nomination("88-picture-martian", 88, 2016, "2015", "BEST PICTURE", THE_MARTIAN, RIDLEY_SCOTT, false),
            nomination("96-animated", 96, 2024, "2023", "ANIMATED FEATURE FILM", SPIDER_VERSE, STUART_WHITMAN, false),
            nomination("6-short", 6, 1934, "1933", "SHORT FILM", THE_MARK, PARK_CHAN_WOOK, false),
            nomination("7-short", 7, 1935, "1934", "SHORT FILM", GEN, STUART_WHITMAN, false),
            nomination("8-short", 8, 1936, "1935", "SHORT FILM", NOBODY, MARIO, false))));

    private static Nomination nomination(String key, int ceremony, int year, String filmYear, String category,
                                         EntityRef film, EntityRef person, boolean won) {
        return new Nomination(key, "academy-awards", ceremony, year, filmYear, category, category,
                List.of(film), List.of(person), won, null);
    }

    private static List<TaggedEntity> tag(String text) {
        return tag(new Article("a1", "t", null, "test", null, "en", text));
    }

    private static List<TaggedEntity> tag(Article article) {
        String text = article.text();
        List<TaggedEntity> entities = TAGGER.tag(article);
        for (TaggedEntity e : entities) {
            for (Mention m : e.mentions()) {
                assertEquals(m.text(), text.substring(m.start(), m.end()), "mention offsets of " + e.name());
            }
        }
        return entities;
    }

    private static Optional<TaggedEntity> find(List<TaggedEntity> entities, EntityType type, String name) {
        return entities.stream().filter(e -> e.type() == type && e.name().equals(name)).findFirst();
    }

    private static boolean has(List<TaggedEntity> entities, EntityType type, String name) {
        return find(entities, type, name).isPresent();
    }

    @Test
    void pronounHerIsNotTheFilm() {
        List<TaggedEntity> e = tag("Spike Jonze met the actress and told her the film was finished. "
                + "Her mother said she loved the movie.");
        assertTrue(has(e, EntityType.PERSON, "Spike Jonze"));
        assertFalse(has(e, EntityType.FILM, "Her"), e.toString());
    }

    @Test
    void herAsSentenceSubjectBeforeAVerbIsTheFilm() {
        List<TaggedEntity> e = tag("Her opens in cinemas next month.");
        TaggedEntity her = find(e, EntityType.FILM, "Her").orElseThrow();
        assertEquals("tt1798709", her.id());
        assertEquals(List.of(new Mention(0, 3, "Her")), her.mentions());
    }

    @Test
    void herInAnAppositionIsTheFilm() {
        String text = "The buzz around his new film, Her, keeps growing, and critics praised Her again this week.";
        TaggedEntity her = find(tag(text), EntityType.FILM, "Her").orElseThrow();
        assertEquals(2, her.mentions().size(), her.toString());
        assertEquals(text.indexOf("Her,"), her.mentions().get(0).start());
    }

    @Test
    void ordinaryWordTitleNeedsFilmEvidence() {
        assertFalse(has(tag("Gravity pulls every object toward the ground, and Gravity is a force."), EntityType.FILM, "Gravity"));
        assertTrue(has(tag("Alfonso Cuarón is proud of Gravity, which won him an award."), EntityType.FILM, "Gravity"));
    }

    @Test
    void titleCaseAndPunctuationVariantsFindTheCanonicalTitle() {
        List<TaggedEntity> e = tag("He had a cameo in The Wolf Of Wall Street and still rewatches "
                + "2001: A Space Odyssey. Nobody forgets Adaptation (with Charlie Kaufman), or Lost In Translation.");
        assertTrue(has(e, EntityType.FILM, "The Wolf of Wall Street"), e.toString());
        assertTrue(has(e, EntityType.FILM, "2001: A Space Odyssey"), e.toString());
        assertTrue(has(e, EntityType.FILM, "Adaptation."), e.toString());
        assertTrue(has(e, EntityType.FILM, "Lost in Translation"), e.toString());
        Mention wolf = find(e, EntityType.FILM, "The Wolf of Wall Street").orElseThrow().mentions().get(0);
        assertEquals("The Wolf Of Wall Street", wolf.text());
    }

    @Test
    void curlyQuotesAccentsAndDashesStillMatch() {
        List<TaggedEntity> e = tag("Director Alfonso Cuaron’s “Gravity” — a hit — made Cuaron a star.");
        assertTrue(has(e, EntityType.FILM, "Gravity"), e.toString());
        TaggedEntity cuaron = find(e, EntityType.PERSON, "Alfonso Cuarón").orElseThrow();
        assertEquals(List.of("Alfonso Cuaron", "Cuaron"), cuaron.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void possessiveNamesAreLinkedWithoutTheApostrophe() {
        List<TaggedEntity> e = tag("It was Spike Jonze's idea, and Jonze's crew agreed.");
        TaggedEntity jonze = find(e, EntityType.PERSON, "Spike Jonze").orElseThrow();
        assertEquals(List.of("Spike Jonze", "Jonze"), jonze.mentions().stream().map(Mention::text).toList());
        assertEquals("nm0005069", jonze.key());
    }

    @Test
    void surnamesResolveToTheFullNameMetEarlier() {
        List<TaggedEntity> e = tag("Joaquin Phoenix plays a lonely writer. Later, Phoenix said the role changed him. "
                + "Charlie Kaufman was not involved, though Kaufman and Phoenix are friends.");
        TaggedEntity phoenix = find(e, EntityType.PERSON, "Joaquin Phoenix").orElseThrow();
        assertEquals(3, phoenix.mentions().size(), phoenix.toString());
        assertEquals(2, find(e, EntityType.PERSON, "Charlie Kaufman").orElseThrow().mentions().size());
        assertEquals(2, e.stream().filter(x -> x.type() == EntityType.PERSON).count(), e.toString());
    }

    @Test
    void peopleOutsideTheCatalogueAreFoundFromNameAndContext() {
        List<TaggedEntity> e = tag("The rapper Kanye West praised the score. Fans of Maurice Sendak's books "
                + "loved it, and Sendak would have too.");
        TaggedEntity west = find(e, EntityType.PERSON, "Kanye West").orElseThrow();
        assertNull(west.id());
        assertEquals("mq:person:kanye-west", west.key());
        TaggedEntity sendak = find(e, EntityType.PERSON, "Maurice Sendak").orElseThrow();
        assertEquals(2, sendak.mentions().size());
    }

    @Test
    void placesAndOrganisationsAreNotPeople() {
        List<TaggedEntity> e = tag("The website Box Office Mojo says it made money in New York and on Wall Street.");
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON), e.toString());
    }

    @Test
    void awardAliasesGetCanonicalNames() {
        List<TaggedEntity> e = tag("After five Oscar nominations and a Golden Globe, she skipped the Oscars, "
                + "the BAFTAs and the Academy Awards party; Oscar Isaac went to the YouTube Music Awards instead.");
        TaggedEntity oscars = find(e, EntityType.AWARD, "Academy Awards").orElseThrow();
        assertEquals("academy-awards", oscars.key());
        assertEquals("academy-awards", oscars.id());
        assertEquals(List.of("Oscar", "Oscars", "Academy Awards"), oscars.mentions().stream().map(Mention::text).toList());
        assertEquals("golden-globe-awards", find(e, EntityType.AWARD, "Golden Globe Awards").orElseThrow().key());
        TaggedEntity bafta = find(e, EntityType.AWARD, "British Academy Film Awards").orElseThrow();
        assertNull(bafta.id());
        assertTrue(has(e, EntityType.AWARD, "YouTube Music Awards"), e.toString());
        assertEquals(4, e.stream().filter(x -> x.type() == EntityType.AWARD).count(), e.toString());
    }

    @Test
    void oneEntityPerThingInOrderOfFirstMention() {
        List<TaggedEntity> e = tag("Sofia Coppola wrote Lost in Translation. Coppola still loves Lost in Translation.");
        assertEquals(List.of("Sofia Coppola", "Lost in Translation"), e.stream().map(TaggedEntity::name).toList());
        for (TaggedEntity x : e) {
            assertEquals(2, x.mentions().size());
            assertTrue(x.confidence() > 0 && x.confidence() <= 1);
        }
    }

    @Test
    void emptyTextHasNoEntities() {
        assertTrue(tag("").isEmpty());
    }

    @Test
    void aLoneSurnameNextToThatPersonsFilmIsThePerson() {
        List<TaggedEntity> e = tag("Few films age like 2001: A Space Odyssey, thanks to what Kubrick leaves out.");
        TaggedEntity kubrick = find(e, EntityType.PERSON, "Stanley Kubrick").orElseThrow();
        assertEquals(List.of("Kubrick"), kubrick.mentions().stream().map(Mention::text).toList());
        assertFalse(has(tag("Kubrick leaves a lot out."), EntityType.PERSON, "Stanley Kubrick"));
    }

    @Test
    void anUnlistedNameInAListOfPeopleIsAPerson() {
        List<TaggedEntity> e = tag("He trained with directors Sofia Coppola and Mark Romanek in the same building.");
        TaggedEntity romanek = find(e, EntityType.PERSON, "Mark Romanek").orElseThrow();
        assertEquals("mq:person:mark-romanek", romanek.key());
    }

    @Test
    void aLongerNameBeatsTheFilmTitleAtItsStart() {
        List<TaggedEntity> e = tag("It is his first feature film since bringing Maurice Sendak's book to the screen. "
                + "He still admires Maurice.");
        assertFalse(has(e, EntityType.FILM, "Maurice"), e.toString());
        TaggedEntity sendak = find(e, EntityType.PERSON, "Maurice Sendak").orElseThrow();
        assertEquals(List.of("Maurice Sendak", "Maurice"), sendak.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aTitleAtTheStartOfAnOrganisationNameIsNotTheFilm() {
        List<TaggedEntity> e = tag("The film made $100 million, says the website Box Office Mojo.");
        assertTrue(e.isEmpty(), e.toString());
    }

    @Test
    void aTitleThatIsAGivenNameDoesNotHideAnUnlistedPerson() {
        List<TaggedEntity> e = tag("He shared a building with directors Sofia Coppola, Spike Jonze and Mark Romanek.");
        assertFalse(has(e, EntityType.FILM, "The Mark"), e.toString());
        assertTrue(has(e, EntityType.PERSON, "Mark Romanek"), e.toString());
    }

    @Test
    void aTitleStandingAloneIsStillTheFilm() {
        List<TaggedEntity> e = tag("James Ivory directed Maurice in 1987, and The Box (2009) was a short film.");
        assertTrue(has(e, EntityType.FILM, "Maurice"), e.toString());
        assertTrue(has(e, EntityType.FILM, "The Box"), e.toString());
    }

    @Test
    void aFilmEstablishedInTheArticleIsFoundAgainAtSentenceStart() {
        List<TaggedEntity> e = tag("Spike Jonze talked about his new film, Her. Her is remarkable for its performances.");
        assertEquals(2, find(e, EntityType.FILM, "Her").orElseThrow().mentions().size(), e.toString());
    }

    @Test
    void ceremoniesAreResolvedFromOrdinalsYearsAndThePublicationDate() {
        List<TaggedEntity> e = tag(new Article("a1", "t", null, "test", "2015-02-01", "en",
                "Her won at the 86th Academy Awards. This year's Oscars were quieter, and the 71st Golden Globes were long forgotten."));
        assertEquals(List.of(new Ceremony(86, 2014), new Ceremony(null, 2015)),
                find(e, EntityType.AWARD, "Academy Awards").orElseThrow().ceremonies());
        assertEquals(List.of(new Ceremony(71, null)), find(e, EntityType.AWARD, "Golden Globe Awards").orElseThrow().ceremonies());
        List<TaggedEntity> byYear = tag("Spike Jonze went to the 2014 Oscars.");
        assertEquals(List.of(new Ceremony(86, 2014)), find(byYear, EntityType.AWARD, "Academy Awards").orElseThrow().ceremonies());
        assertTrue(byYear.stream().noneMatch(x -> x.type() == EntityType.FILM), byYear.toString());
    }

    @Test
    void categoriesAreNormalizedAndAttachedToTheirAwardNeverEntitiesOfTheirOwn() {
        List<TaggedEntity> e = tag("Spike Jonze won the Golden Globe for best screenplay. Lupita was nominated for an Oscar "
                + "for Best Supporting Actress, and the film for Best Adapted Screenplay.");
        assertEquals(List.of("SCREENPLAY"), find(e, EntityType.AWARD, "Golden Globe Awards").orElseThrow().categories());
        assertEquals(List.of("SCREENPLAY", "SUPPORTING_ACTRESS"), find(e, EntityType.AWARD, "Academy Awards").orElseThrow().categories());
        assertEquals(2, e.stream().filter(x -> x.type() == EntityType.AWARD).count(), e.toString());
    }

    @Test
    void praiseIsNoCategory() {
        List<TaggedEntity> e = tag("After five Oscar nominations, critics call it his best picture since the last one.");
        assertEquals(List.of(), find(e, EntityType.AWARD, "Academy Awards").orElseThrow().categories());
    }

    @Test
    void twoPeopleOfOneNameAreToldApartByTheirFilms() {
        assertEquals("nm2588606", find(tag("Steve McQueen won with 12 Years a Slave."), EntityType.PERSON, "Steve McQueen")
                .orElseThrow().id());
        assertEquals("nm0000537", find(tag("Steve McQueen starred in The Sand Pebbles."), EntityType.PERSON, "Steve McQueen")
                .orElseThrow().id());
    }

    @Test
    void filmCharactersAreNotPeople() {
        List<TaggedEntity> e = tag("In Her, Joaquin Phoenix plays Theodore Twombly, and Amy Adams stars as his friend. "
                + "Scarlett Johansson voices Samantha. Theodore falls for Samantha, says Jonze, who cast Rooney Mara as Catherine.");
        List<String> people = e.stream().filter(x -> x.type() == EntityType.PERSON).map(TaggedEntity::name).toList();
        assertTrue(people.contains("Joaquin Phoenix"), people.toString());
        for (String character : List.of("Theodore Twombly", "Theodore", "Samantha", "Catherine")) {
            assertFalse(people.contains(character), people.toString());
        }
        assertTrue(has(tag("The robot, voiced by Joaquin Phoenix, works."), EntityType.PERSON, "Joaquin Phoenix"));
    }

    @Test
    void nonEnglishArticlesKeepOnlySureLinkedEntities() {
        String french = "Le nouveau film de Spike Jonze est une histoire d'amour. Il a reçu cinq nominations aux Oscars "
                + "et le Golden Globe du meilleur scénario pour Her, avec Joaquin Phoenix dans le rôle principal. "
                + "La critique est unanime et le public est au rendez-vous dans les salles.";
        assertEquals("fr", Languages.detect(french));
        assertEquals("en", Languages.detect("The film is a love story, and it was a hit with the critics who saw it at the festival."));
        assertNull(Languages.detect("Spike Jonze"));
        List<TaggedEntity> e = tag(new Article("a1", "t", null, "test", null, "fr", french));
        assertTrue(has(e, EntityType.PERSON, "Spike Jonze"), e.toString());
        assertTrue(has(e, EntityType.AWARD, "Academy Awards"), e.toString());
        assertTrue(e.stream().allMatch(x -> x.confidence() >= 0.85), e.toString());
    }

    @Test
    void salienceFavoursTheEntityOfTheTitleMentionedOftenAndEarly() {
        List<TaggedEntity> e = tag(new Article("a1", "Spike Jonze interview", null, "test", null, "en",
                "Spike Jonze talks. Jonze laughs, Jonze smiles. Much later, he mentions Sofia Coppola."));
        double jonze = find(e, EntityType.PERSON, "Spike Jonze").orElseThrow().salience();
        double coppola = find(e, EntityType.PERSON, "Sofia Coppola").orElseThrow().salience();
        assertTrue(jonze > 0.9 && coppola < 0.3 && coppola > 0, jonze + " " + coppola);
    }

    @Test
    void categoryPhrasesUseTheReferenceVocabulary() {
        java.util.Set<String> reference = new java.util.HashSet<>();
        dev.marquee.awards.AwardsData.loadShipped().nominations().forEach(n -> reference.add(n.category()));
        assertTrue(reference.containsAll(AwardCategoryPhrases.canonicalNames()), AwardCategoryPhrases.canonicalNames().toString());
    }

    @Test
    void aTitleThatReadsAsADateIsTheDate() {
        List<TaggedEntity> e = tag("Spike Jonze says the film opens in cinemas on February 14.");
        assertFalse(has(e, EntityType.FILM, "February 14"), e.toString());
        assertTrue(has(tag("Spike Jonze made the film \"February 14\" in 1997."), EntityType.FILM, "February 14"));
    }

    @Test
    void aTitleWordIsShorthandForTheFilmNotItsActor() {
        List<TaggedEntity> e = tag("Few films are like Being John Malkovich. What Malkovich fans want is a sequel.");
        assertTrue(has(e, EntityType.FILM, "Being John Malkovich"), e.toString());
        assertFalse(has(e, EntityType.PERSON, "John Malkovich"), e.toString());
    }

    @Test
    void thePronounIIsNeverPartOfAPersonsName() {
        List<TaggedEntity> e = tag("As the singer, I Made my debut in Paris with Spike Jonze.");
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.name().startsWith("I ")), e.toString());
        assertTrue(has(e, EntityType.PERSON, "Spike Jonze"), e.toString());
    }

    @Test
    void aSurnameWithItsParticleIsThePersonNamedInFull() {
        List<TaggedEntity> e = tag("Robert De Niro is chilling in the film. Scorsese has worked with De Niro ten times.");
        TaggedEntity deNiro = find(e, EntityType.PERSON, "Robert De Niro").orElseThrow();
        assertEquals(List.of("Robert De Niro", "De Niro"), deNiro.mentions().stream().map(Mention::text).toList());
        assertFalse(has(e, EntityType.PERSON, "De Niro"), e.toString());
    }

    @Test
    void aNumberAfterATitleNamesTheSequelNotTheOriginal() {
        List<TaggedEntity> e = tag("Despicable Me 4 opens in cinemas this week.");
        TaggedEntity sequel = find(e, EntityType.FILM, "Despicable Me 4").orElseThrow();
        assertNull(sequel.id());
        assertEquals("mq:film:despicable-me-4", sequel.key());
        assertEquals(List.of(new Mention(0, 15, "Despicable Me 4")), sequel.mentions());
        assertFalse(has(e, EntityType.FILM, "Despicable Me"), e.toString());
    }

    @Test
    void aNumberBeforeAMeasureAfterATitleCountsSomethingAndLeavesTheTitleAlone() {
        List<TaggedEntity> e = tag("The film Despicable Me 3 weeks on is still the biggest release in cinemas.");
        assertTrue(has(e, EntityType.FILM, "Despicable Me"), e.toString());
        assertFalse(has(e, EntityType.FILM, "Despicable Me 3"), e.toString());
    }

    @Test
    void aTitleOfDigitsAloneIsANumberUnlessQuotedDatedOrBesideItsPeople() {
        assertFalse(has(tag("In 1917 the studio opened its first cinema."), EntityType.FILM, "1917"));
        assertTrue(has(tag("Sam Mendes shot 1917 in what looks like one take."), EntityType.FILM, "1917"));
        assertTrue(has(tag("Critics compared it with 1917 (2019), a war film."), EntityType.FILM, "1917"));
        assertTrue(has(tag("The film \"1917\" follows two soldiers."), EntityType.FILM, "1917"));
    }

    @Test
    void aWeekdayTitleIsTheDayUnlessQuoted() {
        assertFalse(has(tag("The new film opens in cinemas on Friday."), EntityType.FILM, "Friday"));
        assertTrue(has(tag("Ice Cube wrote the film \"Friday\" in 1995."), EntityType.FILM, "Friday"));
    }

    @Test
    void aNameTheAwardsDataGivesACompanyIdIsNoPerson() {
        List<TaggedEntity> e = tag("Warner Bros. said the film Casablanca would return to cinemas.");
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.name().startsWith("Warner")), e.toString());
        assertTrue(has(e, EntityType.FILM, "Casablanca"), e.toString());
    }

    @Test
    void aNameAfterPortrayalOfIsACharacterNotAPerson() {
        List<TaggedEntity> e = tag("Christopher Nolan's Oppenheimer won. Cillian Murphy was praised for his portrayal of "
                + "J. Robert Oppenheimer.");
        assertTrue(has(e, EntityType.FILM, "Oppenheimer"), e.toString());
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON && x.name().contains("Oppenheimer")), e.toString());
    }

    @Test
    void aNameThatWinsACategoryIsAPerson() {
        List<TaggedEntity> e = tag("At the festival, Merve Dizdar won best actress and thanked the jury.");
        assertTrue(has(e, EntityType.PERSON, "Merve Dizdar"), e.toString());
        assertFalse(has(tag("At the festival, Perfect Days won best screenplay."), EntityType.PERSON, "Perfect Days"));
    }

    @Test
    void aNameWithAnInitialIsOneName() {
        List<TaggedEntity> e = tag("The director Jon M. Chu said the sequel would open next year.");
        assertTrue(has(e, EntityType.PERSON, "Jon M. Chu"), e.toString());
        List<TaggedEntity> gravity = tag("In the film, Sandra K. Gravity told reporters she was happy.");
        assertFalse(has(gravity, EntityType.FILM, "Gravity"), gravity.toString());
    }

    @Test
    void aNameFollowedByAnOrganisationWordNamesTheOrganisation() {
        List<TaggedEntity> e = tag("The Spike Jonze Foundation gave the school a grant.");
        assertFalse(has(e, EntityType.PERSON, "Spike Jonze"), e.toString());
    }

    @Test
    void aTitleBesideAwardWordsIsTheFilm() {
        List<TaggedEntity> e = tag("Joker was the big winner of the night.");
        assertTrue(has(e, EntityType.FILM, "Joker"), e.toString());
    }

    @Test
    void aSurnameThatIsAnEnglishWordIsThePersonAsTheSubjectOfAVerb() {
        List<TaggedEntity> e = tag("The director Laura Butler thanked the crew. Butler was nominated for an Oscar.");
        TaggedEntity butler = find(e, EntityType.PERSON, "Laura Butler").orElseThrow();
        assertEquals(List.of("Laura Butler", "Butler"), butler.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aTitleThatNamesAPlaceIsThePlaceWhereProseWritesAPlace() {
        List<TaggedEntity> place = tag("The film premiered in Chicago on Sunday, and a Chicago musical opened there.");
        assertFalse(has(place, EntityType.FILM, "Chicago"), place.toString());
        List<TaggedEntity> film = tag("Rob Marshall said the film premiered in Chicago.");
        assertTrue(has(film, EntityType.FILM, "Chicago"), "its director named: " + film);
        List<TaggedEntity> starred = tag("She starred in Chicago, the film that won.");
        assertTrue(has(starred, EntityType.FILM, "Chicago"), "after a casting verb: " + starred);
    }

    @Test
    void aPlaceIsNoPerson() {
        List<TaggedEntity> e = tag("The film opened to $10 million in North America, its studio said.");
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON), e.toString());
    }

    @Test
    void aSubtitleAfterATitlesColonMakesAFilmOfItsOwn() {
        List<TaggedEntity> e = tag("Joker: Folie a Deux premieres in cinemas next month.");
        TaggedEntity sequel = find(e, EntityType.FILM, "Joker: Folie a Deux").orElseThrow();
        assertNull(sequel.id());
        assertEquals(List.of("Joker: Folie a Deux"), sequel.mentions().stream().map(Mention::text).toList());
        assertFalse(has(e, EntityType.FILM, "Joker"), e.toString());
        List<TaggedEntity> person = tag("Joker: Joaquin Phoenix returns in the film.");
        assertTrue(person.stream().noneMatch(x -> x.name().startsWith("Joker:")), person.toString());
        assertTrue(has(person, EntityType.PERSON, "Joaquin Phoenix"), person.toString());
    }

    @Test
    void aClauseAfterATitleThatNamesAFilmWordIsFilmContext() {
        List<TaggedEntity> e = tag("Conclave, Edward Berger's tense new thriller, won four nominations.");
        assertTrue(has(e, EntityType.FILM, "Conclave"), e.toString());
        List<TaggedEntity> last = tag("Critics preferred Conclave, the first of his films.");
        assertTrue(has(last, EntityType.FILM, "Conclave"), "a noun phrase that ends the sentence: " + last);
        List<TaggedEntity> open = tag("Conclave, he said, has many locations and a quiet film crew.");
        assertFalse(has(open, EntityType.FILM, "Conclave"), "no film word before the clause ends: " + open);
        List<TaggedEntity> adverb = tag("Meanwhile, the crew of the new film, which opens soon, rested.");
        assertFalse(has(adverb, EntityType.FILM, "Meanwhile"), adverb.toString());
    }

    @Test
    void aMonthBetweenAGivenNameAndASurnameIsAMiddleName() {
        List<TaggedEntity> e = tag("Her new film adapts the Louisa May Alcott novel, the director said.");
        assertTrue(has(e, EntityType.PERSON, "Louisa May Alcott"), e.toString());
    }

    @Test
    void aNumberThatStartsALongerTitleIsThatTitles() {
        List<TaggedEntity> e = tag("He followed After 4 Little Girls with a feature.");
        assertTrue(has(e, EntityType.FILM, "4 Little Girls"), e.toString());
        assertFalse(has(e, EntityType.FILM, "After 4"), e.toString());
    }

    @Test
    void aTitleTheCatalogueLacksIsAFilmWhereOnlyAFilmCanStand() {
        List<TaggedEntity> e = tag("Steven Soderbergh returns with the thriller Presence, a ghost story. Merve Dizdar won "
                + "best actress for About Dry Grasses. Red One, starring Dwayne Johnson, fell to third. The Brutalist (2024) "
                + "runs for three hours. Fernanda Torres won for I'm Still Here.");
        for (String title : List.of("Presence", "About Dry Grasses", "Red One", "The Brutalist", "I'm Still Here")) {
            TaggedEntity film = find(e, EntityType.FILM, title).orElseThrow(() -> new AssertionError(title + " in " + e));
            assertNull(film.id());
            assertEquals("mq:film:" + Names.normalize(title).replace(' ', '-'), film.key());
        }
    }

    @Test
    void aCapitalizedRunOutsideAFilmsSlotOrShapedLikeAPersonIsNoUnlistedFilm() {
        List<TaggedEntity> e = tag("She won best actress for her role. The new film Louisa Brand praised opens soon. "
                + "Billie Eilish won a Grammy for Midnights. She saw the drama Tuesday. Red One fell to third.");
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.FILM && x.id() == null), e.toString());
    }

    @Test
    void aTitleInQuotesWithTheCommaInsideIsQuoted() {
        List<TaggedEntity> e = tag("The night went to others, as did \"Brooklyn,\" \"Conclave\" and \"Room.\"");
        assertTrue(has(e, EntityType.FILM, "Brooklyn"), e.toString());
        assertTrue(has(e, EntityType.FILM, "Room"), e.toString());
    }

    @Test
    void aTitleAPersonOwnsIsAFilm() {
        List<TaggedEntity> e = tag("Critics still talk about Ridley Scott's Brooklyn.");
        assertTrue(has(e, EntityType.FILM, "Brooklyn"), e.toString());
        assertFalse(has(tag("Critics still talk about the mark's Brooklyn."), EntityType.FILM, "Brooklyn"));
    }

    @Test
    void aTitleListedBesideAFilmIsAFilm() {
        List<TaggedEntity> e = tag("Ridley Scott's The Martian, Brooklyn and Room look like long shots.");
        for (String title : List.of("The Martian", "Brooklyn", "Room")) {
            assertTrue(has(e, EntityType.FILM, title), title + " in " + e);
        }
        List<TaggedEntity> opening = tag("Before Ridley Scott's The Martian, Brooklyn was his best known work.");
        assertFalse(has(opening, EntityType.FILM, "Brooklyn"), "a comma that closes an opening phrase: " + opening);
    }

    @Test
    void aTitleInsideALongerTitleJoinedByOfIsNotThatFilm() {
        List<TaggedEntity> e = tag("Critics loved Sound of Freedom, which opened in cinemas, the film's studio said.");
        assertFalse(has(e, EntityType.FILM, "Sound"), e.toString());
        assertFalse(has(e, EntityType.FILM, "Freedom"), e.toString());
    }

    @Test
    void aHyphenatedGivenNameIsPartOfTheName() {
        List<TaggedEntity> e = tag("The director thanked the actor Song Kang-ho, the film's star.");
        TaggedEntity song = find(e, EntityType.PERSON, "Song Kang-ho").orElseThrow(() -> new AssertionError(e.toString()));
        assertEquals(List.of("Song Kang-ho"), song.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aHyphenatedTitleOrNameIsFoundWhicheverWayTheTokenizerSplitsItsHyphen() {
        List<TaggedEntity> e = tag("\"Spider-Man: Across the Spider-Verse\" crossed $375 million. The jury admired "
                + "Park Chan-wook. The director Hirokazu Kore-eda said so, and the director Jang Joon-hwan agreed.");
        TaggedEntity film = find(e, EntityType.FILM, "Spider-Man: Across the Spider-Verse").orElseThrow(() -> new AssertionError(e.toString()));
        assertEquals("tt9362722", film.id());
        assertEquals("nm0661791", find(e, EntityType.PERSON, "Park Chan-wook").orElseThrow(() -> new AssertionError(e.toString())).id());
        assertTrue(has(e, EntityType.PERSON, "Hirokazu Kore-eda"), e.toString());
        assertTrue(has(e, EntityType.PERSON, "Jang Joon-hwan"), e.toString());
        assertFalse(has(e, EntityType.PERSON, "Jang Joon-"), e.toString());
    }

    @Test
    void aHyphenInsideAWordDoesNotEndTheClauseAfterATitle() {
        List<TaggedEntity> e = tag("He first drew attention with Gravity, a five-hour drama about old friends.");
        assertTrue(has(e, EntityType.FILM, "Gravity"), e.toString());
    }

    @Test
    void aTitleBeforeANameIsAnAbbreviationAndAPronounIsNoTitle() {
        List<TaggedEntity> e = tag("He played a doctor in Ridley Scott's The Martian and Gen. Leslie Groves in Brooklyn. "
                + "Nobody films a kitchen table like him.");
        assertTrue(has(e, EntityType.FILM, "The Martian"), e.toString());
        assertFalse(has(e, EntityType.FILM, "Gen"), "listed beside The Martian, but an abbreviation: " + e);
        assertFalse(has(e, EntityType.FILM, "Nobody"), e.toString());
    }

    @Test
    void aQuotedOrdinaryWordFirstInItsSentenceIsTheFilmBeforeAVerbNotBeforeAPause() {
        assertTrue(has(tag("\"Room\" won the prize for best picture."), EntityType.FILM, "Room"));
        assertFalse(has(tag("\"Room\" she called the film's set, and the name stuck."), EntityType.FILM, "Room"));
    }

    @Test
    void aYearInBracketsMarksATitleAndAYearTheCatalogueLacksMakesAFilmOfItsOwn() {
        TaggedEntity listed = find(tag("Gravity (2014) brought him back."), EntityType.FILM, "Gravity").orElseThrow();
        assertEquals("tt1454468", listed.id());
        TaggedEntity other = find(tag("Gravity (1999) brought him back."), EntityType.FILM, "Gravity").orElseThrow();
        assertNull(other.id());
        assertEquals("mq:film:gravity", other.key());
    }

    @Test
    void aQuotedTitleWithANoteInBracketsOrATitleAPersonOwnsIsAFilmOutsideTheCatalogue() {
        List<TaggedEntity> e = tag("\"Weapons\" (HBO Max). A horror hit. Jim Jarmusch's Father Mother Sister Brother "
                + "premiered, and Steven Spielberg's Amblin Entertainment and Steven Spielberg's Amblin were there.");
        assertTrue(has(e, EntityType.FILM, "Weapons"), e.toString());
        assertTrue(has(e, EntityType.FILM, "Father Mother Sister Brother"), e.toString());
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.FILM && x.name().startsWith("Amblin")), e.toString());
    }

    @Test
    void aNameBeforeWhoIsAPersonAndAGivenNameBeforeAndSharesTheSurname() {
        List<TaggedEntity> e = tag("It was the last film for Kirin Kiki, who died that year. "
                + "The directors Robert and Steve Carell wrote it.");
        assertTrue(has(e, EntityType.PERSON, "Kirin Kiki"), e.toString());
        assertTrue(has(e, EntityType.PERSON, "Steve Carell"), e.toString());
        TaggedEntity robert = find(e, EntityType.PERSON, "Robert Carell").orElseThrow(() -> new AssertionError(e.toString()));
        assertEquals(List.of("Robert"), robert.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aNameWrittenFamilyNameFirstIsThePersonAlreadyNamed() {
        List<TaggedEntity> e = tag("The director Hirokazu Kore-eda spoke. Kore-eda Hirokazu, as Japan writes it, smiled.");
        TaggedEntity person = find(e, EntityType.PERSON, "Hirokazu Kore-eda").orElseThrow(() -> new AssertionError(e.toString()));
        assertEquals(2, person.mentions().size(), person.toString());
        assertFalse(has(e, EntityType.PERSON, "Kore-eda Hirokazu"), e.toString());
    }

    @Test
    void aQuotedWordIsATitleAndATitleInsideALongerQuotedTitleIsNotThatFilm() {
        List<TaggedEntity> e = tag("Christopher Nolan's \"Oppenheimer,\" his portrait of J. Robert Oppenheimer, opened. "
                + "\"Sound of Freedom,\" the release starring Jim Caviezel, dipped.");
        assertTrue(has(e, EntityType.FILM, "Oppenheimer"), e.toString());
        assertFalse(has(e, EntityType.FILM, "Freedom"), e.toString());
        assertFalse(has(e, EntityType.FILM, "Sound"), e.toString());
    }

    @Test
    void aOneWordCatalogueNameStartingALongerNameIsNotThatPerson() {
        List<TaggedEntity> e = tag("Later, Mario Camerini's film opened in Rome.");
        assertTrue(has(e, EntityType.PERSON, "Mario Camerini"), e.toString());
        assertFalse(has(e, EntityType.PERSON, "Mario"), e.toString());
    }

    @Test
    void guildsAndTheOliviersGoByTheirAwardsNames() {
        List<TaggedEntity> e = tag("She won an Olivier Award, the Producers Guild honoured her and the DGA followed.");
        assertTrue(has(e, EntityType.AWARD, "Laurence Olivier Awards"), e.toString());
        assertTrue(has(e, EntityType.AWARD, "Producers Guild of America Awards"), e.toString());
        assertTrue(has(e, EntityType.AWARD, "Directors Guild of America Awards"), e.toString());
    }

    @Test
    void aYearBeforeANounIsNoTitleAndAnAdaptationIsAFilm() {
        assertFalse(has(tag("The 1917 adaptation of the novel, a film nobody saw, was lost."), EntityType.FILM, "1917"));
        assertTrue(has(tag("Brooklyn, Ridley Scott's adaptation of the novel, opened."), EntityType.FILM, "Brooklyn"));
    }

    @Test
    void aTitleAfterACategoryAndForIsTheFilmEvenWhenShapedLikeAName() {
        List<TaggedEntity> e = tag("The brothers were named best director for Steve Ahmed, about a teenager.");
        assertTrue(has(e, EntityType.FILM, "Steve Ahmed"), e.toString());
        assertFalse(has(e, EntityType.PERSON, "Steve Ahmed"), e.toString());
    }

    @Test
    void aCatalogueNameThatIsANationalityIsNoPerson() {
        List<TaggedEntity> e = tag("He is the first South Korean director to win the prize.");
        assertTrue(e.stream().noneMatch(x -> x.type() == EntityType.PERSON), e.toString());
    }

    @Test
    void criticsGroupsGoByTheirOwnNames() {
        List<TaggedEntity> e = tag("The film also won at the New York Film Critics Circle Awards and the National "
                + "Society of Film Critics.");
        assertTrue(has(e, EntityType.AWARD, "New York Film Critics Circle"), e.toString());
        assertTrue(has(e, EntityType.AWARD, "National Society of Film Critics"), e.toString());
    }

    @Test
    void aNameAfterAWorkAndByIsItsMaker() {
        List<TaggedEntity> e = tag("The film is adapted from a short story by Haruki Murakami, from an early collection.");
        assertTrue(has(e, EntityType.PERSON, "Haruki Murakami"), e.toString());
        List<TaggedEntity> company = tag("The rights were bought by Focus Features last year.");
        assertTrue(company.stream().noneMatch(x -> x.type() == EntityType.PERSON), "no work before \"by\": " + company);
    }

    @Test
    void taggingIsTheSameFromManyThreads() throws Exception {
        String text = "Her opens in cinemas. Spike Jonze and Joaquin Phoenix went to the Golden Globes.";
        List<TaggedEntity> expected = tag(text);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<List<TaggedEntity>>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> tag(text)));
            }
            for (var r : results) {
                assertEquals(expected, r.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
