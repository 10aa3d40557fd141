package dev.marquee.claims;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Claims in sentences written for the test, true and false, checked against a small hand-made reference. */
class AwardClaimsTest {

    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final EntityRef SCORSESE = new EntityRef("nm0000217", "Martin Scorsese");
    private static final EntityRef DEPARTED = new EntityRef("tt0407887", "The Departed");
    private static final EntityRef WOLF = new EntityRef("tt0993846", "The Wolf of Wall Street");

    private static final ReferenceIndex INDEX = ReferenceIndex.of(List.of(
            oscar(86, "SCREENPLAY", "WRITING (Original Screenplay)", HER, JONZE, true),
            oscar(86, "BEST_PICTURE", "BEST PICTURE", HER, JONZE, false),
            oscar(86, "SCORE", "MUSIC (Original Score)", HER, null, false),
            oscar(86, "SONG", "MUSIC (Original Song)", HER, JONZE, false),
            oscar(86, "PRODUCTION_DESIGN", "ART DIRECTION", HER, null, false),
            globe(71, "SCREENPLAY", "Best Screenplay - Motion Picture", HER, JONZE, true),
            globe(71, "BEST_PICTURE", "Best Motion Picture - Musical or Comedy", HER, null, false),
            oscar(79, "DIRECTOR", "DIRECTING", DEPARTED, SCORSESE, true),
            oscar(86, "DIRECTOR", "DIRECTING", WOLF, SCORSESE, false)));

    private final AwardClaims claims = new AwardClaims(INDEX);

    private static Nomination oscar(int ceremony, String category, String raw, EntityRef film, EntityRef person, boolean won) {
        return new Nomination("academy-awards:" + ceremony + ":" + category + ":" + film.id(), AwardBodies.ACADEMY_AWARDS, ceremony,
                1928 + ceremony, String.valueOf(1927 + ceremony), category, raw, List.of(film), person == null ? List.of() : List.of(person),
                won, null);
    }

    private static Nomination globe(int ceremony, String category, String raw, EntityRef film, EntityRef person, boolean won) {
        return new Nomination("golden-globe-awards:" + ceremony + ":" + category + ":" + film.id(), AwardBodies.GOLDEN_GLOBES, ceremony,
                1943 + ceremony, String.valueOf(1942 + ceremony), category, raw, List.of(film), person == null ? List.of() : List.of(person),
                won, null);
    }

    /** Subjects for every occurrence of the given names in the text, as the tagger would report them. */
    private static List<ClaimSubject> subjects(String text, EntityRef... refs) {
        List<ClaimSubject> out = new ArrayList<>();
        for (EntityRef ref : refs) {
            List<Mention> mentions = new ArrayList<>();
            Matcher m = Pattern.compile("\\b" + Pattern.quote(ref.name()) + "\\b").matcher(text);
            while (m.find()) {
                mentions.add(new Mention(m.start(), m.end(), m.group()));
            }
            EntityType type = ref.id() != null && ref.id().startsWith("tt") ? EntityType.FILM : EntityType.PERSON;
            out.add(new ClaimSubject(ref.id() == null ? "mq:" + ref.name() : ref.id(), ref.id(), ref.name(), type, mentions));
        }
        return out;
    }

    private Claim only(String text, EntityRef... refs) {
        List<Claim> found = claims.check(text, subjects(text, refs));
        assertEquals(1, found.size(), found.toString());
        Claim c = found.get(0);
        assertEquals(c.text(), text.substring(c.start(), c.end()));
        return c;
    }

    @Test
    void shouldVerifyANominationCountThatMatchesOneCeremony() {
        Claim c = only("Her received five Oscar nominations this week.", HER);

        assertEquals(ClaimKind.NOMINATION_COUNT, c.kind());
        assertEquals("five Oscar nominations", c.text());
        assertEquals(5, c.count());
        assertEquals(ClaimStatus.VERIFIED, c.status());
        assertEquals(86, c.ceremony());
        assertEquals(5, c.evidence().size());
        assertEquals("tt1798709", c.subjectKey());
    }

    @Test
    void shouldContradictAWrongNominationCountAndSayWhatTheTableHolds() {
        Claim c = only("Her received seven Oscar nominations this week.", HER);

        assertEquals(ClaimStatus.CONTRADICTED, c.status());
        assertTrue(c.finding().startsWith("86th Academy Awards: 5 nominations"), c.finding());
        assertEquals(5, c.evidence().size());
    }

    @Test
    void shouldReadANominatedForCountAsNominations() {
        Claim c = only("Her was nominated for 3 Golden Globes.", HER);

        assertEquals(ClaimKind.NOMINATION_COUNT, c.kind());
        assertEquals(ClaimStatus.CONTRADICTED, c.status(), "the table holds 2 Globe nominations");
        assertTrue(c.finding().contains("71st Golden Globe Awards: 2 nominations"), c.finding());
    }

    @Test
    void shouldVerifyAWinInANamedCategory() {
        Claim c = only("Spike Jonze won the Golden Globe for best screenplay, his first.", JONZE);

        assertEquals(ClaimKind.WON, c.kind());
        assertEquals("won the Golden Globe for best screenplay", c.text());
        assertEquals("SCREENPLAY", c.category());
        assertEquals(AwardBodies.GOLDEN_GLOBES, c.body());
        assertEquals(ClaimStatus.VERIFIED, c.status());
        assertEquals(List.of("golden-globe-awards:71:SCREENPLAY:tt1798709"), c.evidence());
    }

