package dev.marquee.bench;

import dev.marquee.awards.Nomination;
import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.ArticleClients;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Start-up of a fresh app process with the full reference data: an in-process broker is started, the topics
 * applied and every shipped nomination and film loaded into the reference topics (what {@code load-awards} and
 * {@code load-films} do) first; then a
 * child JVM runs {@code java <the app's JVM options> -cp <this classpath> dev.marquee.cli.Marquee run}, and the time from launching it to
 * its "-> RUNNING" log line is measured (JVM start, class loading, OpenNLP models, restoring the awards store and
 * the group join all count), once the bench JVM itself is idle. Then it tags a batch of corpus articles, and heap
 * after a full GC ({@code jcmd}) and RSS ({@code /proc/PID/status}) are read at that steady state. Each run then
 * stops the app and starts it again with the same application id and state directory: a restart, with the group,
 * the internal topics and the local state already there. With {@link Options#cds} every app JVM maps a class data
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
        Path archiveDir = null;
        try {
            if (options.cds()) {
                archiveDir = Files.createTempDirectory("marquee-cds");
                progress.println("Recording a class data sharing archive with a demo run, as the Docker image does ...");
                long started = System.nanoTime();
                Path archive = ClassDataArchive.record(archiveDir.resolve("marquee.jsa"), System.getProperty("java.class.path"),
                        AppProcess.MAIN_CLASS, List.of("demo"));
                result.put("cds_archive", Map.of("training_run", "demo",
                        "recorded_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                        "mb", TagBench.round(Files.size(archive) / 1048576.0)));
                options = options.withJvmArg(ClassDataArchive.option(archive));
            }
            measure(corpus, nominations, films, options, progress, result);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("startup bench interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException("startup bench failed: " + e.getMessage(), e);
        } finally {
            try {
                delete(archiveDir);
            } catch (IOException e) {
                progress.println("Could not delete " + archiveDir + ": " + e.getMessage());
            }
        }
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
            try (KafkaProducer<String, byte[]> producer = ReferencePublisher.newProducer(base, "marquee-bench-reference")) {
                progress.printf("Loading %,d nominations and %,d films ...%n", nominations.size(), films.size());
                PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
                new ReferencePublisher(producer, base.awardsTopic(), quiet).publish(nominations, "nominations");
                new ReferencePublisher(producer, base.filmsTopic(), quiet).publish(films, "films");
            }
            for (int r = 0; r < options.runs(); r++) {
                runs.add(once(broker, base, corpus, options, r, progress));
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

    private static Map<String, Object> once(EmbeddedKafka broker, MarqueeConfig base, BenchCorpus corpus, Options options, int run,
                                            PrintStream progress) throws Exception {
        Path stateDir = Files.createTempDirectory("marquee-startup-state");
        String appId = "marquee-startup-" + run + "-" + System.currentTimeMillis();
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            m.put("bench_jvm_cpu_pct_before_launch", awaitQuiet());
            m.put("load_average", BenchEnv.loadAverage());
            Map<String, String> settings = Map.of(
                    MarqueeConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    MarqueeConfig.APPLICATION_ID, appId,
                    MarqueeConfig.STATE_DIR, stateDir.toString(),
                    MarqueeConfig.HTTP_PORT, "0");
            try (AppProcess first = AppProcess.launch(settings, options.jvmArgs())) {
                m.put("running_ms", first.runningMs());
                m.putAll(first.appAccount());
                m.put("rss_mb_at_running", first.rssMb());
                progress.printf("Run %d: RUNNING after %d ms%n", run + 1, first.runningMs());
                m.put("steady_articles", produceAndAwait(base, corpus, options.steadyArticles(), run));
                m.put("heap_after_gc_mb", first.heapAfterGcMb());
                m.put("rss_mb_steady", first.rssMb());
            }
            // The same app again: its group, internal topics and state directory exist, as after a deploy or a crash.
            awaitQuiet();
            try (AppProcess again = AppProcess.launch(settings, options.jvmArgs())) {
                m.put("restart_running_ms", again.runningMs());
                again.appAccount().forEach((k, v) -> m.put("restart_" + k, v));
                progress.printf("Run %d: restarted, RUNNING after %d ms%n", run + 1, again.runningMs());
            }
        } finally {
            delete(stateDir);
        }
        return m;
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
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

    /** Sends articles with run-unique ids and waits until the app has published all of them. */
    private static int produceAndAwait(MarqueeConfig base, BenchCorpus corpus, int count, int run) {
        List<String> ids = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = ArticleClients.producer(base)) {
            for (int i = 0; i < count; i++) {
                String id = "startup-" + run + "-" + i;
                ids.add(id);
                producer.send(new ProducerRecord<>(base.articlesTopic(), id, corpus.entries().get(i % corpus.size()).withId(id)));
            }
        }
        java.util.Set<String> missing = new java.util.HashSet<>(ids);
        try (KafkaConsumer<String, byte[]> consumer = ArticleClients.readCommittedConsumer(base, "startup-bench-reader-" + run + "-" + System.nanoTime())) {
            consumer.subscribe(List.of(base.enrichedTopic()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> missing.remove(r.key()));
            }
        }
        return count - missing.size();
    }
}
