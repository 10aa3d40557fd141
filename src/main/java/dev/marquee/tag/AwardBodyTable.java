package dev.marquee.tag;

import dev.marquee.awards.AwardBodies;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Award bodies, ceremonies and festivals the tagger recognises by name, with their usual aliases.
 * Facts only: the official names of the bodies and the short forms the press uses for them. Bodies of
 * the reference data use its ids ({@link AwardBodies}); the others get a Marquee key and no id.
 */
final class AwardBodyTable {

    /** @param id reference id, null when the reference data has no such body */
    record Body(String key, String id, String name) {
    }

    /**
     * An alias. {@code nameLike} aliases are also given names ("Oscar Isaac", "Emmy Rossum"), so they do not
     * count when a proper name follows.
     */
    record Alias(Body body, boolean nameLike) {
    }

    private static final Map<String, Alias> ALIASES = new HashMap<>();
    /** Bodies of music, television and the stage: what they award after "for" is no film. */
    private static final Set<String> OTHER_ARTS = new HashSet<>();
    private static int maxAliasWords = 1;

    static {
        body(AwardBodies.ACADEMY_AWARDS, AwardBodies.ACADEMY_AWARDS, AwardBodies.displayName(AwardBodies.ACADEMY_AWARDS),
                List.of("Oscars", "Academy Award", "Academy Awards", "Academy Awards ceremony"), List.of("Oscar"));
        body(AwardBodies.GOLDEN_GLOBES, AwardBodies.GOLDEN_GLOBES, AwardBodies.displayName(AwardBodies.GOLDEN_GLOBES),
                List.of("Golden Globe", "Golden Globes", "Golden Globe Award", "Golden Globe Awards"), List.of());
        own("British Academy Film Awards", List.of("BAFTA", "BAFTAs", "Bafta", "Baftas", "BAFTA Award", "BAFTA Awards",
                "BAFTA Film Awards", "British Academy Film Award"), List.of());
        otherArts("Emmy Awards", List.of("Emmys", "Emmy Award", "Primetime Emmy Awards", "Primetime Emmy Award",
                "Primetime Emmys", "Daytime Emmy Awards", "Daytime Emmys"), List.of("Emmy"));
        // "Actor Awards" is the ceremony's name since 2025. "Screen Actors Guild" alone is the union's.
        own("Screen Actors Guild Awards", List.of("SAG Awards", "SAG Award", "Screen Actors Guild Award",
                "SAG-AFTRA Awards", "Actor Awards"), List.of());
        own("Critics' Choice Awards", List.of("Critics' Choice", "Critics Choice", "Critics' Choice Award",
                "Critics Choice Awards", "Critics Choice Award",
                "Critics' Choice Movie Awards", "Broadcast Film Critics Association Awards"), List.of());
        own("Independent Spirit Awards", List.of("Independent Spirit Award", "Spirit Awards", "Spirit Award"), List.of());
        own("Cannes Film Festival", List.of("Cannes", "Festival de Cannes", "Cannes festival", "Palme d'Or"), List.of());
        own("Venice Film Festival", List.of("Venice International Film Festival", "Golden Lion"), List.of());
        own("Berlin International Film Festival", List.of("Berlinale", "Berlin Film Festival", "Golden Bear"), List.of());
        own("Toronto International Film Festival", List.of("TIFF", "Toronto Film Festival"), List.of());
        own("Sundance Film Festival", List.of("Sundance", "Sundance festival"), List.of());
        otherArts("Grammy Awards", List.of("Grammys", "Grammy Award"), List.of("Grammy"));
        otherArts("Tony Awards", List.of("Tonys", "Tony Award", "Antoinette Perry Award"), List.of());
        otherArts("Laurence Olivier Awards", List.of("Laurence Olivier Award", "Olivier Awards", "Olivier Award",
                "Oliviers"), List.of());
        // The directors' and producers' guilds are in the news for their awards; the writers' guild for its strikes too,
        // so only its awards' names count.
        own("Directors Guild of America Awards", List.of("DGA Award", "DGA Awards", "Directors Guild Award",
                "Directors Guild Awards", "Directors Guild of America Award", "Directors Guild of America",
                "Directors Guild", "DGA"), List.of());
        own("Writers Guild of America Awards", List.of("WGA Award", "WGA Awards", "Writers Guild Award",
                "Writers Guild Awards", "Writers Guild of America Award"), List.of());
        own("Producers Guild of America Awards", List.of("PGA Award", "PGA Awards", "Producers Guild Award",
                "Producers Guild Awards", "Producers Guild of America Award", "Producers Guild of America",
                "Producers Guild", "PGA"), List.of());
        own("Golden Raspberry Awards", List.of("Razzies", "Razzie", "Razzie Awards", "Razzie Award",
                "Golden Raspberry Award"), List.of());
        own("César Awards", List.of("Césars", "César Award"), List.of("César"));
        own("MTV Movie Awards", List.of("MTV Movie & TV Awards", "MTV Movie Award"), List.of());
        otherArts("MTV Video Music Awards", List.of("VMAs", "VMA", "MTV Video Music Award"), List.of());
        own("People's Choice Awards", List.of("People's Choice Award"), List.of());
        own("Teen Choice Awards", List.of("Teen Choice Award"), List.of());
        own("Kids' Choice Awards", List.of("Kids' Choice Award", "Kids Choice Awards"), List.of());
        // Critics' groups go by their own names, which their awards carry.
        own("National Board of Review", List.of("National Board of Review Awards"), List.of());
        own("New York Film Critics Circle", List.of("New York Film Critics Circle Awards", "New York Film Critics Circle Award"),
                List.of());
        own("Los Angeles Film Critics Association", List.of("Los Angeles Film Critics Association Awards", "LAFCA"),
                List.of());
        own("National Society of Film Critics", List.of("National Society of Film Critics Awards"), List.of());
        own("Chicago Film Critics Association", List.of("Chicago Film Critics Association Awards"), List.of());
        own("London Film Critics' Circle", List.of("London Film Critics' Circle Awards", "London Critics' Circle",
                "London Critics' Circle Film Awards"), List.of());
        own("Annie Awards", List.of("Annie Award"), List.of());
        own("Saturn Awards", List.of("Saturn Award"), List.of());
    }

