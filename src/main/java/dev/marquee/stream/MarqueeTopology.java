package dev.marquee.stream;

import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.Article;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.MarqueeSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.Stores;

import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The whole stream app, top to bottom:
 * <pre>
 *   awards topic ──► awards-reference-store (global, in-memory) ──┬─► ReferenceIndex
 *   films topic ───► films-reference-store (global, in-memory) ───┘
 *
 *   articles topic ─► parse-article ─┬─ valid ──► key-by-article-id ─► tag-and-enrich ─┬─ ok ─► enriched topic
 *                                    └─ rejected ──────────────┐                       └─ failed ┐
 *                                                              └──────► dead-letter topic ◄─────┘
 * </pre>
 * Built from a config object, apart from {@code main}, so the TopologyTestDriver tests and the real app run the
 * same code.
 */
public final class MarqueeTopology {

    public static final String AWARDS_STORE = "awards-reference-store";
    public static final String FILMS_STORE = "films-reference-store";

    private MarqueeTopology() {
    }

    /**
     * @param index     filled from the awards and films topics by the global stores; read by every tagging task
     * @param pipelines one pipeline per task (tagging tools are not thread-safe; the models inside are shared)
     */
    public static Topology build(MarqueeConfig config, ReferenceIndex index, Supplier<ArticlePipeline> pipelines, Clock clock,
                                 StreamMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();

        addReferenceStore(builder, AWARDS_STORE, config.awardsTopic(), "read-awards",
                () -> new ReferenceStoreProcessor<>(AWARDS_STORE, Nomination.class, index::upsert, index::remove, metrics));
        addReferenceStore(builder, FILMS_STORE, config.filmsTopic(), "read-films",
                () -> new ReferenceStoreProcessor<>(FILMS_STORE, FilmRecord.class, index::upsertFilm, index::removeFilm, metrics));

        ArticleParser parser = new ArticleParser(config.maxArticleBytes());
        Map<String, KStream<String, Routed<Article>>> parsed = builder
                .stream(config.articlesTopic(), Consumed.with(MarqueeSerdes.key(), MarqueeSerdes.rawBytes()).withName("read-articles"))
                .processValues(() -> new ParseArticleProcessor(parser, clock, metrics), Named.as("parse-article"))
                .split(Named.as("parsed-"))
                .branch(Routed::isOk, Branched.as("valid"))
                .defaultBranch(Branched.as("rejected"));

        Map<String, KStream<String, Routed<EnrichedArticle>>> enriched = parsed.get("parsed-valid")
                .selectKey(MarqueeTopology::articleId, Named.as("key-by-article-id"))
                .processValues(() -> new EnrichArticleProcessor(pipelines, clock, metrics), Named.as("tag-and-enrich"))
                .split(Named.as("enriched-"))
                .branch(Routed::isOk, Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        enriched.get("enriched-ok")
                .mapValues(Routed::value, Named.as("unwrap-enriched"))
                .to(config.enrichedTopic(), Produced.with(MarqueeSerdes.key(), MarqueeSerdes.enrichedArticle()).withName("write-enriched"));

        KStream<String, DeadLetter> rejected = parsed.get("parsed-rejected").mapValues(Routed::deadLetter, Named.as("rejected-dead-letter"));
        KStream<String, DeadLetter> failed = enriched.get("enriched-failed").mapValues(Routed::deadLetter, Named.as("failed-dead-letter"));
        rejected.merge(failed, Named.as("dead-letters"))
                .to(config.deadLetterTopic(), Produced.with(MarqueeSerdes.key(), MarqueeSerdes.deadLetter()).withName("write-dead-letter"));

        return builder.build();
    }

    private static void addReferenceStore(StreamsBuilder builder, String store, String topic, String sourceName,
                                          ProcessorSupplier<String, byte[], Void, Void> processor) {
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(store), Serdes.String(), Serdes.ByteArray())
                        .withLoggingDisabled(),
                topic,
                Consumed.with(MarqueeSerdes.key(), MarqueeSerdes.rawBytes()).withName(sourceName),
                processor);
    }

    private static String articleId(String key, Routed<Article> routed) {
        return Routed.value(routed).id();
    }
}
