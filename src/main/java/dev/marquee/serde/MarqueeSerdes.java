package dev.marquee.serde;

import dev.marquee.awards.Nomination;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.mentions.EntityMention;
import dev.marquee.mentions.LatestArticles;
import dev.marquee.trending.EntityCount;
import dev.marquee.trending.TrendingCount;
import dev.marquee.publish.DeadLetter;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import java.util.function.Function;

/** Every serde the topology uses, in one place. Raw articles stay bytes until the parse step, so nothing can fail in a deserializer. */
public final class MarqueeSerdes {

    private MarqueeSerdes() {
    }

    public static Serde<String> key() {
        return Serdes.String();
    }

    public static Serde<byte[]> rawBytes() {
        return Serdes.ByteArray();
    }

    public static Serde<Nomination> nomination() {
        return json(Nomination.class);
    }

    public static Serde<EnrichedArticle> enrichedArticle() {
        return json(EnrichedArticle.class);
    }

    public static Serde<EntityMention> entityMention() {
        return json(EntityMention.class);
    }

    public static Serde<TrendingCount> trendingCount() {
        return json(TrendingCount.class);
    }

    /** State of a trending window (store and changelog only), in the {@link StateFormat}. */
    public static Serde<EntityCount> entityCount() {
        return state(EntityCount.class, StateFormat::write, StateFormat::readEntityCount);
    }

    /** State behind the entity view (store and changelog only), in the {@link StateFormat}. */
    public static Serde<LatestArticles> latestArticles() {
        return state(LatestArticles.class, StateFormat::write, StateFormat::readLatestArticles);
    }

    public static Serde<DeadLetter> deadLetter() {
        return json(DeadLetter.class);
    }

    private static <T> Serde<T> state(Class<T> type, Function<T, byte[]> write, Function<byte[], T> read) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : write.apply(value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null
                : StateFormat.isJson(bytes) ? Json.fromBytes(bytes, type) : read.apply(bytes);
        return Serdes.serdeFrom(serializer, deserializer);
    }

    public static <T> Serde<T> json(Class<T> type) {
        Serializer<T> serializer = (topic, value) -> value == null ? null : Json.toBytes(value);
        Deserializer<T> deserializer = (topic, bytes) -> bytes == null ? null : Json.fromBytes(bytes, type);
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
