package dev.marquee.trending;

import dev.marquee.mentions.EntityMention;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

import java.time.Duration;
import java.util.Arrays;

/**
 * Lets an entity mention through to the trending counts only the first time its article is seen at that
 * publication time: an article sent again (same id, same {@code published_at}) would otherwise count twice. Keyed
 * by entity like its input, so it needs no repartition. What it remembers expires with the longest trending window
 * plus its grace: after that no window could count the repeat anyway.
 */
public final class RepeatedMentionFilter implements FixedKeyProcessor<String, EntityMention, EntityMention> {

    public static final String STORE = "trending-seen-mentions-store";

    private FixedKeyProcessorContext<String, EntityMention> context;
    private WindowStore<String, Boolean> seen;

    /** The store of mentions seen, by entity and article, at their event time. */
    public static StoreBuilder<WindowStore<String, Boolean>> storeBuilder() {
        Duration reach = Arrays.stream(TrendingWindow.values())
                .map(w -> w.size().plus(w.grace()))
                .max(Duration::compareTo)
                .orElseThrow();
        return Stores.windowStoreBuilder(
                Stores.persistentWindowStore(STORE, reach, Duration.ofMillis(1), false),
                Serdes.String(), Serdes.Boolean());
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EntityMention> context) {
        this.context = context;
        this.seen = context.getStateStore(STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, EntityMention> record) {
        // The entity is the record key; the article id tells two articles about it apart.
        String key = record.key() + '\n' + record.value().articleId();
        long time = record.timestamp();
        if (seen.fetch(key, time) != null) {
            return;
        }
        seen.put(key, true, time);
        context.forward(record);
    }
}
