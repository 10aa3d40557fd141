package dev.marquee.tag;

import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Ordinary lower-case English words (SCOWL size 35, see {@code COMMON-WORDS-ATTRIBUTION.md}). A title or
 * name made of such words ("Her", "Gravity", "West") is ambiguous with the plain word, so the tagger asks
 * for more evidence than its capitalization.
 */
final class CommonWords {

    private static final String RESOURCE = "/dev/marquee/tag/common-words.txt";
    private static final Set<String> WORDS = WordList.load(RESOURCE, UnaryOperator.identity());

    private CommonWords() {
    }

    /** {@code normalizedWord} is one normalized token (lower case, no punctuation). */
    static boolean contains(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }
}
