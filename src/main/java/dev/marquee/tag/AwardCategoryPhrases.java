package dev.marquee.tag;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How the press names award categories ("best supporting actress", "best adapted screenplay"), mapped to the
 * canonical categories of the reference data ({@code docs/awards-categories.md}). Canonical names drop the
 * distinctions the press also drops (original vs. adapted screenplay), so every body's category lands on the same
 * name. Facts of usage only.
 */
final class AwardCategoryPhrases {

    private static final Map<String, String> PHRASES = new HashMap<>();
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    private static int maxWords = 1;

    static {
        map("BEST_PICTURE", "best picture", "best film", "best motion picture");
        map("DIRECTOR", "best director", "best directing", "best direction");
        map("LEAD_ACTOR", "best actor", "best lead actor", "best leading actor", "lead actor");
        map("LEAD_ACTRESS", "best actress", "best lead actress", "best leading actress", "lead actress");
        map("SUPPORTING_ACTOR", "best supporting actor", "supporting actor");
        map("SUPPORTING_ACTRESS", "best supporting actress", "supporting actress");
        map("SCREENPLAY", "best screenplay", "best original screenplay", "best adapted screenplay", "original screenplay",
                "adapted screenplay");
        map("SCORE", "best score", "best original score", "original score");
        map("SONG", "best song", "best original song", "original song");
        map("FOREIGN_LANGUAGE_FILM", "best foreign language film", "best foreign film", "best international feature",
                "best international feature film", "best film not in the english language");
        map("ANIMATED_FILM", "best animated feature", "best animated film", "best animated feature film");
        map("DOCUMENTARY", "best documentary", "best documentary feature");
        map("DOCUMENTARY_SHORT", "best documentary short", "best documentary short subject");
        map("ANIMATED_SHORT", "best animated short", "best animated short film");
        map("LIVE_ACTION_SHORT", "best live action short", "best live action short film");
        map("CINEMATOGRAPHY", "best cinematography");
        map("PRODUCTION_DESIGN", "best production design", "best art direction");
        map("COSTUME_DESIGN", "best costume design");
        map("FILM_EDITING", "best editing", "best film editing");
        map("MAKEUP", "best makeup", "best makeup and hairstyling");
        map("SOUND", "best sound", "best sound mixing");
        map("SOUND_EDITING", "best sound editing");
        map("VISUAL_EFFECTS", "best visual effects");
        map("LIFETIME_ACHIEVEMENT", "lifetime achievement award", "lifetime achievement", "cecil b demille award");
        map("HONORARY", "honorary award");
    }

    private AwardCategoryPhrases() {
    }

    private static void map(String canonical, String... phrases) {
        for (String p : phrases) {
            String key = Names.normalize(p);
            PHRASES.put(key, canonical);
            FIRST_WORDS.add(key.split(" ")[0]);
            maxWords = Math.max(maxWords, key.split(" ").length);
        }
    }

    /** Canonical category of a normalized phrase, or null. */
    static String lookup(String normalized) {
        return PHRASES.get(normalized);
    }

    /** Whether some phrase starts with this normalized word: no phrase can start at any other word. */
    static boolean startsPhrase(String normalizedWord) {
        return FIRST_WORDS.contains(normalizedWord);
    }

    static int maxWords() {
        return maxWords;
    }

    /** Every canonical category used, for checking against the reference vocabulary. */
    static Set<String> canonicalNames() {
        return Set.copyOf(PHRASES.values());
    }
}
