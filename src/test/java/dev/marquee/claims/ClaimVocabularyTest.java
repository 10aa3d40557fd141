package dev.marquee.claims;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.Nomination;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimVocabularyTest {

    @Test
    void shouldMapCategoryPhrasesOnlyToCanonicalCategoriesTheReferenceUses() {
        Set<String> inData = AwardsData.loadShipped().nominations().stream().map(Nomination::category).collect(Collectors.toSet());
        for (String canonical : ClaimVocabulary.canonicalCategories()) {
            assertTrue(inData.contains(canonical), canonical + " is not a category of the shipped reference");
        }
    }

    @Test
    void shouldReadNumbersAsWordsOrDigits() {
        assertEquals(5, ClaimVocabulary.number("Five"));
        assertEquals(11, ClaimVocabulary.number("11"));
    }
}
