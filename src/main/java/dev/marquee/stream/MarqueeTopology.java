package dev.marquee.stream;

import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.Article;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.mentions.EntityMention;
import dev.marquee.mentions.EntityMentions;
import dev.marquee.mentions.LatestArticlesProcessor;
import dev.marquee.publish.DeadLetter;
import dev.marquee.query.ArticlesByTimeProcessor;
import dev.marquee.serde.MarqueeSerdes;
import dev.marquee.trending.PublishedAtTimestampExtractor;
import dev.marquee.trending.RepeatedMentionFilter;
import dev.marquee.trending.TrendingCounter;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.KTable;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The stream app as two topologies, each run by a Streams client of its own (see {@code StreamApp}), top to bottom:
 * <pre>
 *   ENRICHMENT (application.id; consumer group and state under that id)
 *
 *   awards topic ──► awards-reference-store (global, in-memory) ──┬─► ReferenceLoader ─► ReferenceIndex
 *   films topic ───► films-reference-store (global, in-memory) ───┘   (start-up restore: built on its own thread)
 *
 *   articles topic ─► parse-article ─┬─ valid ──► key-by-article-id ─► tag-and-enrich ─┬─ ok ─► enriched topic
 *                                    └─ rejected ──────────────┐                       │      └► explode-entity-mentions ─► entity-mentions topic
 *                                                              │                       └─ failed ┐
 *                                                              └──────► dead-letter topic ◄─────┘
 *
 *   VIEWS for the dashboards (application.id + "-views", MarqueeConfig.viewsApplicationId)
 *
 *   enriched topic ─► enriched-articles-store (KV, article id → event; GET /articles/{id})
 *                     └► index-articles-by-processed-time ─► articles-by-processed-time-store (GET /articles, newest first)
 *
 *   entity-mentions topic (event time = published_at)
 *     ─► await-reference-index (its tasks start once the reference index is complete)
 *        ─┬─► latest-articles-per-entity ─► entity-articles-store
 *         └─► drop-repeated-mentions ─► count-articles-per-window ─► trending topic
 *             (article sent again)       (panes: trending-1h-store, trending-24h-store;
 *                                         each window published once, when it closes)
 * </pre>
 * Two clients, because in one they shared a stream thread: an article waited behind the views' work (about 30
 * mention records per article, four stores) and behind their commits, which flush the stores' caches. At half the
 * maximum rate that queue was the at-least-once tail (docs/performance.md, tenth round). Apart, the enrichment
 * thread holds no state store, its commits are an offset commit, and the views follow on their own thread. An
 * instance runs both clients or one of them ({@code role}); one that runs the views alone reads the reference topics
 * as well ({@link #viewsWithReference}).
 *
 * <p>The entity-mentions topic is the re-keying boundary: written keyed by entity, it is read back for the per-entity
 * aggregations, so it does the job of a repartition topic without writing every mention twice. Likewise the query
 * store of enriched events is the enriched topic read back as a table, partitioned like the topic, which is what
 * {@code KafkaStreams.queryMetadataForKey} assumes.
 * Built from a config object, apart from {@code main}, so the TopologyTestDriver tests and the real app run the
 * same code.
 */
public final class MarqueeTopology {

    public static final String AWARDS_STORE = "awards-reference-store";
    public static final String FILMS_STORE = "films-reference-store";
    /** The global stores that feed the {@link ReferenceIndex}. */
    public static final Set<String> REFERENCE_STORES = Set.of(AWARDS_STORE, FILMS_STORE);
    /** Enriched events by article id. */
    public static final String ARTICLES_STORE = "enriched-articles-store";
    /** The latest articles mentioning each entity, by entity key. */
    public static final String ENTITY_ARTICLES_STORE = "entity-articles-store";

    private MarqueeTopology() {
    }

    /**
     * Raw articles in; enriched events, entity mentions and dead letters out. Holds no state store.
     *
     * @param reference fills the reference index from the awards and films topics (the global stores); tagging tasks
     *                  wait for it before their first article
     * @param pipelines one pipeline per task (tagging tools are not thread-safe; the models inside are shared)
     */
    public static Topology enrichment(MarqueeConfig config, ReferenceLoader reference, Supplier<ArticlePipeline> pipelines, Clock clock,
                                      StreamMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        addReferenceTables(builder, config, reference, metrics);

        ArticleParser parser = new ArticleParser(config.maxArticleBytes());
        Map<String, KStream<String, Routed<Article>>> parsed = builder
                .stream(config.articlesTopic(), Consumed.with(MarqueeSerdes.key(), MarqueeSerdes.rawBytes()).withName("read-articles"))
                .processValues(() -> new ParseArticleProcessor(parser, clock, metrics), Named.as("parse-article"))
                .split(Named.as("parsed-"))
                .branch(Routed::isOk, Branched.as("valid"))
                .defaultBranch(Branched.as("rejected"));

        Map<String, KStream<String, Routed<EnrichedArticle>>> enriched = parsed.get("parsed-valid")
                .selectKey(MarqueeTopology::articleId, Named.as("key-by-article-id"))
                .processValues(() -> new EnrichArticleProcessor(reference, pipelines, clock, metrics), Named.as("tag-and-enrich"))
                .split(Named.as("enriched-"))
                .branch(Routed::isOk, Branched.as("ok"))
                .defaultBranch(Branched.as("failed"));

        KStream<String, EnrichedArticle> enrichedOk = enriched.get("enriched-ok").mapValues(Routed::value, Named.as("unwrap-enriched"));
        enrichedOk.to(config.enrichedTopic(), Produced.with(MarqueeSerdes.key(), MarqueeSerdes.enrichedArticle()).withName("write-enriched"));
        enrichedOk
                .flatMap(EntityMentions::of, Named.as("explode-entity-mentions"))
                .to(config.entityMentionsTopic(), Produced.with(MarqueeSerdes.key(), MarqueeSerdes.entityMention()).withName("write-entity-mentions"));

        KStream<String, DeadLetter> rejected = parsed.get("parsed-rejected").mapValues(Routed::deadLetter, Named.as("rejected-dead-letter"));
        KStream<String, DeadLetter> failed = enriched.get("enriched-failed").mapValues(Routed::deadLetter, Named.as("failed-dead-letter"));
        rejected.merge(failed, Named.as("dead-letters"))
                .to(config.deadLetterTopic(), Produced.with(MarqueeSerdes.key(), MarqueeSerdes.deadLetter()).withName("write-dead-letter"));
        return builder.build(config.streamsProperties());
    }

    /**
     * Enriched events and entity mentions in; the query stores and the trending counts out.
     *
     * @param reference the index {@code GET /entities} reads; the mentions' tasks start once it is complete, so
     *                  RUNNING means the award records are whole
     */
    public static Topology views(MarqueeConfig config, ReferenceLoader reference, StreamMetrics metrics) {
        // The optimization setting shapes the topology (which topic a table restores from), so it is built with the app's.
        return views(new StreamsBuilder(), config, reference, metrics).build(config.streamsProperties());
    }

    /**
     * The views with the reference tables too, for an instance that runs them without the enrichment (role
     * {@code views}), whose client otherwise fills the index. The tables come after the views' own nodes, so the views'
     * sub-topologies keep the numbers, and their tasks the ids, they have beside the enrichment: instances of either
     * role can share the views' group.
     */
    public static Topology viewsWithReference(MarqueeConfig config, ReferenceLoader reference, StreamMetrics metrics) {
        StreamsBuilder builder = views(new StreamsBuilder(), config, reference, metrics);
        addReferenceTables(builder, config, reference, metrics);
        return builder.build(config.streamsProperties());
    }

    private static StreamsBuilder views(StreamsBuilder builder, MarqueeConfig config, ReferenceLoader reference, StreamMetrics metrics) {
        // The events stay the topic's bytes in the store: read back only to be stored, they are parsed when queried.
        KTable<String, byte[]> storedArticles = builder.table(config.enrichedTopic(),
                Consumed.with(MarqueeSerdes.key(), MarqueeSerdes.rawBytes()).withName("read-enriched"),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(ARTICLES_STORE)
                        .withKeySerde(MarqueeSerdes.key()).withValueSerde(MarqueeSerdes.rawBytes())
                        // Each event is written once per version and is the largest record there is: a cache would
                        // only hold it until the commit and push the small, often-updated entries of the other stores out.
                        .withCachingDisabled());
        ArticlesByTimeProcessor.storeBuilders().forEach(builder::addStateStore);
        storedArticles.toStream(Named.as("stored-article-changes"))
                .process(() -> new ArticlesByTimeProcessor(ARTICLES_STORE), Named.as("index-articles-by-processed-time"),
                        ArticlesByTimeProcessor.BY_TIME_STORE, ArticlesByTimeProcessor.TIME_KEYS_STORE, ARTICLES_STORE);

        KStream<String, EntityMention> entityMentions = builder
                .stream(config.entityMentionsTopic(), Consumed.with(MarqueeSerdes.key(), MarqueeSerdes.entityMention())
                        .withTimestampExtractor(new PublishedAtTimestampExtractor()).withName("read-entity-mentions"))
                .processValues(() -> new AwaitReference<>(reference), Named.as("await-reference-index"));

        builder.addStateStore(LatestArticlesProcessor.storeBuilder(ENTITY_ARTICLES_STORE));
        entityMentions.process(() -> new LatestArticlesProcessor(ENTITY_ARTICLES_STORE), Named.as("latest-articles-per-entity"),
                ENTITY_ARTICLES_STORE);

        builder.addStateStore(RepeatedMentionFilter.storeBuilder());
        TrendingCounter.storeBuilders().forEach(builder::addStateStore);
        entityMentions
                .processValues(RepeatedMentionFilter::new, Named.as("drop-repeated-mentions"), RepeatedMentionFilter.STORE)
                .process(() -> new TrendingCounter(metrics::trendingMentionLate), Named.as("count-articles-per-window"),
                        TrendingCounter.storeNames())
                .to(config.trendingTopic(), Produced.with(MarqueeSerdes.key(), MarqueeSerdes.trendingCount()).withName("write-trending"));
        return builder;
    }

    /** The awards and films topics as global stores whose records fill the reference index. */
    private static void addReferenceTables(StreamsBuilder builder, MarqueeConfig config, ReferenceLoader reference, StreamMetrics metrics) {
        ReferenceIndex index = reference.index();
        addReferenceStore(builder, AWARDS_STORE, config.awardsTopic(), "read-awards",
                () -> new ReferenceStoreProcessor<>(AWARDS_STORE, Nomination.class, index::upsert, index::remove, metrics, reference));
        addReferenceStore(builder, FILMS_STORE, config.filmsTopic(), "read-films",
                () -> new ReferenceStoreProcessor<>(FILMS_STORE, FilmRecord.class, index::upsertFilm, index::removeFilm, metrics, reference));
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
