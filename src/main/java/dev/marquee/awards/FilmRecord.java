package dev.marquee.awards;

import java.util.List;

/**
 * One film of the catalogue ({@code reference/films/films.tsv}), the value of the films reference topic.
 *
 * @param key       stable record key {@code film:<title slug>:<year|unknown>}, {@code #n} appended for the n-th row
 *                  with the same title and year; it is also the film's own id without the {@code mq:} prefix
 * @param title     title as the source writes it
 * @param year      release year; null when the source has none
 * @param directors directors in source order; may be empty
 * @param cast      up to ten cast names in source order; may be empty
 * @param origin    production countries; may be empty
 * @param sourceUrl English Wikipedia page of the film
 * @param source    the data set(s) the row came from
 */
public record FilmRecord(
        String key,
        String title,
        Integer year,
        List<String> directors,
        List<String> cast,
        List<String> origin,
        String sourceUrl,
        List<String> source) implements KeyedRecord {

    public FilmRecord {
        directors = directors == null ? List.of() : List.copyOf(directors);
        cast = cast == null ? List.of() : List.copyOf(cast);
        origin = origin == null ? List.of() : List.copyOf(origin);
        source = source == null ? List.of() : List.copyOf(source);
    }
}
