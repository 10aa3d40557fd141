package dev.marquee.query;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.marquee.serde.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The newest {@code limit} articles of {@code GET /articles}, merged from this instance's index and its peers'
 * answers (at most {@code limit} from each). An event's summary (five fields and two counts) is read from it
 * as a stream of tokens instead of binding an {@code EnrichedArticle}, text and entities included.
 * Newest is the latest {@code processed_at} (events without a readable one last), then article id.
 */
final class NewestArticles {

    /**
     * By time, not by string: events written before {@code processed_at} had a fixed width (still in the compacted
     * topic) print 0, 3, 6 or 9 fraction digits, and "…41.123Z" sorts after "…41.123456Z" as a string.
     */
    static final Comparator<Views.ArticleSummary> NEWEST_FIRST = Comparator
            .comparing((Views.ArticleSummary a) -> processedAt(a), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Views.ArticleSummary::articleId, Comparator.nullsLast(Comparator.naturalOrder()));

    private final int limit;
    /** At most limit from the local index and from each peer, so a plain list sorted once is enough. */
    private final List<Views.ArticleSummary> candidates = new ArrayList<>();

    NewestArticles(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be at least 0, got " + limit);
        }
        this.limit = limit;
    }

    void add(Views.ArticleSummary summary) {
        candidates.add(summary);
    }

    List<Views.ArticleSummary> newestFirst() {
        return candidates.stream().sorted(NEWEST_FIRST).limit(limit).toList();
    }

    /** The processing time of a summary, null when it has none or none that reads as an ISO-8601 instant. */
    static Instant processedAt(Views.ArticleSummary summary) {
        if (summary.processedAt() == null) {
            return null;
        }
        try {
            return Instant.parse(summary.processedAt());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The summary of an enriched event's JSON, the same as binding it to an {@code EnrichedArticle} first. */
    static Views.ArticleSummary summaryOf(byte[] event) {
        String articleId = null;
        String title = null;
        String source = null;
        String publishedAt = null;
        String processedAt = null;
        int entities = 0;
        int claims = 0;
        try (JsonParser parser = Json.MAPPER.getFactory().createParser(event)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("an enriched event is a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "article_id" -> articleId = parser.getValueAsString();
                    case "title" -> title = parser.getValueAsString();
                    case "source" -> source = parser.getValueAsString();
                    case "published_at" -> publishedAt = parser.getValueAsString();
                    case "processed_at" -> processedAt = parser.getValueAsString();
                    case "entities" -> entities = countElements(parser, value);
                    case "claims" -> claims = countElements(parser, value);
                    default -> parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable enriched event in the store", e);
        }
        return new Views.ArticleSummary(articleId, title, source, publishedAt, processedAt, entities, claims);
    }

    private static int countElements(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return 0;
        }
        int n = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            n++;
            parser.skipChildren();
        }
        return n;
    }
}
