package dev.marquee.query;

import dev.marquee.serde.Json;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The newest {@code limit} articles of {@code GET /articles}, merged from the index of each partition this instance
 * holds and from its peers' answers (at most {@code limit} from each). Newest is the order of
 * {@link ArticlesByTimeProcessor}'s time keys read backwards: the latest {@code processed_at} to the millisecond
 * (events without a readable one last), then the greater article id. The merge and each partition's scan must
 * agree on it, ties included, or the merge could keep other articles than one scan over all partitions would.
 */
final class NewestArticles {

    /**
     * A summary with its time key, computed once, as bytes: the order the store keeps its keys in (as strings, ids
     * beyond U+FFFF would sort otherwise).
     */
    private record Candidate(byte[] timeKey, Views.ArticleSummary summary) {
    }

    private static final Comparator<Candidate> NEWEST_KEY_FIRST =
            Comparator.comparing(Candidate::timeKey, Arrays::compareUnsigned).reversed();

    private final int limit;
    /** At most limit from each partition and from each peer, so a plain list sorted once is enough. */
    private final List<Candidate> candidates = new ArrayList<>();

    NewestArticles(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be at least 0, got " + limit);
        }
        this.limit = limit;
    }

    void add(Views.ArticleSummary summary) {
        candidates.add(candidate(summary));
    }

    /** Adds the newest {@code limit} of one partition's index. */
    void addNewestOf(ReadOnlyKeyValueStore<String, byte[]> partitionIndex) {
        try (KeyValueIterator<String, byte[]> it = partitionIndex.reverseAll()) {
            for (int read = 0; read < limit && it.hasNext(); read++) {
                // The store's key is the time key already.
                KeyValue<String, byte[]> entry = it.next();
                candidates.add(new Candidate(entry.key.getBytes(StandardCharsets.UTF_8),
                        Json.fromBytes(entry.value, Views.ArticleSummary.class)));
            }
        }
    }

    private static Candidate candidate(Views.ArticleSummary summary) {
        String id = summary.articleId() == null ? "" : summary.articleId();
        return new Candidate(ArticlesByTimeProcessor.timeKey(summary, id).getBytes(StandardCharsets.UTF_8), summary);
    }

    List<Views.ArticleSummary> newestFirst() {
        return candidates.stream().sorted(NEWEST_KEY_FIRST).limit(limit).map(Candidate::summary).toList();
    }
}
