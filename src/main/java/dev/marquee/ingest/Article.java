package dev.marquee.ingest;

import java.util.List;

/**
 * A validated article ready for tagging. {@code text} is the plain text (HTML stripped) that every
 * mention offset downstream refers to.
 *
 * @param publishedAt ISO-8601 as given (date-time, date, or partial date such as {@code 2011-02}); null if absent
 * @param language    language code as given, or null
 * @param emphasis    spans of {@code text} that the source set in italics (evidence for titles); empty for plain input
 */
public record Article(String id, String title, String url, String source, String publishedAt, String language, String text,
                      List<TextSpan> emphasis) {

    public Article {
        emphasis = emphasis == null ? List.of() : List.copyOf(emphasis);
    }

    public Article(String id, String title, String url, String source, String publishedAt, String language, String text) {
        this(id, title, url, source, publishedAt, language, text, List.of());
    }

    /** The same article with {@code language} set (e.g. detected from the text). */
    public Article withLanguage(String language) {
        return new Article(id, title, url, source, publishedAt, language, text, emphasis);
    }
}