    @Test
    void shouldContradictAWinWhereTheSubjectWasOnlyNominated() {
        Claim c = only("Her won the Oscar for Best Picture.", HER);

        assertEquals(ClaimStatus.CONTRADICTED, c.status());
        assertTrue(c.finding().startsWith("nominated but did not win: 86th Academy Awards"), c.finding());
        assertEquals(List.of("academy-awards:86:BEST_PICTURE:tt1798709"), c.evidence());
    }

    @Test
    void shouldVerifyADescriptorAboutTheNameThatFollowsIt() {
        String text = "The Wolf of Wall Street was made by the Oscar-winning director Martin Scorsese.";
        Claim c = only(text, WOLF, SCORSESE);

        assertEquals(ClaimKind.WON, c.kind());
        assertEquals("nm0000217", c.subjectKey(), "the descriptor describes the name after it, not the nearer film before");
        assertEquals(ClaimStatus.VERIFIED, c.status());
        assertEquals(79, c.ceremony());
    }

    @Test
    void shouldContradictADescriptorForASubjectThatNeverWon() {
        Claim c = only("Her is the Oscar-winning romance everyone talks about.", HER);
        assertEquals(ClaimStatus.VERIFIED, c.status(), "Her won Original Screenplay");

        Claim wolf = only("The Golden Globe-winning The Wolf of Wall Street returns.", WOLF);
        assertEquals(ClaimStatus.CONTRADICTED, wolf.status());
        assertTrue(wolf.finding().startsWith("no nominations at the Golden Globe Awards"), wolf.finding());
    }

    @Test
    void shouldVerifyANominationInACategoryWithoutABody() {
        Claim c = only("Her was nominated for Best Picture.", HER);

        assertEquals(ClaimKind.NOMINATED, c.kind());
        assertNull(c.body());
        assertEquals("BEST_PICTURE", c.category());
        assertEquals(ClaimStatus.VERIFIED, c.status());
        assertEquals(2, c.evidence().size(), "both bodies nominated it");
    }

    @Test
    void shouldContradictANominationInACategoryTheSubjectNeverHad() {
        Claim c = only("Spike Jonze was nominated for best actor.", JONZE);

        assertEquals("LEAD_ACTOR", c.category());
        assertEquals(ClaimStatus.CONTRADICTED, c.status());
        assertEquals(List.of(), c.evidence());
    }

    @Test
    void shouldNotReadBestSupportingActorAsBestActor() {
        Claim c = only("Spike Jonze was nominated for best supporting actor.", JONZE);
        assertEquals("SUPPORTING_ACTOR", c.category());
    }

    @Test
    void shouldLeaveABodyTheReferenceDoesNotHoldUnverifiable() {
        Claim c = only("Her won the BAFTA for best screenplay.", HER);

        assertEquals(ClaimStatus.UNVERIFIABLE, c.status());
        assertEquals("bafta", c.body());
    }

    @Test
    void shouldLeaveACeremonyOutsideTheDataUnverifiable() {
        Claim c = only("Her earned three nominations at the 97th Academy Awards.", HER);

        assertEquals(97, c.ceremony());
        assertEquals(ClaimStatus.UNVERIFIABLE, c.status());
        assertTrue(c.finding().contains("79th to 86th Academy Awards"), c.finding());
    }

    @Test
    void shouldLeaveAnUnlinkedSubjectUnverifiable() {
        EntityRef sendak = new EntityRef(null, "Maurice Sendak");
        Claim c = only("Maurice Sendak won two Oscars.", sendak);

        assertEquals(ClaimKind.WIN_COUNT, c.kind());
        assertEquals(ClaimStatus.UNVERIFIABLE, c.status());
    }

    @Test
    void shouldCountWinsAcrossCeremonies() {
        Claim one = only("Martin Scorsese has one Oscar.", SCORSESE);
        Claim two = only("Martin Scorsese has two Oscars.", SCORSESE);

        assertEquals(ClaimKind.WIN_COUNT, one.kind());
        assertEquals(ClaimStatus.VERIFIED, one.status());
        assertEquals(ClaimStatus.CONTRADICTED, two.status());
    }

    @Test
    void shouldSkipAwardTalkThatAssertsNothingCheckableOrHasNoSubject() {
        String text = "There are those Oscar nominations for a start. Nobody here won the Oscar for Best Picture.";
        assertEquals(List.of(), claims.check(text, subjects(text, HER)));
    }

    @Test
    void shouldFindSeveralClaimsInOneSentenceWithTheirSentenceSpan() {
        String text = "Intro line.\nIt is not the five Oscar nominations for his new film, Her, or his Golden Globe for best screenplay, that matter.";
        List<Claim> found = claims.check(text, subjects(text, HER));

        assertEquals(List.of("five Oscar nominations", "his Golden Globe for best screenplay"), found.stream().map(Claim::text).toList());
        assertEquals(List.of(ClaimStatus.VERIFIED, ClaimStatus.VERIFIED), found.stream().map(Claim::status).toList());
        assertEquals(12, found.get(0).sentenceStart());
        assertEquals(text.length(), found.get(0).sentenceEnd());
    }
}
