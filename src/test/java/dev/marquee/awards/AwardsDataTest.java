package dev.marquee.awards;

import dev.marquee.awards.LoadReport.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Facts checked against the shipped files by hand; none of the expected values come from the loader. */
class AwardsDataTest {

    private static final String HER = "tt1798709";
    private static final String SPIKE_JONZE = "nm0005069";
    private static final String JOAQUIN_PHOENIX = "nm0001618";

    private static AwardsData data;

    @BeforeAll
    static void load() {
        data = AwardsData.loadShipped();
    }

    private static List<Nomination> of(String body, String entityId) {
        return data.nominations().stream().filter(n -> n.body().equals(body) && n.names(entityId)).toList();
    }

    @Test
    void shouldGiveHerItsFiveOscarNominations() {
        List<Nomination> her = of(AwardBodies.ACADEMY_AWARDS, HER);

        assertEquals(5, her.size());
        assertTrue(her.stream().allMatch(n -> n.ceremony() == 86 && n.ceremonyYear() == 2014 && n.filmYear().equals("2013")));
        List<Nomination> won = her.stream().filter(Nomination::won).toList();
        assertEquals(1, won.size());
        assertEquals("WRITING (Original Screenplay)", won.get(0).rawCategory());
        assertEquals("SCREENPLAY", won.get(0).category());
        assertEquals(List.of(new EntityRef(SPIKE_JONZE, "Spike Jonze")), won.get(0).nominees());
    }

    @Test
    void shouldGiveHerThreeGoldenGlobeNominationsWithTheScreenplayWin() {
        List<Nomination> her = of(AwardBodies.GOLDEN_GLOBES, HER);

        assertEquals(3, her.size());
        assertTrue(her.stream().allMatch(n -> n.ceremony() == 71 && n.ceremonyYear() == 2014));
        List<Nomination> won = her.stream().filter(Nomination::won).toList();
        assertEquals(1, won.size());
        assertEquals("Best Screenplay - Motion Picture", won.get(0).rawCategory());
        assertEquals("SCREENPLAY", won.get(0).category());
        assertEquals(List.of(new EntityRef(HER, "Her")), won.get(0).films());
        assertEquals(List.of(new EntityRef(SPIKE_JONZE, "Spike Jonze")), won.get(0).nominees());
    }

    @Test
    void shouldReadTheGlobesPictureRowWithTheTitleInTheNomineeColumn() {
        Nomination picture = of(AwardBodies.GOLDEN_GLOBES, HER).stream()
                .filter(n -> n.rawCategory().equals("Best Motion Picture - Musical or Comedy")).findFirst().orElseThrow();

        assertEquals("BEST_PICTURE", picture.category());
        assertEquals(List.of(), picture.nominees());
        assertFalse(picture.won());
    }

    @Test
    void shouldLinkJoaquinPhoenixsGlobeNominationForHerToHisOscarId() {
        Nomination phoenix = of(AwardBodies.GOLDEN_GLOBES, HER).stream()
                .filter(n -> n.nominees().stream().anyMatch(p -> p.name().equals("Joaquin Phoenix")))
                .findFirst().orElseThrow();

        assertEquals(JOAQUIN_PHOENIX, phoenix.nominees().get(0).id());
        assertEquals("LEAD_ACTOR", phoenix.category());
    }

    @Test
    void shouldGiveIdenticalKeysOnASecondLoad() {
        AwardsData again = AwardsData.loadShipped();

        assertEquals(data.nominations().stream().map(Nomination::key).toList(),
                again.nominations().stream().map(Nomination::key).toList());
        assertEquals(data.nominations(), again.nominations());
    }

    @Test
    void shouldGiveEveryNominationAUniqueKey() {
        Set<String> keys = new HashSet<>();
        data.nominations().forEach(n -> assertTrue(keys.add(n.key()), "duplicate key " + n.key()));
    }

    @Test
    void shouldLoadEveryUsableRowOfBothFiles() {
        LoadReport report = data.report();

        assertEquals(12_137, report.rows(OscarsReader.SOURCE));
        assertEquals(12_136, report.records(OscarsReader.SOURCE));
        assertEquals(7_991, report.rows(GoldenGlobesReader.SOURCE));
        assertEquals(7_991, report.records(GoldenGlobesReader.SOURCE));
        assertEquals(1, report.skipped());
        assertEquals(12_136 + 7_991, data.nominations().size());
    }

