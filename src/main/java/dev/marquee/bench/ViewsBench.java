package dev.marquee.bench;

import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.config.Role;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import dev.marquee.mentions.EntityMention;
import dev.marquee.mentions.EntityMentions;
import dev.marquee.ops.ArticleClients;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.serde.Json;
import dev.marquee.serde.MarqueeSerdes;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The dashboards' views alone, as an instance with {@code role=views} runs them. Before the app starts, the bench
 * writes a backlog of enriched events and entity mentions to their topics, made in-process by the enrichment's own
 * pipeline and {@link EntityMentions}, so they are what the enrichment would have written. The app then reads the
 * backlog from the start, and the bench follows its consumer group's committed offsets to the end. In {@code bench e2e}
 * the views share the cores with the enrichment, the broker and the bench; here only the broker and the bench's
 * offset polls are beside them, so this is what one views instance keeps up with.
 *
 * <p>A backlog is read in full fetches, and the app's JVM is cold when it begins: the figures over the second half of
 * the backlog leave most of the JIT's work out.
 */
public final class ViewsBench {

    public record Options(int articles, int partitions, String guarantee, Map<String, String> settings, List<String> appJvmArgs) {

        public Options {
            if (articles < 1) {
                throw new IllegalArgumentException("--articles must be at least 1");
            }
            settings = Map.copyOf(settings);
            appJvmArgs = List.copyOf(appJvmArgs);
        }
    }

    private static final long POLL_MS = 250;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(15);

    /**
     * The views group's committed offsets, summed over its input partitions, and at that moment the app's CPU and
     * this JVM's, which is the broker's serving the app (the bench only polls).
     */
    record Progress(long nanos, long committed, ProcessCpu.Snapshot appCpu, long benchCpuNanos) {
    }

    private ViewsBench() {
    }

    public static Map<String, Object> run(BenchCorpus corpus, Supplier<List<Nomination>> nominations, Supplier<List<FilmRecord>> films,
                                          Options options, PrintStream progress) {
        Map<String, Object> result = BenchEnv.resultHeader("views", corpus);
        result.put("partitions", options.partitions());
        result.put("processing_guarantee", options.guarantee());
        result.put("settings", options.settings());
        result.put("app_jvm", "own: " + AppProcess.describeJvm(options.appJvmArgs()));
        List<Nomination> awards = nominations.get();
        List<FilmRecord> catalogue = films.get();
        progress.printf("Tagging the %d corpus articles in-process for the backlog ...%n", corpus.size());
        List<EnrichedArticle> events = enrich(corpus, ReferenceIndex.of(awards, catalogue));
        BenchSetup.inScratchDir("views", progress, stateDir -> {
            try (EmbeddedKafka broker = new EmbeddedKafka().start()) {
                Map<String, String> settings = BenchSetup.appSettings(options.settings(), broker.bootstrapServers(), stateDir,
                        options.guarantee(), Map.of(MarqueeConfig.ROLE, Role.VIEWS.id()));
                MarqueeConfig config = MarqueeConfig.of(settings);
                BenchSetup.create(config, options.partitions());
                BenchSetup.publishReference(config, awards, catalogue, progress);
                long records = writeBacklog(config, events, options.articles(), result, progress);
                try (Admin admin = Admin.create(config.kafkaClientProperties())) {
                    List<TopicPartition> inputs = BenchSetup.partitionsOf(admin, config.enrichedTopic(), config.entityMentionsTopic());
                    progress.println("Starting the views (role=views) in their own JVM ...");
                    try (AppProcess app = AppProcess.launch(settings, options.appJvmArgs())) {
                        result.put("app_running_ms", app.runningMs());
                        List<Progress> drain = follow(admin, config, inputs, records, app, progress);
                        summarize(result, drain, records, options.articles());
                        result.put("newest_articles_listed", newestArticlesListed(app.httpPort()));
                        result.put("app_heap_after_gc_mb", app.heapAfterGcMb());
                        result.put("app_rss_mb", app.rssMb());
                    }
                }
                result.put("load_average_after", BenchEnv.loadAverage());
            }
        });
        return result;
    }

    /** Each corpus article through the enrichment's pipeline once: the templates of the backlog's events. */
    static List<EnrichedArticle> enrich(BenchCorpus corpus, ReferenceIndex index) {
        ArticlePipeline pipeline = ArticlePipeline.over(index, Clock.systemUTC());
        ArticleParser parser = new ArticleParser(Integer.MAX_VALUE);
        List<EnrichedArticle> events = new ArrayList<>(corpus.size());
        for (BenchCorpus.Entry entry : corpus.entries()) {
            if (!(parser.parse(entry.raw()) instanceof ParseOutcome.Valid valid)) {
                throw new IllegalStateException("corpus article " + entry.id() + " does not parse");
            }
            events.add(pipeline.process(valid.article()));
        }
        return events;
    }

    /** The event of another article with the same content: the backlog's articles need ids of their own. */
    static EnrichedArticle withId(EnrichedArticle e, String articleId) {
        return new EnrichedArticle(articleId, e.title(), e.url(), e.source(), e.publishedAt(), e.language(), e.text(), e.entities(),
                e.claims(), e.processedAt(), e.appVersion());
    }

