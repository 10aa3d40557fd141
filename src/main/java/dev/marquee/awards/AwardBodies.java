package dev.marquee.awards;

import java.util.Map;

/** Award bodies of the reference data: their ids, as the topic and the enriched events carry them, and display names. */
public final class AwardBodies {

    public static final String ACADEMY_AWARDS = "academy-awards";
    public static final String GOLDEN_GLOBES = "golden-globe-awards";

    private static final Map<String, String> DISPLAY_NAMES = Map.of(
            ACADEMY_AWARDS, "Academy Awards",
            GOLDEN_GLOBES, "Golden Globe Awards");

    private AwardBodies() {
    }

    public static String displayName(String bodyId) {
        return DISPLAY_NAMES.getOrDefault(bodyId, bodyId);
    }

    /** "86th", as ceremonies are named ("the 86th Academy Awards"). */
    public static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
