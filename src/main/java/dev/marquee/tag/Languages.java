package dev.marquee.tag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses an article's language from its most frequent function words, so non-English text is marked rather than
 * read with English rules (capitalized ordinary words, English POS tags). Function words are the most frequent
 * words of every language and nearly disjoint between these; the lists are the commonest articles, pronouns,
 * prepositions and auxiliaries of each language (facts of the languages, not taken from any project).
 */
public final class Languages {

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "in", "that", "it", "was", "for", "with", "he", "she", "his",
                    "her", "this", "but", "have", "are", "not", "they", "you", "be", "by", "at", "from", "which", "who"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "qui", "pour", "pas", "sur", "du",
                    "au", "avec", "il", "elle", "ce", "sont", "mais", "nous", "vous", "aux", "cette", "ont"),
            "es", Set.of("el", "los", "las", "y", "del", "que", "es", "una", "por", "con", "para", "se", "su", "al",
                    "lo", "como", "pero", "sus", "fue", "este", "esta", "muy", "tambien", "hay"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "dem", "sich", "auch",
                    "auf", "fur", "von", "zu", "im", "sie", "er", "wir", "ich", "wird", "wurde", "nach", "aus"),
            "it", Set.of("il", "gli", "della", "che", "di", "un", "una", "per", "con", "sono", "del", "nel", "non",
                    "anche", "ma", "come", "questo", "alla", "degli", "delle", "ha", "piu"),
            "pt", Set.of("os", "as", "e", "do", "da", "dos", "das", "que", "em", "um", "uma", "para", "com", "nao",
                    "no", "na", "por", "mais", "ao", "se", "foi", "seu", "sua"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "voor", "met", "zijn", "ook",
                    "maar", "wordt", "bij", "heeft", "naar", "hij", "zij", "werd"));

    /** Fewer function words than this and the text is too short to tell. */
    private static final int MIN_EVIDENCE = 8;
    /** The winner must outnumber the runner-up by this factor: loan words and names must not decide. */
    private static final double MARGIN = 1.5;
    /** Enough words to decide; the rest of a long article changes nothing. */
    private static final int MAX_WORDS = 3000;

    private Languages() {
    }

    /** ISO 639-1 code of the text's language among those known, or null when the text does not say clearly. */
    public static String detect(String text) {
        if (text == null) {
            return null;
        }
        Map<String, Integer> counts = new HashMap<>();
        int words = 0;
        for (String w : Names.normalize(text).split(" ")) {
            if (++words > MAX_WORDS) {
                break;
            }
            for (Map.Entry<String, Set<String>> e : STOP_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    counts.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= MIN_EVIDENCE && first >= MARGIN * second ? best : null;
    }

    /** Whether a language code ("en", "en-GB", "EN") is English; unknown (null) counts as English, the feed's default. */
    public static boolean isEnglish(String code) {
        return code == null || code.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
