package dev.marquee.tag;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
