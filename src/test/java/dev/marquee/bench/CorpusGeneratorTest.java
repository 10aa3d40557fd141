package dev.marquee.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {

    @Test
    void sameSeedSameCorpusOtherSeedOtherCorpus() {
        List<BenchArticle> a = CorpusGenerator.from(Fixtures.nominations(), 42).articles(20);
        List<BenchArticle> b = CorpusGenerator.from(Fixtures.nominations(), 42).articles(20);
        List<BenchArticle> c = CorpusGenerator.from(Fixtures.nominations(), 43).articles(20);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void lengthsStayWithinTheBoundsAndWordsAreCountedRight() {
        List<BenchArticle> articles = CorpusGenerator.from(Fixtures.nominations(), 1).articles(200);
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (BenchArticle a : articles) {
            assertEquals(WordCount.of(a.text()), a.words(), a.id());
            assertTrue(a.words() >= CorpusGenerator.MIN_WORDS && a.words() <= CorpusGenerator.MAX_WORDS, a.id() + ": " + a.words());
            shortest = Math.min(shortest, a.words());
            longest = Math.max(longest, a.words());
        }
        // Log-uniform over 150..3000: 200 draws reach both ends of the range.
        assertTrue(shortest < 300, "shortest " + shortest);
        assertTrue(longest > 2000, "longest " + longest);
    }

    @Test
    void fixedLengthArticlesLandWithinTwoWordsOfTheTarget() {
        for (int target : new int[] {100, 1_000, 20_000}) {
            for (BenchArticle a : CorpusGenerator.from(Fixtures.nominations(), 5).articlesOfLength(3, target)) {
                assertTrue(a.words() <= target && a.words() >= target - 2, target + " -> " + a.words());
            }
        }
    }

    @Test
    void articlesMentionFilmsPeopleSurnamesAndAwardsOfTheReferenceData() {
        String all = String.join("\n", CorpusGenerator.from(Fixtures.nominations(), 3).articles(30).stream().map(BenchArticle::text).toList());
        for (String name : List.of("Her", "The Wolf of Wall Street", "Lost in Translation", "Being John Malkovich",
                "Spike Jonze", "Martin Scorsese", "Sofia Coppola", "Charlie Kaufman", "Oscar", "Golden Globe")) {
            assertTrue(all.contains(name), name);
        }
        // A surname on its own after the first mention, and a title in quotes.
        assertTrue(all.matches("(?s).*[^e] Jonze.*|(?s).*[^n] Scorsese.*"), "lone surnames");
        assertTrue(all.matches("(?s).*\"(Her|The Wolf of Wall Street|Lost in Translation|Being John Malkovich)\".*"), "quoted titles");
    }
}
