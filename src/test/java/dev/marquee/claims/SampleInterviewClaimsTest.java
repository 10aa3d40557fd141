package dev.marquee.claims;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.AwardsData;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped interview through the production pipeline: its claims about Her against the shipped reference. */
class SampleInterviewClaimsTest {

    private static EnrichedArticle event;
    private static ReferenceIndex index;

    @BeforeAll
    static void enrichTheInterview() throws IOException {
        index = ReferenceIndex.of(AwardsData.loadShipped().nominations());
        byte[] line;
        try (InputStream in = SampleInterviewClaimsTest.class.getResourceAsStream("/samples/articles.jsonl")) {
            assertNotNull(in);
            line = new String(in.readAllBytes()).lines().filter(l -> l.contains("spike-jonze-interview")).findFirst().orElseThrow().getBytes();
        }
        ParseOutcome.Valid valid = (ParseOutcome.Valid) new ArticleParser(1 << 20).parse(line);
        event = ArticlePipeline.over(index, Clock.systemUTC()).process(valid.article());
    }

    @Test
    void shouldVerifyTheFiveOscarNominationsOfHerAgainstThe86thAcademyAwards() {
        Claim c = claim("five Oscar nominations");

        assertEquals("tt1798709", c.subjectKey());
        assertEquals(ClaimKind.NOMINATION_COUNT, c.kind());
        assertEquals(ClaimStatus.VERIFIED, c.status());
        assertEquals(86, c.ceremony());
        assertEquals(5, c.evidence().size());
        assertTrue(c.evidence().stream().allMatch(k -> nomination(k).body().equals(AwardBodies.ACADEMY_AWARDS) && nomination(k).ceremony() == 86));
        assertEquals(c.text(), event.text().substring(c.start(), c.end()));
        assertTrue(event.text().substring(c.sentenceStart(), c.sentenceEnd()).startsWith("It cannot be the rejuvenating effects"));
    }

    @Test
    void shouldVerifyTheGoldenGlobeForBestScreenplayAgainstThe71stGoldenGlobes() {
        Claim c = claim("Golden Globe for best screenplay");

        assertEquals("tt1798709", c.subjectKey());
        assertEquals(ClaimKind.WON, c.kind());
        assertEquals("SCREENPLAY", c.category());
        assertEquals(ClaimStatus.VERIFIED, c.status());
        assertEquals(71, c.ceremony());
        Nomination evidence = nomination(c.evidence().get(0));
        assertEquals(AwardBodies.GOLDEN_GLOBES, evidence.body());
        assertTrue(evidence.won());
    }

    @Test
    void shouldMakeNoOtherClaimsOfTheInterview() {
        assertEquals(2, event.claims().size(), event.claims().toString());
    }

    private static Claim claim(String phrase) {
        List<Claim> matching = event.claims().stream().filter(c -> c.text().contains(phrase)).toList();
        assertEquals(1, matching.size(), event.claims().toString());
        return matching.get(0);
    }

    private static Nomination nomination(String key) {
        return index.nominationsOf("tt1798709").stream().filter(n -> n.key().equals(key)).findFirst().orElseThrow();
    }
}
