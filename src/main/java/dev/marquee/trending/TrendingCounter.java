package dev.marquee.trending;

import dev.marquee.mentions.EntityMention;
import dev.marquee.serde.MarqueeSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts articles per entity in the hopping {@link TrendingWindow}s and publishes each window's final count once,
 * when stream time passes its end plus grace.
 *
 * <p>A mention updates one pane per window kind, the slice of one hop ({@code advance}) it falls in, instead of
 * every hopping window containing it (12 for the hour, 24 for the day): a window's count is the sum of its panes.
 * That is one state write per mention and window kind instead of 36 in all, which is what the stream app's
 * throughput hinged on. The pane stores are also what the trending queries read.
 *
 * <p>Stream time and the end of the last window published are kept per task in a small store, so a restart neither
 * publishes a window twice nor forgets how late a mention may be. A mention too late for every window containing it
 * is dropped and counted ({@code onLate}), as Kafka Streams' own windows do.
 */
public final class TrendingCounter implements Processor<String, EntityMention, String, TrendingCount> {

    public static final String PROGRESS_STORE = "trending-progress-store";
    private static final String STREAM_TIME = "stream-time";

    private final Runnable onLate;
    private ProcessorContext<String, TrendingCount> context;
    private final Map<TrendingWindow, WindowStore<String, EntityCount>> panes = new EnumMap<>(TrendingWindow.class);
    private KeyValueStore<String, Long> progress;
    private long streamTime = Long.MIN_VALUE;
    /** The progress store's window ends, held here too: they are read for every mention and change once a hop. */
    private final Map<TrendingWindow, Long> publishedEnds = new EnumMap<>(TrendingWindow.class);

    /** @param onLate called for each mention dropped from a window kind as later than its grace */
    public TrendingCounter(Runnable onLate) {
        this.onLate = onLate;
    }

    /** The pane store of each window kind, and the progress store. */
    public static List<StoreBuilder<?>> storeBuilders() {
        List<StoreBuilder<?>> builders = new ArrayList<>();
        for (TrendingWindow window : TrendingWindow.values()) {
            builders.add(Stores.windowStoreBuilder(
                    Stores.persistentWindowStore(window.storeName(), window.retention(), window.advance(), false),
                    MarqueeSerdes.key(), MarqueeSerdes.entityCount()).withCachingEnabled());
        }
        builders.add(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PROGRESS_STORE), Serdes.String(), Serdes.Long())
                .withCachingEnabled());
        return builders;
    }

    /** Names of the stores this processor uses. */
    public static String[] storeNames() {
        List<String> names = new ArrayList<>();
        for (TrendingWindow window : TrendingWindow.values()) {
            names.add(window.storeName());
        }
        names.add(PROGRESS_STORE);
        return names.toArray(String[]::new);
    }

    @Override
    public void init(ProcessorContext<String, TrendingCount> context) {
        this.context = context;
        for (TrendingWindow window : TrendingWindow.values()) {
            panes.put(window, context.getStateStore(window.storeName()));
        }
        progress = context.getStateStore(PROGRESS_STORE);
        Long saved = progress.get(STREAM_TIME);
        streamTime = saved == null ? Long.MIN_VALUE : saved;
        for (TrendingWindow window : TrendingWindow.values()) {
            Long published = progress.get(window.id());
            if (published != null) {
                publishedEnds.put(window, published);
            }
        }
    }

    @Override
    public void process(Record<String, EntityMention> record) {
        long time = record.timestamp();
        if (time > streamTime) {
            streamTime = time;
            progress.put(STREAM_TIME, streamTime);
        }
        for (TrendingWindow window : TrendingWindow.values()) {
            count(window, record.key(), record.value(), time);
            publishClosedWindows(window);
        }
    }

    private void count(TrendingWindow window, String entityKey, EntityMention mention, long time) {
        long pane = window.paneStart(time);
        if (window.closesAt(pane + window.size().toMillis()) <= streamTime) {
            onLate.run();
            return;
        }
        WindowStore<String, EntityCount> store = panes.get(window);
        EntityCount current = store.fetch(entityKey, pane);
        store.put(entityKey, EntityCount.add(entityKey, mention, current == null ? EntityCount.empty() : current), pane);
    }

    private void publishClosedWindows(TrendingWindow window) {
        long lastClosedEnd = window.lastEndClosedBy(streamTime);
        Long published = publishedEnds.get(window);
        if (published != null && published >= lastClosedEnd) {
            return;
        }
        if (published != null) {
            // Panes older than the store's retention are gone: a jump in stream time need not visit every hop in between.
            long first = Math.max(published + window.advance().toMillis(), lastClosedEnd - window.retention().toMillis());
            for (long end = first; end <= lastClosedEnd; end += window.advance().toMillis()) {
                publish(window, end);
            }
        }
        // The first mention of a task: windows closed before it hold nothing here, so there is nothing to publish.
        progress.put(window.id(), lastClosedEnd);
        publishedEnds.put(window, lastClosedEnd);
    }

    private void publish(TrendingWindow window, long end) {
        long start = end - window.size().toMillis();
        window.countsOf(panes.get(window), start)
                .forEach((key, count) -> context.forward(new Record<>(key, window.count(key, start, count), end - 1)));
    }
}