    /**
     * Writes {@code articles} enriched events, cycling through the templates, each followed by its entity mentions
     * keyed by entity, as the enrichment's topology writes them. Returns the records written to the views' two input topics.
     */
    private static long writeBacklog(MarqueeConfig config, List<EnrichedArticle> templates, int articles, Map<String, Object> result,
                                     PrintStream progress) {
        progress.printf("Writing a backlog of %,d enriched events and their entity mentions ...%n", articles);
        Serializer<EnrichedArticle> events = MarqueeSerdes.enrichedArticle().serializer();
        Serializer<EntityMention> mentions = MarqueeSerdes.entityMention().serializer();
        long mentionRecords = 0;
        long bytes = 0;
        try (KafkaProducer<String, byte[]> producer = ArticleClients.producer(config)) {
            for (int i = 0; i < articles; i++) {
                String id = "views-" + i;
                EnrichedArticle event = withId(templates.get(i % templates.size()), id);
                byte[] value = events.serialize(config.enrichedTopic(), event);
                producer.send(new ProducerRecord<>(config.enrichedTopic(), id, value));
                bytes += value.length;
                for (KeyValue<String, EntityMention> mention : EntityMentions.of(id, event)) {
                    byte[] m = mentions.serialize(config.entityMentionsTopic(), mention.value);
                    producer.send(new ProducerRecord<>(config.entityMentionsTopic(), mention.key, m));
                    bytes += m.length;
                    mentionRecords++;
                }
            }
            producer.flush();
        }
        result.put("articles", articles);
        result.put("mention_records", mentionRecords);
        result.put("backlog_mb", TagBench.round(bytes / 1048576.0));
        return articles + mentionRecords;
    }

    /** Polls the views group's committed offsets from RUNNING until they cover the whole backlog. */
    private static List<Progress> follow(Admin admin, MarqueeConfig config, List<TopicPartition> inputs, long records, AppProcess app,
                                         PrintStream progress) throws InterruptedException {
        List<Progress> polls = new ArrayList<>();
        polls.add(new Progress(System.nanoTime(), 0, app.cpuByRole(), ProcessCpu.now().totalNanos()));
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        long reported = System.nanoTime();
        while (polls.get(polls.size() - 1).committed() < records) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the views committed " + polls.get(polls.size() - 1).committed() + " of " + records
                        + " records in " + DRAIN_LIMIT.toMinutes() + " minutes");
            }
            Thread.sleep(POLL_MS);
            long committed = committed(admin, config, inputs);
            polls.add(new Progress(System.nanoTime(), committed, app.cpuByRole(), ProcessCpu.now().totalNanos()));
            if (System.nanoTime() - reported > TimeUnit.SECONDS.toNanos(10)) {
                progress.printf("  %,d of %,d records%n", committed, records);
                reported = System.nanoTime();
            }
        }
        return polls;
    }

    private static long committed(Admin admin, MarqueeConfig config, List<TopicPartition> inputs) throws InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> offsets = BenchSetup.committedOffsets(admin, config.viewsApplicationId());
        return inputs.stream().map(offsets::get).mapToLong(o -> o == null ? 0 : o.offset()).sum();
    }

    /**
     * Rate and CPU over the whole drain (from RUNNING to the last record committed) and over its second half (from
     * the first poll that found half the records committed).
     */
    static void summarize(Map<String, Object> result, List<Progress> polls, long records, int articles) {
        Progress first = polls.get(0);
        Progress last = polls.get(polls.size() - 1);
        Progress half = polls.stream().filter(p -> p.committed() >= records / 2).findFirst().orElseThrow();
        result.put("drain", span(first, last, records, articles));
        result.put("second_half", span(half, last, records, articles));
    }

    private static Map<String, Object> span(Progress from, Progress to, long records, int articles) {
        double seconds = (to.nanos() - from.nanos()) / 1e9;
        double articlesDone = (double) articles * (to.committed() - from.committed()) / records;
        double cpuSeconds = (to.appCpu().totalNanos() - from.appCpu().totalNanos()) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seconds", TagBench.round(seconds));
        m.put("records", to.committed() - from.committed());
        m.put("articles_per_s", seconds <= 0 ? 0.0 : TagBench.round(articlesDone / seconds));
        m.put("records_per_s", seconds <= 0 ? 0.0 : TagBench.round((to.committed() - from.committed()) / seconds));
        m.put("app_jvm_cpu_cores", seconds <= 0 ? 0.0 : TagBench.round(cpuSeconds / seconds));
        m.put("app_jvm_cpu_cores_by_role", to.appCpu().coresSince(from.appCpu()));
        m.put("app_cpu_ms_per_article", articlesDone <= 0 ? 0.0 : TagBench.round(1000 * cpuSeconds / articlesDone));
        double benchCpuSeconds = (to.benchCpuNanos() - from.benchCpuNanos()) / 1e9;
        m.put("broker_jvm_cpu_cores", seconds <= 0 ? 0.0 : TagBench.round(benchCpuSeconds / seconds));
        return m;
    }

    /** How many articles the app's {@code GET /articles?limit=100} lists: the views stored the backlog's events. */
    private static int newestArticlesListed(int httpPort) throws IOException {
        return Json.MAPPER.readTree(AppHttp.get(httpPort, "/articles?limit=100")).path("count").asInt(-1);
    }
}
