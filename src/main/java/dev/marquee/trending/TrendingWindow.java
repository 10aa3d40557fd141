package dev.marquee.trending;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The two trending windows, by article publication time. Each has a grace period for late articles: an article
 * published inside a window but arriving up to {@code grace} after the window's end still counts; later ones are
 * dropped from that window ({@code marquee_trending_late_mentions_total} counts them). The counts are kept per pane,
 * the slice of one hop, and a window's count is the sum of its panes (see {@link TrendingCounter}). The stores keep
 * panes longer than a window ({@code retention}) so the page can draw a sparkline of the recent past.
 */
public enum TrendingWindow {
    /** Hopping 1-hour windows every 5 minutes: "the last hour", fresh every 5 minutes. */
    ONE_HOUR("1h", Duration.ofHours(1), Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofHours(48), Duration.ofHours(1)),
    /** Hopping 24-hour windows every hour: "the last day", fresh every hour. */
    ONE_DAY("24h", Duration.ofHours(24), Duration.ofHours(1), Duration.ofHours(1), Duration.ofDays(8), Duration.ofHours(24));

    private final String id;
    private final Duration size;
    private final Duration advance;
    private final Duration grace;
    private final Duration retention;
    private final Duration sparklineStep;

    TrendingWindow(String id, Duration size, Duration advance, Duration grace, Duration retention, Duration sparklineStep) {
        this.id = id;
        this.size = size;
        this.advance = advance;
        this.grace = grace;
        this.retention = retention;
        this.sparklineStep = sparklineStep;
    }

    public String id() {
        return id;
    }

    public Duration size() {
        return size;
    }

    public Duration advance() {
        return advance;
    }

    public Duration grace() {
        return grace;
    }

    public Duration retention() {
        return retention;
    }

    /** Distance between two sparkline points: one window size, so the points do not overlap. */
    public Duration sparklineStep() {
        return sparklineStep;
    }

    public String storeName() {
        return "trending-" + id + "-store";
    }

    /** Start of the pane (the slice of one hop) that time {@code t} falls in. */
    public long paneStart(long t) {
        return Math.floorDiv(t, advance.toMillis()) * advance.toMillis();
    }

    /** Stream time at which the window ending at {@code end} closes: its end plus grace. */
    public long closesAt(long end) {
        return end + grace.toMillis();
    }

    /** End of the latest window that stream time {@code streamTime} has closed. */
    public long lastEndClosedBy(long streamTime) {
        return Math.floorDiv(streamTime - grace.toMillis(), advance.toMillis()) * advance.toMillis();
    }

    /** Start of the earliest window containing {@code t}: the one covering the last full window size up to {@code t}. */
    public long earliestStartContaining(long t) {
        return paneStart(t - size.toMillis()) + advance.toMillis();
    }

    /**
     * Each entity's count in the window starting at {@code windowStart}: the sum of the panes it spans, named as its
     * latest pane names the entity. Entities without a mention in the window are absent.
     */
    public Map<String, EntityCount> countsOf(ReadOnlyWindowStore<String, EntityCount> panes, long windowStart) {
        Map<String, EntityCount> sums = new LinkedHashMap<>();
        Map<String, Long> namedAt = new HashMap<>();
        long lastPane = windowStart + size.toMillis() - advance.toMillis();
        try (KeyValueIterator<Windowed<String>, EntityCount> it = panes.fetchAll(Instant.ofEpochMilli(windowStart), Instant.ofEpochMilli(lastPane))) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, EntityCount> pane = it.next();
                String key = pane.key.key();
                long paneStart = pane.key.window().start();
                EntityCount before = sums.get(key);
                if (before == null) {
                    sums.put(key, pane.value);
                    namedAt.put(key, paneStart);
                    continue;
                }
                EntityCount named = paneStart >= namedAt.get(key) ? pane.value : before;
                namedAt.merge(key, paneStart, Math::max);
                sums.put(key, new EntityCount(key, named.entityType(), named.entityName(), before.articles() + pane.value.articles()));
            }
        }
        return sums;
    }

    /** One entity's count in each of the windows starting at {@code windowStarts}, in that order; 0 where it had none. */
    public List<Integer> countsOf(ReadOnlyWindowStore<String, EntityCount> panes, String entityKey, List<Long> windowStarts) {
        long first = windowStarts.stream().mapToLong(Long::longValue).min().orElse(0);
        long last = windowStarts.stream().mapToLong(Long::longValue).max().orElse(0) + size.toMillis() - advance.toMillis();
        Map<Long, Integer> byPane = new HashMap<>();
        try (WindowStoreIterator<EntityCount> it = panes.fetch(entityKey, Instant.ofEpochMilli(first), Instant.ofEpochMilli(last))) {
            it.forEachRemaining(kv -> byPane.put(kv.key, kv.value.articles()));
        }
        List<Integer> counts = new ArrayList<>(windowStarts.size());
        for (long start : windowStarts) {
            int sum = 0;
            for (Map.Entry<Long, Integer> pane : byPane.entrySet()) {
                if (pane.getKey() >= start && pane.getKey() < start + size.toMillis()) {
                    sum += pane.getValue();
                }
            }
            counts.add(sum);
        }
        return counts;
    }

    public TrendingCount count(String entityKey, long windowStart, EntityCount count) {
        return new TrendingCount(entityKey, count.entityType(), count.entityName(), id, Instant.ofEpochMilli(windowStart).toString(),
                Instant.ofEpochMilli(windowStart).plus(size).toString(), count.articles());
    }

    public static Optional<TrendingWindow> byId(String id) {
        return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst();
    }
}
