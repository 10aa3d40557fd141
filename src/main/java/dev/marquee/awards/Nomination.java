package dev.marquee.awards;

import java.util.List;

/**
 * One normalized nomination of the awards reference table, the value of the reference topic.
 *
 * @param key          stable record key; loading the same data twice yields the same keys
 * @param body         award body id, e.g. {@code academy-awards}, {@code golden-globe-awards}
 * @param ceremony     ceremony number (86 for the 86th Academy Awards)
 * @param ceremonyYear calendar year in which the ceremony was held
 * @param filmYear     eligibility year of the films as the source writes it ("2013", "1927/28")
 * @param category     canonical category, shared across bodies where they mean the same thing
 * @param rawCategory  category exactly as the source writes it
 * @param films        films the nomination names, in source order
 * @param nominees     people the nomination names, in source order (empty for e.g. Best Picture at the Globes)
 * @param won          whether the nomination won
 * @param detail       source detail such as the character or the song title; may be null
 */
public record Nomination(
        String key,
        String body,
        int ceremony,
        int ceremonyYear,
        String filmYear,
        String category,
        String rawCategory,
        List<EntityRef> films,
        List<EntityRef> nominees,
        boolean won,
        String detail) implements KeyedRecord {

    public Nomination {
        films = films == null ? List.of() : List.copyOf(films);
        nominees = nominees == null ? List.of() : List.copyOf(nominees);
    }

    public boolean names(String entityId) {
        return films.stream().anyMatch(f -> entityId.equals(f.id()))
                || nominees.stream().anyMatch(n -> entityId.equals(n.id()));
    }
}