    @Test
    void shouldCountOddRowsByKind() {
        LoadReport report = data.report();

        assertEquals(1, report.count(Kind.UNKNOWN_FILM_ID));
        assertEquals(1589, report.examples(Kind.UNKNOWN_FILM_ID).get(0).line());
        assertEquals(527, report.count(Kind.MISSING_NOMINEE_IDS));
        assertEquals(647, report.count(Kind.NON_PERSON_NOMINEE_ID));
        assertTrue(report.count(Kind.UNKNOWN_NOMINEE_ID) >= 226);
        assertEquals(0, report.count(Kind.UNMAPPED_CATEGORY));
        assertEquals(0, report.count(Kind.LIST_LENGTH_MISMATCH));
        assertEquals(1, report.count(Kind.MISSING_NOMINEE));
        assertEquals(10_476, report.examples(Kind.MISSING_NOMINEE).get(0).line());
        assertEquals(1, report.count(Kind.DUPLICATE_KEY));
        assertEquals(1371, report.examples(Kind.DUPLICATE_KEY).get(0).line());
        assertEquals(1, report.count(Kind.TITLE_IN_PERSON_CATEGORY));
        assertTrue(report.count(Kind.TITLE_REWRITTEN) > 1_000);
    }

    @Test
    void shouldGiveAStillUsableOscarRowWithAnUnknownFilmIdAStableOwnId() {
        Nomination livingston = data.nominations().stream()
                .filter(n -> n.films().stream().anyMatch(f -> f.name().equals("Letter from Livingston")))
                .findFirst().orElseThrow();

        assertEquals("mq:film:letter-from-livingston:1943", livingston.films().get(0).id());
    }

    @Test
    void shouldGiveAGlobesOnlyPersonAStableOwnId() {
        List<Nomination> newhart = data.nominations().stream()
                .filter(n -> n.nominees().stream().anyMatch(p -> p.name().equals("Bob Newhart"))).toList();

        assertFalse(newhart.isEmpty());
        newhart.forEach(n -> assertTrue(n.names("mq:person:bob-newhart"), n.toString()));
    }

    @Test
    void shouldMatchAGlobesTitleWithTrailingArticleToItsOscarFilm() {
        Nomination ross = data.nominations().stream()
                .filter(n -> n.body().equals(AwardBodies.GOLDEN_GLOBES) && n.ceremony() == 25
                        && n.nominees().stream().anyMatch(p -> p.name().equals("Katharine Ross")))
                .findFirst().orElseThrow();

        assertEquals(new EntityRef("tt0061722", "The Graduate"), ross.films().get(0));
        assertEquals("nm0001684", ross.nominees().get(0).id());
    }

    @Test
    void shouldReadQuotedCsvFieldsWithCommas() {
        Nomination kerr = data.nominations().stream()
                .filter(n -> n.body().equals(AwardBodies.GOLDEN_GLOBES) && n.ceremony() == 7
                        && n.nominees().stream().anyMatch(p -> p.name().equals("Deborah Kerr")))
                .findFirst().orElseThrow();
        Nomination score = data.nominations().stream()
                .filter(n -> n.body().equals(AwardBodies.GOLDEN_GLOBES) && n.ceremony() == 67
                        && n.rawCategory().equals("Best Original Score - Motion Picture")
                        && n.nominees().stream().anyMatch(p -> p.name().equals("Carter Burwell")))
                .findFirst().orElseThrow();

        assertEquals("Edward, My Son", kerr.films().get(0).name());
        assertEquals(List.of("Karen O", "Carter Burwell"), score.nominees().stream().map(EntityRef::name).toList());
    }

    @Test
    void shouldReadASongNamedAsItsFilmWithACommaAsTheSongNotAsAPerson() {
        Nomination song = data.nominations().stream()
                .filter(n -> n.body().equals(AwardBodies.GOLDEN_GLOBES) && n.ceremony() == 35
                        && n.rawCategory().equals("Best Original Song - Motion Picture")
                        && n.films().stream().anyMatch(f -> f.name().equals("New York, New York")))
                .findFirst().orElseThrow();

        assertEquals("New York, New York", song.detail());
        assertEquals(List.of("John Kander", "Fred Ebb"), song.nominees().stream().map(EntityRef::name).toList());
    }

    @Test
    void shouldDateTheFirstCeremonyInTheYearAfterItsSplitFilmYear() {
        Nomination wings = of(AwardBodies.ACADEMY_AWARDS, "tt0018578").stream()
                .filter(n -> n.rawCategory().equals("OUTSTANDING PICTURE")).findFirst().orElseThrow();

        assertEquals(1, wings.ceremony());
        assertEquals(1929, wings.ceremonyYear());
        assertEquals("1927/28", wings.filmYear());
        assertTrue(wings.won());
        assertEquals("BEST_PICTURE", wings.category());
    }

    @Test
    void shouldUnescapeQuotesOfTheOscarFile() {
        assertTrue(data.nominations().stream()
                .anyMatch(n -> n.nominees().stream().anyMatch(p -> p.name().equals("Barney \"Chick\" McGill"))));
    }
}
