package dev.marquee.bench;

import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.ArticleClients;
import dev.marquee.ops.Directories;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of a fresh app process with the full reference data: an in-process broker is started, the topics
 * applied and every shipped nomination and film loaded into the reference topics (what {@code load-awards} and
 * {@code load-films} do) first; then a
 * child JVM runs {@code java <the app's JVM options> -cp <this classpath> dev.marquee.cli.Marquee run}, and the time from launching it to
 * its "-> RUNNING" log line is measured (JVM start, class loading, OpenNLP models, restoring the awards store and
 * the group join all count), once the bench JVM itself is idle. Then it tags a batch of corpus articles, and heap
 * after a full GC ({@code jcmd}) and RSS ({@code /proc/PID/status}) are read at that steady state. Each run then
 * stops the app and starts it again with the same application id, state directory and topics: a restart, with the
 * group, the internal topics and the local state already there. Each run has article and output topics of its own
 * ({@link #runSettings}). With {@link Options#cds} every app JVM maps a class data
 * sharing archive that a demo run of the same jar recorded first, as the Docker image's JVM does.
 */
public final class StartupBench {

    /** Below this the bench JVM counts as idle (its broker's background threads only). */
    private static final double QUIET_CPU_PCT = 5;

    /**
     * @param cds start every app JVM with a class data sharing archive recorded first by a demo run, as the Docker
     *            image starts the app ({@link ClassDataArchive})
     */
    public record Options(int runs, List<String> jvmArgs, int steadyArticles, boolean cds) {

        Options withJvmArg(String arg) {
            List<String> args = new ArrayList<>(jvmArgs);
            args.add(arg);
            return new Options(runs, List.copyOf(args), steadyArticles, cds);
        }
    }

    private StartupBench() {
    }

    public static Map<String, Object> run(BenchCorpus corpus, List<Nomination> nominations, List<FilmRecord> films, Options options,
                                          PrintStream progress) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", "startup");
        result.put("env", BenchEnv.describe());
        BenchSetup.inScratchDir("startup", progress, archiveDir -> {
            Options measured = options;
            if (options.cds()) {
                progress.println("Recording a class data sharing archive with a demo run, as the Docker image does ...");
                long started = System.nanoTime();
                Path archive = ClassDataArchive.record(archiveDir.resolve("marquee.jsa"), System.getProperty("java.class.path"),
                        AppProcess.MAIN_CLASS, List.of("demo"));
                Map<String, Object> recorded = new LinkedHashMap<>();
                recorded.put("training_run", "demo");
                recorded.put("recorded_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                recorded.put("mb", TagBench.round(Files.size(archive) / 1048576.0));
                result.put("cds_archive", recorded);
                measured = options.withJvmArg(ClassDataArchive.option(archive));
            }
            measure(corpus, nominations, films, measured, progress, result);
        });
        return result;
    }

    private static void measure(BenchCorpus corpus, List<Nomination> nominations, List<FilmRecord> films, Options options,
                                PrintStream progress, Map<String, Object> result) throws Exception {
        result.put("measured", "child JVM: " + AppProcess.describeJvm(options.jvmArgs()) + " -cp <classpath> " + AppProcess.MAIN_CLASS + " run");
        result.put("nominations", nominations.size());
        result.put("films", films.size());
        List<Map<String, Object>> runs = new ArrayList<>();
        try (EmbeddedKafka broker = new EmbeddedKafka().start()) {
            MarqueeConfig base = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers()));
            try (Admin admin = Admin.create(base.kafkaClientProperties())) {
                new TopicApplier(admin).apply(TopicContracts.fromClasspath(), base, false);
            }
            BenchSetup.publishReference(base, nominations, films, progress);
            createCoordinatorTopics(base);
            for (int r = 0; r < options.runs(); r++) {
                runs.add(once(base, corpus, options, r, progress));
            }
        }
        result.put("runs", runs);
        long[] times = runs.stream().mapToLong(m -> ((Number) m.get("running_ms")).longValue()).toArray();
        result.put("running_ms_median", Percentiles.of(times).at(50));
        result.put("running_ms_max", Percentiles.of(times).max());
        long[] restarts = runs.stream().mapToLong(m -> ((Number) m.get("restart_running_ms")).longValue()).toArray();
        result.put("restart_running_ms_median", Percentiles.of(restarts).at(50));
        result.put("restart_running_ms_max", Percentiles.of(restarts).max());
        result.put("load_average_after", BenchEnv.loadAverage());
    }

    private static Map<String, Object> once(MarqueeConfig base, BenchCorpus corpus, Options options, int run,
                                            PrintStream progress) throws Exception {
        Path stateDir = Files.createTempDirectory("marquee-startup-state");
        String appId = "marquee-startup-" + run + "-" + System.currentTimeMillis();
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            Map<String, String> settings = runSettings(base, appId, stateDir);
            MarqueeConfig config = MarqueeConfig.of(settings);
            try (Admin admin = Admin.create(config.kafkaClientProperties())) {
                new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
            }
            m.put("bench_jvm_cpu_pct_before_launch", awaitQuiet());
            m.put("load_average", BenchEnv.loadAverage());
            long benchCpuBefore = ownCpuNanos();
            try (AppProcess first = AppProcess.launch(settings, options.jvmArgs())) {
                m.putAll(startOf(first, benchCpuBefore));
                m.put("rss_mb_at_running", first.rssMb());
                progress.printf("Run %d: RUNNING after %d ms%n", run + 1, first.runningMs());
                m.put("steady_articles", produceAndAwait(config, corpus, options.steadyArticles(), run));
                m.put("heap_after_gc_mb", first.heapAfterGcMb());
                m.put("rss_mb_steady", first.rssMb());
            }
            // The same app again: its group, internal topics and state directory exist, as after a deploy or a crash.
            awaitQuiet();
            benchCpuBefore = ownCpuNanos();
            try (AppProcess again = AppProcess.launch(settings, options.jvmArgs())) {
                startOf(again, benchCpuBefore).forEach((k, v) -> m.put("restart_" + k, v));
                progress.printf("Run %d: restarted, RUNNING after %d ms%n", run + 1, again.runningMs());
            }
        } finally {
            Directories.deleteRecursively(stateDir);
        }
        return m;
    }

    /** One start as RUNNING is seen: its time, its CPU, and the app's own account of it (its log lines). */
    private static Map<String, Object> startOf(AppProcess app, long benchCpuBeforeLaunch) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("running_ms", app.runningMs());
        m.putAll(cpuOfStart(app, benchCpuBeforeLaunch));
        m.putAll(app.appAccount());
        return m;
    }

    /**
     * What a start cost in CPU, read as RUNNING is seen: the app JVM's seconds by role (JIT, GC, the rest), and this
     * JVM's since the launch, which is the broker serving the start (the bench itself is idle then). Their sum over
     * the wall time is how many cores the start kept busy: near the machine's count, only less work makes it shorter.
     */
    private static Map<String, Object> cpuOfStart(AppProcess app, long benchCpuBeforeLaunch) {
        ProcessCpu.Snapshot appCpu = app.cpuByRole();
        double brokerSeconds = (ownCpuNanos() - benchCpuBeforeLaunch) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("app_cpu_s_at_running", appCpu.seconds());
        m.put("broker_cpu_s_during_start", TagBench.round(brokerSeconds));
        m.put("cores_busy_during_start", TagBench.round((appCpu.totalNanos() / 1e9 + brokerSeconds) / (app.runningMs() / 1e3)));
        return m;
    }

    /**
     * The app's settings for one run: its own application id and state, and article and output topics of its own. On
     * shared topics a run's fresh views client began by reading every earlier run's events and mentions, and that
     * backlog competed with the reference load: in the runs after the first the films' index took 2.7–3.1 s to build
     * instead of 1.7–1.9 s, and RUNNING came 0.5–1.0 s later than in the first run (docs/performance.md, fourteenth
     * round). The reference topics are the loaded ones every run shares.
     */
    static Map<String, String> runSettings(MarqueeConfig base, String appId, Path stateDir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(MarqueeConfig.BOOTSTRAP_SERVERS, base.bootstrapServers());
        settings.put(MarqueeConfig.APPLICATION_ID, appId);
        settings.put(MarqueeConfig.STATE_DIR, stateDir.toString());
        settings.put(MarqueeConfig.HTTP_PORT, "0");
        settings.put(MarqueeConfig.TOPIC_ARTICLES, base.articlesTopic() + "." + appId);
        settings.put(MarqueeConfig.TOPIC_ENRICHED, base.enrichedTopic() + "." + appId);
        settings.put(MarqueeConfig.TOPIC_DEAD_LETTER, base.deadLetterTopic() + "." + appId);
        settings.put(MarqueeConfig.TOPIC_ENTITY_MENTIONS, base.entityMentionsTopic() + "." + appId);
        settings.put(MarqueeConfig.TOPIC_TRENDING, base.trendingTopic() + "." + appId);
        return settings;
    }

    /**
     * Waits until this JVM (the broker, and the producer that loaded the reference) has gone quiet, so that its own
     * JIT and GC do not run on the cores the app starts on: the target is start-up with the broker up, not busy.
     *
     * @return this JVM's CPU use over the last half second before returning, in % of one core
     */
    private static double awaitQuiet() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        double pct;
        do {
            long cpuBefore = ownCpuNanos();
            long before = System.nanoTime();
            Thread.sleep(500);
            pct = 100.0 * (ownCpuNanos() - cpuBefore) / (System.nanoTime() - before);
        } while (pct > QUIET_CPU_PCT && System.nanoTime() < deadline);
        return TagBench.round(pct);
    }

    private static long ownCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /**
     * Has the broker create its group and transaction coordinators' topics (50 partitions each), as every broker
     * that has served a consumer group and a transactional producer has them: the first group's offset commit and the
     * first transactional producer's initialization create them. Otherwise the first measured start, the first
     * exactly-once app on this broker, waited while the broker created them.
     */
    private static void createCoordinatorTopics(MarqueeConfig base) {
        try (KafkaConsumer<String, byte[]> consumer = ArticleClients.readCommittedConsumer(base, "startup-bench-coordinators")) {
            consumer.commitSync(Map.of(new TopicPartition(base.awardsTopic(), 0), new OffsetAndMetadata(0)));
        }
        Map<String, Object> props = new HashMap<>(base.kafkaClientProperties());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "startup-bench-coordinators");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
        }
    }

    /** Sends articles with run-unique ids and waits until the app has published all of them. */
    private static int produceAndAwait(MarqueeConfig config, BenchCorpus corpus, int count, int run) {
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = ArticleClients.producer(config)) {
            for (int i = 0; i < count; i++) {
                String id = "startup-" + run + "-" + i;
                ids.add(id);
                producer.send(new ProducerRecord<>(config.articlesTopic(), id, corpus.entries().get(i % corpus.size()).withId(id)));
            }
        }
        Set<String> missing = new HashSet<>(ids);
        try (KafkaConsumer<String, byte[]> consumer = ArticleClients.readCommittedConsumer(config, "startup-bench-reader-" + run + "-" + System.nanoTime())) {
            consumer.subscribe(List.of(config.enrichedTopic()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> missing.remove(r.key()));
            }
        }
        return count - missing.size();
    }
}
