package dev.marquee.tag;

import java.util.Set;

/** Word lists more than one pass of the tagger reads. */
final class Cues {

    /** Words that cost nothing to capitalize in a title and are not name parts. */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "as", "into", "onto", "upon", "is", "are", "be", "s");
    static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Lower-case particles inside people's names ("Guillermo del Toro", "Lars von Trier"). */
    static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "der", "den", "da", "das", "do",
            "dos", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "my", "your", "our");
    /** Verbs that, before a category ("won best actress"), make their subject a nominee: a person, as films are titles. */
    static final Set<String> WIN_VERBS = Set.of("won", "wins", "win", "took", "takes", "scooped", "collected",
            "received", "receives", "earned", "earns");
    /** Nouns a character's name follows, with or without "of": "the role of Jo", "her portrayal of Oppenheimer". */
    static final Set<String> CHARACTER_NOUNS = Set.of("character", "role", "portrayal");
    /** Verbs after which "as" introduces a role: "stars as", "cast as". */
    static final Set<String> CASTING_VERBS = Set.of("stars", "starred", "starring", "star", "appears",
            "appeared", "appearing", "cast", "recast", "returns", "returned", "returning", "costars", "debuts");
    /** Words that end an organisation's name after a founder's: "Dick Clark Productions", "Jim Henson Company". */
    static final Set<String> ORGANISATION_WORDS = Set.of("productions", "studios", "studio", "pictures", "films",
            "entertainment", "company", "foundation", "institute", "inc", "corp", "ltd", "llc", "group", "media",
            "records", "critics");
    static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'", "«", "»");

    private Cues() {
    }
}
