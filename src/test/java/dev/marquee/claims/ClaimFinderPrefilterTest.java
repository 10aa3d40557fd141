package dev.marquee.claims;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The word check that lets sentences skip the claim forms must never skip one a form could match. */
class ClaimFinderPrefilterTest {

    private static final Pattern BODY = Pattern.compile(ClaimVocabulary.BODY, Pattern.CASE_INSENSITIVE);

    @Test
    void shouldKeepEverySentenceThatNamesABodyInAnyCase() {
        List<String> bodies = List.of("Academy Awards", "Academy Award", "Oscar", "Oscars", "Golden Globe", "Golden Globes",
                "Golden Globe Award", "BAFTA", "BAFTAs", "BAFTA Award", "Emmy", "Emmys", "Emmy Award", "SAG Award",
                "Screen Actors Guild Awards", "Independent Spirit Award", "Critics Choice Award", "Critics' Choice Awards",
                "Palme d'Or");
        for (String body : bodies) {
            for (String written : List.of(body, body.toUpperCase(Locale.ROOT), body.toLowerCase(Locale.ROOT))) {
                String sentence = "She took home the " + written + " last year.";
                assertTrue(BODY.matcher(sentence).find(), "the body pattern reads " + written);
                assertTrue(ClaimFinder.mayHoldClaim(sentence), written);
            }
        }
    }

    @Test
    void shouldKeepNominatedAndShortlistedSentencesWithoutABody() {
        assertTrue(ClaimFinder.mayHoldClaim("He was NOMINATED for best director."));
        assertTrue(ClaimFinder.mayHoldClaim("Shortlisted for Best Documentary, it opens Friday."));
    }

    @Test
    void shouldSkipSentencesNoFormCanMatch() {
        assertFalse(ClaimFinder.mayHoldClaim("Spike Jonze's new film, Her, opens in February."));
        assertFalse(ClaimFinder.mayHoldClaim("The winning streak ended; the nominee list is out."));
    }
}
