package dev.marquee.claims;

import dev.marquee.awards.AwardBodies;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words award claims are made of: award bodies (in the reference data or not), numbers, and category phrases
 * mapped to the canonical categories of {@code docs/awards-categories.md}.
 */
final class ClaimVocabulary {

    /** Bodies news writes about that the reference does not hold: claims about them are unverifiable, not wrong. */
    static final String BAFTA = "bafta";
    static final String EMMY = "emmy-awards";
    static final String SAG = "sag-awards";
    static final String SPIRIT = "independent-spirit-awards";
    static final String CRITICS_CHOICE = "critics-choice-awards";
    static final String PALME = "cannes-palme-d-or";

    /** Longest alternatives first, so "Golden Globe Award" is not cut to "Golden Globe". */
    static final String BODY = "(?:Academy\\s+Awards?|Oscars?|Golden\\s+Globe(?:\\s+Awards?|s)?|BAFTA(?:\\s+Awards?|s)?|Emmy(?:\\s+Awards?|s)?"
            + "|(?:SAG|Screen\\s+Actors\\s+Guild)\\s+Awards?|Independent\\s+Spirit\\s+Awards?|Critics'?\\s+Choice\\s+Awards?|Palme\\s+d'Or)";

    /**
     * A word that every match of each alternative of {@link #BODY} holds, in lower case. Kept beside it so a body
     * added there is added here too: {@link ClaimFinder} skips the claim forms on sentences holding none of these
     * (nor "nominated" or "shortlisted").
     */
    static final List<String> BODY_WORDS = List.of("academy", "oscar", "globe", "bafta", "emmy", "sag", "screen", "spirit",
            "critics", "palme");

    static final String NUMBER = "(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
            + "|sixteen|seventeen|eighteen|nineteen|twenty)";

    /** "best" and up to five more words; {@link #category} finds how much of it names a category. */
    static final String CATEGORY_PHRASE = "best(?:\\s+[\\p{L}'-]+){1,5}";

    private static final String[] NUMBER_WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};

    private static final Map<Pattern, String> CATEGORIES = new LinkedHashMap<>();

    static {
        // Most specific first: "best supporting actor" must not be read as "best actor".
        category("best\\s+supporting\\s+actor", "SUPPORTING_ACTOR");
        category("best\\s+supporting\\s+actress", "SUPPORTING_ACTRESS");
        category("best\\s+(?:lead\\s+|leading\\s+)?actor", "LEAD_ACTOR");
        category("best\\s+(?:lead\\s+|leading\\s+)?actress", "LEAD_ACTRESS");
        category("best\\s+(?:animated\\s+(?:feature(?:\\s+film)?|film|picture))", "ANIMATED_FILM");
        category("best\\s+(?:foreign[\\s-]+language\\s+film|international\\s+feature(?:\\s+film)?|foreign\\s+film)", "FOREIGN_LANGUAGE_FILM");
        category("best\\s+documentary(?:\\s+feature)?", "DOCUMENTARY");
        category("best\\s+(?:motion\\s+)?picture|best\\s+film", "BEST_PICTURE");
        category("best\\s+director|best\\s+directing", "DIRECTOR");
        category("best\\s+(?:original\\s+|adapted\\s+)?screenplay", "SCREENPLAY");
        category("best\\s+(?:original\\s+)?score", "SCORE");
        category("best\\s+(?:original\\s+)?song", "SONG");
        category("best\\s+cinematography", "CINEMATOGRAPHY");
        category("best\\s+(?:film\\s+)?editing", "FILM_EDITING");
        category("best\\s+costume\\s+design", "COSTUME_DESIGN");
        category("best\\s+production\\s+design|best\\s+art\\s+direction", "PRODUCTION_DESIGN");
        category("best\\s+visual\\s+effects", "VISUAL_EFFECTS");
        category("best\\s+makeup(?:\\s+and\\s+hairstyling)?", "MAKEUP");
        category("best\\s+sound\\s+editing", "SOUND_EDITING");
        category("best\\s+sound(?:\\s+mixing)?", "SOUND");
    }

    private ClaimVocabulary() {
    }

    private static void category(String regex, String canonical) {
        CATEGORIES.put(Pattern.compile(regex + "\\b", Pattern.CASE_INSENSITIVE), canonical);
    }

    /** Canonical categories the phrases map to; a test checks each one occurs in the shipped reference data. */
    static java.util.Collection<String> canonicalCategories() {
        return CATEGORIES.values();
    }

    /** Body id of a body as written, e.g. "Oscar" → academy-awards. */
    static String body(String written) {
        String b = written.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (b.startsWith("oscar") || b.startsWith("academy award")) {
            return AwardBodies.ACADEMY_AWARDS;
        }
        if (b.startsWith("golden globe")) {
            return AwardBodies.GOLDEN_GLOBES;
        }
        if (b.startsWith("bafta")) {
            return BAFTA;
        }
        if (b.startsWith("emmy")) {
            return EMMY;
        }
        if (b.startsWith("sag") || b.startsWith("screen actors")) {
            return SAG;
        }
        if (b.startsWith("independent spirit")) {
            return SPIRIT;
        }
        if (b.startsWith("critics")) {
            return CRITICS_CHOICE;
        }
        return PALME;
    }

    /** The value of a number as written ("five", "5"). */
    static int number(String written) {
        String n = written.toLowerCase(Locale.ROOT);
        for (int i = 0; i < NUMBER_WORDS.length; i++) {
            if (NUMBER_WORDS[i].equals(n)) {
                return i;
            }
        }
        return Integer.parseInt(n);
    }

    /** A category named at the start of {@code phrase}, with the length of its name; null when the phrase names none. */
    static CategoryMatch category(CharSequence phrase) {
        for (Map.Entry<Pattern, String> e : CATEGORIES.entrySet()) {
            Matcher m = e.getKey().matcher(phrase);
            if (m.lookingAt()) {
                return new CategoryMatch(e.getValue(), m.end());
            }
        }
        return null;
    }

    record CategoryMatch(String canonical, int length) {
    }
}
