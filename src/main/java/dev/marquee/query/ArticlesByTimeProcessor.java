package dev.marquee.query;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.marquee.serde.Json;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Keeps the summaries of the enriched events by processing time, for {@code GET /articles}: reading the newest
 * {@code limit} is then a reverse scan of {@code limit} entries instead of reading every stored event. Fed by the
 * changes of the enriched-articles table (one per version of an article, null when it is deleted), so an article sent
 * again moves to its new time. A second store remembers each article's time key, to drop the old entry.
 *
 * <p>Both stores have changelogs. A task whose index is empty while its articles are not (the first start after an
 * upgrade to this index, or a lost index) builds it from the articles store once, when the task starts.
 */
public final class ArticlesByTimeProcessor implements Processor<String, byte[], Void, Void> {

    /** Summary by time key: processing time in epoch milliseconds, zero-padded, then {@code '\n'} and the article id. */
    public static final String BY_TIME_STORE = "articles-by-processed-time-store";
    /** Article id to its entry's time key in {@link #BY_TIME_STORE}. */
    public static final String TIME_KEYS_STORE = "articles-processed-time-keys-store";

    private static final Logger LOG = LoggerFactory.getLogger(ArticlesByTimeProcessor.class);

    private final String articlesStoreName;
    private KeyValueStore<String, byte[]> byTime;
    private KeyValueStore<String, String> timeKeys;

    public ArticlesByTimeProcessor(String articlesStoreName) {
        this.articlesStoreName = articlesStoreName;
    }

    public static List<StoreBuilder<?>> storeBuilders() {
        return List.of(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(BY_TIME_STORE), Serdes.String(), Serdes.ByteArray()),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TIME_KEYS_STORE), Serdes.String(), Serdes.String()));
    }

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        byTime = context.getStateStore(BY_TIME_STORE);
        timeKeys = context.getStateStore(TIME_KEYS_STORE);
        TimestampedKeyValueStore<String, byte[]> articles = context.getStateStore(articlesStoreName);
        if (isEmpty(timeKeys) && !isEmpty(articles)) {
            long started = System.nanoTime();
            int indexed = 0;
            try (KeyValueIterator<String, ValueAndTimestamp<byte[]>> it = articles.all()) {
                while (it.hasNext()) {
                    KeyValue<String, ValueAndTimestamp<byte[]>> article = it.next();
                    index(article.key, article.value == null ? null : article.value.value());
                    indexed++;
                }
            }
            LOG.info("Indexed the {} stored articles of task {} by processing time in {} ms (the index was empty)", indexed,
                    context.taskId(), (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Override
    public void process(Record<String, byte[]> record) {
        index(record.key(), record.value());
    }

    private void index(String articleId, byte[] event) {
        if (articleId == null) {
            return;
        }
        String previous = timeKeys.get(articleId);
        if (previous != null) {
            byTime.delete(previous);
        }
        if (event == null) {
            timeKeys.delete(articleId);
            return;
        }
        Views.ArticleSummary summary;
        try {
            summary = summaryOf(event);
        } catch (RuntimeException e) {
            // The enriched topic is the app's own output; an unreadable event there is a bug to see, not a reason to stop.
            LOG.warn("Enriched event {} is unreadable and left out of GET /articles: {}", articleId, e.getMessage());
            timeKeys.delete(articleId);
            return;
        }
        String timeKey = timeKey(summary, articleId);
        byTime.put(timeKey, Json.toBytes(summary));
        timeKeys.put(articleId, timeKey);
    }

    /** Sorts as bytes in time order, then by article id; no readable time sorts as the oldest. */
    static String timeKey(Views.ArticleSummary summary, String articleId) {
        Instant at = processedAt(summary);
        return String.format("%019d", at == null ? 0 : Math.max(0, at.toEpochMilli())) + '\n' + articleId;
    }

    private static boolean isEmpty(KeyValueStore<String, ?> store) {
        try (KeyValueIterator<String, ?> it = store.all()) {
            return !it.hasNext();
        }
    }

    /** The processing time of a summary, null when it has none or none that reads as an ISO-8601 instant. */
    private static Instant processedAt(Views.ArticleSummary summary) {
        if (summary.processedAt() == null) {
            return null;
        }
        try {
            return Instant.parse(summary.processedAt());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The summary of an enriched event's JSON (five fields and two counts), the same as binding it to an
     * {@code EnrichedArticle} first; read as a stream of tokens, since the event's text and entities are not needed.
     */
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
