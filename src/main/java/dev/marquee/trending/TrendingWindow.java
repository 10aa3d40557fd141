package dev.marquee.trending;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * The two trending windows, by article publication time. Each has a grace period for late articles: an article
 * published inside a window but arriving up to {@code grace} after the window's end still counts; later ones are
 * dropped from that window (Kafka Streams' late-record metric counts them). The stores keep windows longer than
 * that ({@code retention}) so the page can draw a sparkline of the recent past.
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

    public TimeWindows windows() {
        return TimeWindows.ofSizeAndGrace(size, grace).advanceBy(advance);
    }

    /** Turns a closed window's state into the trending record, keyed by entity key. */
    public KeyValue<String, TrendingCount> finalCount(Windowed<String> window, EntityCount count) {
        return KeyValue.pair(window.key(), count(window.key(), window.window().start(), count));
    }

    public TrendingCount count(String entityKey, long windowStart, EntityCount count) {
        return new TrendingCount(entityKey, count.entityType(), count.entityName(), id, Instant.ofEpochMilli(windowStart).toString(),
                Instant.ofEpochMilli(windowStart).plus(size).toString(), count.articles());
    }

    public static Optional<TrendingWindow> byId(String id) {
        return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst();
    }
}