    private AwardBodyTable() {
    }

    private static void body(String key, String id, String name, List<String> aliases, List<String> nameLike) {
        Body body = new Body(key, id, name);
        add(name, new Alias(body, false));
        aliases.forEach(a -> add(a, new Alias(body, false)));
        nameLike.forEach(a -> add(a, new Alias(body, true)));
    }

    private static void own(String name, List<String> aliases, List<String> nameLike) {
        body(ownKey(name), null, name, aliases, nameLike);
    }

    /** A body of music, television or the stage, with a Marquee key. */
    private static void otherArts(String name, List<String> aliases, List<String> nameLike) {
        own(name, aliases, nameLike);
        OTHER_ARTS.add(ownKey(name));
    }

    static String ownKey(String name) {
        return "mq:award:" + Names.normalize(name).replace(' ', '-');
    }

    private static void add(String surface, Alias alias) {
        String key = Names.normalize(surface);
        ALIASES.put(key, alias);
        maxAliasWords = Math.max(maxAliasWords, key.split(" ").length);
    }

    /** The alias whose normalized form is {@code normalized}, or null. */
    static Alias lookup(String normalized) {
        return ALIASES.get(normalized);
    }

    /** Whether the body of {@code key} gives awards to films, so "an award for" may precede a film's title. */
    static boolean awardsFilms(String key) {
        return !OTHER_ARTS.contains(key);
    }

    static int maxAliasWords() {
        return maxAliasWords;
    }
}
