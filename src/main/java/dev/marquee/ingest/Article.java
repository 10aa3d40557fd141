package dev.marquee.ingest;

/**
 * A validated article ready for tagging. {@code text} is the plain text (HTML stripped) that every
 * mention offset downstream refers to.
 *
 * @param publishedAt ISO-8601 as given (date-time, date, or partial date such as {@code 2011-02}); null if absent
 * @param language    language code as given, or null
 */
public record Article(String id, String title, String url, String source, String publishedAt, String language, String text) {
}
