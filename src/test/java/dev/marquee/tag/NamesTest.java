package dev.marquee.tag;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.Nomination;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Plain ASCII words take a fast path; it must agree with the general normalization. */
class NamesTest {

    @Test
    void asciiWordsAreLowerCased() {
        assertEquals("jonze", Names.normalize("Jonze"));
        assertEquals("the", Names.normalize("THE"));
        assertEquals("2001", Names.normalize("2001"));
        assertEquals("", Names.normalize(""));
    }

    @Test
    void everythingElseStillFoldsStripsAndDropsLeadingArticles() {
        assertEquals("bronte", Names.normalize("Brontë"));
        assertEquals("aether", Names.normalize("Æther"));
        assertEquals("jonze s", Names.normalize("Jonze's"));
        assertEquals("wolf of wall street", Names.normalize("The Wolf of Wall Street"));
        assertEquals("tom and jerry", Names.normalize("Tom & Jerry"));
        assertEquals("", Names.normalize(","));
        assertEquals("s", Names.normalize("'s"));
    }

    @Test
    void shouldNormalizeAsciiTextInOnePassExactlyAsTheGeneralPathDoes() {
        for (String name : List.of("Tom & Jerry", "A&B", "&Juliet", "The  Wolf of  Wall Street", "An American in Paris", "the",
                "a", "A ", " an", "Anne", "Theo", "O'Brien", "Jonze's", "'s", ",", "", "  ", "R.E.M.", "M*A*S*H", "Se7en",
                "Mr. & Mrs. Smith", "Tab\there", "WALL-E", "The the", "a a a", "x&&y", "__init__", "9 1/2 Weeks")) {
            assertEquals(Names.normalizeUnicode(name), Names.normalizeAscii(name), name);
        }
    }

    @Test
    void shouldNormalizeEveryAsciiTitleAndNameOfTheShippedDataAsTheGeneralPathDoes() {
        Set<String> names = new HashSet<>();
        for (FilmRecord film : FilmsData.loadShipped().films()) {
            names.add(film.title());
            names.addAll(film.directors());
            names.addAll(film.cast());
        }
        for (Nomination n : AwardsData.loadShipped().nominations()) {
            n.films().forEach(f -> names.add(f.name()));
            n.nominees().forEach(p -> names.add(p.name()));
        }
        int ascii = 0;
        for (String name : names) {
            if (name != null && name.chars().allMatch(c -> c < 0x80)) {
                ascii++;
                assertEquals(Names.normalizeUnicode(name), Names.normalize(name), name);
            }
        }
        assertTrue(ascii > 100_000, "most of the data is ASCII: " + ascii);
    }
}
