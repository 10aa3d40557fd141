package dev.marquee.bench;

import dev.marquee.awards.Nomination;
import dev.marquee.awards.FilmRecord;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.ArticleClients;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.StreamsConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The real stream app ({@link StreamApp}, production defaults unless overridden) on an in-process KRaft broker,
 * loaded with the full reference data (awards and films catalogue). A producer sends corpus articles to the raw topic; a {@code read_committed}
 * consumer reads the enriched topic, so with exactly-once an event counts only once its transaction commits.
 *
 * <p>Phases: a warm-up; then, unless a fixed rate is given, a closed-loop flat-out phase (at most
 * {@link Options#window} articles in flight) that finds the sustained maximum rate R; then fixed-rate phases at
 * 0.5·R and 1.0·R. End-to-end latency of an article is the time from its send (the record timestamp, which Streams
 * carries to the output) to the moment the consumer sees the enriched event. Consumer lag of the app's group is
 * sampled every second, and the views' with it; after each phase the bench waits for the app to finish its work, and
 * a wait of seconds means the views did not keep up with that rate. Every article sent gets a unique id; at the end
 * the bench checks each came back exactly once.
 *
 * <p>By default the app runs in the bench's JVM, sharing its heap with the broker, the producer and the reader;
 * with {@link Options#appJvmArgs} it runs in a JVM of its own, as it is deployed, and its CPU, heap and RSS are
 * read from that process.
 */
public final class E2eBench {

    /**
     * @param warmupMaxSeconds the warm-ups (of the tag baseline and of the app) go on past {@code warmupSeconds} while
     *                         the JIT compilers are busy, up to this ({@link Warmup})
     * @param latenciesFile    where to write every measured article's latency as CSV (see {@link #writeLatencies}); null
     *                         writes none
     */
    public record Options(int threads, int partitions, long commitIntervalMs, String guarantee, double warmupSeconds,
                          double warmupMaxSeconds, double durationSeconds, double rate, int window, double tagBaselineSeconds,
                          Map<String, String> settings, List<String> appJvmArgs, Path latenciesFile) {

        public Options {
            settings = Map.copyOf(settings);
            appJvmArgs = List.copyOf(appJvmArgs);
        }

        /** The app in a JVM of its own ({@link AppProcess}) with these JVM options, else in the bench's JVM. */
        boolean appInOwnJvm() {
            return !appJvmArgs.isEmpty();
        }
    }

    private static final byte[] PROCESSED_AT_FIELD = "\"processed_at\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private final BenchCorpus corpus;
    // Read when needed and not kept: held through the run, the bench's own copy of the reference data (besides the
    // app's index) took heap the app then lacked, and its garbage collector worked for it.
    private final Supplier<List<Nomination>> nominations;
    private final Supplier<List<FilmRecord>> films;
    private final Options options;
    private final PrintStream progress;
    private final Map<String, Integer> seen = new HashMap<>();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private long duplicates;
    private long deadLetters;
    private volatile Phase phase;
    private volatile boolean reading = true;
    /** The app's own JVM; null while it runs in this one. */
    private AppProcess ownJvm;
    /** Where the app serves {@code /metrics}, in either JVM. */
    private int appHttpPort;

    private E2eBench(BenchCorpus corpus, Supplier<List<Nomination>> nominations, Supplier<List<FilmRecord>> films, Options options,
                     PrintStream progress) {
        this.corpus = corpus;
        this.nominations = nominations;
        this.films = films;
        this.options = options;
        this.progress = progress;
    }

    public static Map<String, Object> run(BenchCorpus corpus, Supplier<List<Nomination>> nominations, Supplier<List<FilmRecord>> films,
                                          Options options, PrintStream progress) {
        return new E2eBench(corpus, nominations, films, options, progress).run();
    }

    /** One measured phase: its latency samples (ms) and lag samples, filled by the reader and the sampler. */
    private static final class Phase {
        final String name;
        final double targetRate;
        long[] latencies = new long[1 << 12];
        /** The same latency in two parts, split at the event's {@code processed_at}; -1 where an event has none. */
        long[] toProcessed = new long[1 << 12];
        long[] processedToVisible = new long[1 << 12];
        /** When each article was sent (epoch ms) and the partition it went to, to find when and where the slow ones were. */
        long[] sentAt = new long[1 << 12];
        int[] partition = new int[1 << 12];
        int count;
        long words;
        final List<long[]> lag = new ArrayList<>();
        /** The views' consumer lag on the enriched and entity-mentions topics, in records, sampled with {@link #lag}. */
        final List<long[]> viewsLag = new ArrayList<>();
        volatile long startNanos;
        volatile long endNanos;
        long cpuStartNanos;
        long cpuEndNanos;
        ProcessCpu.Snapshot cpuStart;
        ProcessCpu.Snapshot cpuEnd;
        /** How long the app took to become idle before the phase began. */
        long idleWaitMs;
        /**
         * How long the app took to become idle after the phase: the work it had not done yet when the reader saw the
         * phase's last enriched event, which is the views' backlog (the enrichment's output is what the reader reads).
         */
        long backlogMs;
        /** The app's own JVM's CPU by role; null while the app runs in the bench's JVM. */
        ProcessCpu.Snapshot appCpuStart;
        ProcessCpu.Snapshot appCpuEnd;
        AppTagging taggingStart;
        AppTagging taggingEnd;

        Phase(String name, double targetRate) {
            this.name = name;
            this.targetRate = targetRate;
        }

        synchronized void record(long sentMs, long processedMs, long visibleMs, int w, int inPartition) {
            if (count == latencies.length) {
                latencies = java.util.Arrays.copyOf(latencies, count * 2);
                toProcessed = java.util.Arrays.copyOf(toProcessed, count * 2);
                processedToVisible = java.util.Arrays.copyOf(processedToVisible, count * 2);
                sentAt = java.util.Arrays.copyOf(sentAt, count * 2);
                partition = java.util.Arrays.copyOf(partition, count * 2);
            }
            latencies[count] = visibleMs - sentMs;
            toProcessed[count] = processedMs < 0 ? -1 : processedMs - sentMs;
            processedToVisible[count] = processedMs < 0 ? -1 : visibleMs - processedMs;
            sentAt[count] = sentMs;
            partition[count] = inPartition;
            count++;
            words += w;
        }
    }

    private Map<String, Object> run() {
        Map<String, Object> result = BenchEnv.resultHeader("e2e", corpus);
        result.put("threads", options.threads());
        result.put("partitions", options.partitions());
        result.put("commit_interval_ms", options.commitIntervalMs());
        result.put("processing_guarantee", options.guarantee());
        result.put("settings", options.settings());
        result.put("app_jvm", options.appInOwnJvm() ? "own: " + AppProcess.describeJvm(options.appJvmArgs()) : "the bench's");
        if (options.tagBaselineSeconds() > 0) {
            progress.println("Tag-mode baseline in this JVM (1 thread) ...");
            Map<String, Object> tag = TagBench.run(corpus, dev.marquee.awards.ReferenceIndex.of(nominations.get(), films.get()),
                    new TagBench.Options(1, options.tagBaselineSeconds() / 2, options.warmupMaxSeconds(), options.tagBaselineSeconds(), 0),
                    progress);
            result.put("tag_baseline_warmup", tag.get("warmup"));
            result.put("tag_baseline_words_per_s", tag.get("words_per_s"));
            result.put("tag_baseline_articles_per_s", tag.get("articles_per_s"));
            result.put("tag_baseline_words_per_cpu_s", tag.get("words_per_cpu_s"));
            // One thread tagging without pause, so this is tag mode's time per article, beside each phase's time in the app.
            result.put("tag_baseline_ms_per_article", TagBench.round(1000 / ((Number) tag.get("articles_per_s")).doubleValue()));
        }
        BenchSetup.inScratchDir("e2e", progress, stateDir -> measureOnBroker(stateDir, result));
        return result;
    }

    /** The app against a broker of the bench's own: topics, reference data, the app started, then the phases. */
    private void measureOnBroker(Path stateDir, Map<String, Object> result) throws Exception {
        try (EmbeddedKafka broker = new EmbeddedKafka().start()) {
            Map<String, String> settings = BenchSetup.appSettings(options.settings(), broker.bootstrapServers(), stateDir,
                    options.guarantee(), Map.of(
                            MarqueeConfig.NUM_STREAM_THREADS, String.valueOf(options.threads()),
                            MarqueeConfig.COMMIT_INTERVAL_MS, String.valueOf(options.commitIntervalMs())));
            MarqueeConfig config = MarqueeConfig.of(settings);
            BenchSetup.create(config, options.partitions());
            BenchSetup.publishReference(config, nominations.get(), films.get(), progress);
            try (AutoCloseable app = startApp(config, settings, result); KafkaProducer<String, byte[]> producer = ArticleClients.producer(config);
                 Admin admin = Admin.create(config.kafkaClientProperties())) {
                Thread reader = new Thread(() -> read(config), "e2e-reader");
                reader.setDaemon(true);
                reader.start();
                Thread sampler = new Thread(() -> sampleLag(admin, config), "e2e-lag");
                sampler.setDaemon(true);
                sampler.start();

                List<Phase> phases = new ArrayList<>();
                Phase warmup = new Phase("warmup", 0);
                result.put("warmup", Warmup.run(options.warmupSeconds(), options.warmupMaxSeconds(), this::jitNanos,
                        seconds -> runPhase(warmup, producer, config, seconds), progress).toJson());
                double max;
                if (options.rate() > 0) {
                    max = options.rate();
                    phases.add(measure(new Phase("fixed", options.rate()), producer, config, admin));
                } else {
                    Phase flatOut = measure(new Phase("max", 0), producer, config, admin);
                    phases.add(flatOut);
                    max = flatOut.count / seconds(flatOut);
                    phases.add(measure(new Phase("rate_50pct", 0.5 * max), producer, config, admin));
                    phases.add(measure(new Phase("rate_100pct", max), producer, config, admin));
                }
                phase = null;
                reading = false;
                reader.join(10_000);
                sampler.interrupt();
                sampler.join(5_000);

                List<Map<String, Object>> phaseResults = new ArrayList<>();
                for (Phase p : phases) {
                    phaseResults.add(summarize(p));
                }
                if (options.latenciesFile() != null) {
                    writeLatencies(options.latenciesFile(), phases);
                    result.put("latencies_file", options.latenciesFile().toString());
                }
                result.put("max_articles_per_s", TagBench.round(max));
                result.put("phases", phaseResults);
                result.put("sent", sent.get());
                result.put("read_unique", seen.size());
                result.put("read_duplicates", duplicates);
                result.put("dead_letters", deadLetters);
                result.put("exactly_once_check", seen.size() == sent.get() && duplicates == 0 ? "pass" : "FAIL");
                result.put("heap_after_gc_mb_whole_jvm", TagBench.round(BenchEnv.heapAfterGcMb()));
                result.put("rss_mb_whole_jvm", TagBench.round(BenchEnv.rssMb(ProcessHandle.current().pid())));
                if (ownJvm != null) {
                    result.put("app_heap_after_gc_mb", ownJvm.heapAfterGcMb());
                    result.put("app_rss_mb", ownJvm.rssMb());
                }
                result.put("load_average_after", BenchEnv.loadAverage());
            }
        }
    }

    /** CPU of the JIT compilers the warm-up waits for: this JVM's, and the app's own JVM's when it has one. */
    private long jitNanos() {
        return ProcessCpu.jitNanos() + (ownJvm == null ? 0 : ProcessCpu.jitNanos(ownJvm.pid()));
    }

    /** Starts the app, in this JVM or its own, and waits until it is RUNNING; closing the result stops it. */
    private AutoCloseable startApp(MarqueeConfig config, Map<String, String> settings, Map<String, Object> result)
            throws IOException, InterruptedException {
        if (options.appInOwnJvm()) {
            ownJvm = AppProcess.launch(settings, options.appJvmArgs());
            appHttpPort = ownJvm.httpPort();
            result.put("app_running_ms", ownJvm.runningMs());
            return ownJvm;
        }
        long startNanos = System.nanoTime();
        StreamApp app = new StreamApp(config);
        app.start();
        if (!app.awaitRunning(Duration.ofSeconds(120))) {
            app.close();
            throw new IllegalStateException("stream app did not reach RUNNING: " + app.state());
        }
        result.put("app_running_ms", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        result.put("awards_in_app", app.referenceIndex().size());
        appHttpPort = app.httpPort();
        return app;
    }

    /**
     * A measured phase of {@code --duration}, begun once the app is idle; then the wait until it is idle again. A
     * rate after which the views needed seconds more is not one the whole app sustains, though the enriched events
     * kept up with it.
     */
    private Phase measure(Phase p, KafkaProducer<String, byte[]> producer, MarqueeConfig config, Admin admin)
            throws InterruptedException {
        p.idleWaitMs = awaitAppIdle(admin, config);
        runPhase(p, producer, config, options.durationSeconds());
        p.backlogMs = awaitAppIdle(admin, config);
        if (!keptUp(p.backlogMs)) {
            progress.printf("  The app needed %.1f s after this phase to finish its work (the dashboards' views fell behind):"
                    + " the whole app does not sustain this rate.%n", p.backlogMs / 1000.0);
        }
        return p;
    }

    /** Idle within this long after a phase: {@link #awaitAppIdle} polls every second and needs two equal polls. */
    static final long KEPT_UP_BACKLOG_MS = 3_000;

    static boolean keptUp(long backlogMs) {
        return backlogMs <= KEPT_UP_BACKLOG_MS;
    }

    /**
     * Waits until the app has finished what the phase before left it. Past the enriched events the reader has seen,
     * the app still reads its own enriched and entity-mentions topics for the dashboards' views and trending
     * counts; after a flat-out phase that backlog took the first 2 s of the next phase here, and those articles'
     * latency was the previous phase's, not the rate measured. Idle means the committed offsets of both the app's
     * consumer groups (the enrichment's and the views') did not move for a second. Returns the milliseconds waited.
     */
    private long awaitAppIdle(Admin admin, MarqueeConfig config) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(120);
        Map<TopicPartition, OffsetAndMetadata> before = committedOffsets(admin, config);
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            Map<TopicPartition, OffsetAndMetadata> now = committedOffsets(admin, config);
            if (now.equals(before)) {
                break;
            }
            before = now;
        }
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    /** Of both consumer groups of the app: the enrichment's (raw articles) and the views' (enriched events, mentions). */
    private static Map<TopicPartition, OffsetAndMetadata> committedOffsets(Admin admin, MarqueeConfig config) throws InterruptedException {
        return BenchSetup.committedOffsets(admin, config.applicationId(), config.viewsApplicationId());
    }

    /**
     * Sends for {@code seconds}: at the phase's target rate, or flat out keeping at most {@code window} articles
     * in flight; then waits until every article sent has been read back, so phases do not overlap.
     */
    private Phase runPhase(Phase p, KafkaProducer<String, byte[]> producer, MarqueeConfig config, double seconds)
            throws InterruptedException {
        progress.printf("Phase %s%s for %.0f s ...%n", p.name, p.targetRate > 0 ? String.format(" at %.1f articles/s", p.targetRate) : " (flat out)", seconds);
        phase = p;
        long start = System.nanoTime();
        p.startNanos = start;
        p.cpuStartNanos = PROCESS.getProcessCpuTime();
        p.cpuStart = ProcessCpu.now();
        p.appCpuStart = ownJvm == null ? null : ownJvm.cpuByRole();
        p.taggingStart = AppTagging.read(appHttpPort);
        long end = start + (long) (seconds * 1e9);
        long i = 0;
        while (System.nanoTime() < end) {
            if (p.targetRate > 0) {
                long due = start + (long) (i * 1e9 / p.targetRate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
            } else {
                while (sent.get() - received.get() >= options.window() && System.nanoTime() < end) {
                    LockSupport.parkNanos(200_000);
                }
            }
            long seq = sent.get();
            BenchCorpus.Entry entry = corpus.entries().get((int) (seq % corpus.size()));
            String id = p.name + "-" + seq;
            producer.send(new ProducerRecord<>(config.articlesTopic(), null, System.currentTimeMillis(), id, entry.withId(id)));
            sent.incrementAndGet();
            i++;
        }
        producer.flush();
        p.endNanos = System.nanoTime();
        p.cpuEndNanos = PROCESS.getProcessCpuTime();
        p.cpuEnd = ProcessCpu.now();
        p.appCpuEnd = ownJvm == null ? null : ownJvm.cpuByRole();
        p.taggingEnd = AppTagging.read(appHttpPort);
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (received.get() + deadLetters < sent.get() && System.nanoTime() < drainDeadline) {
            Thread.sleep(20);
        }
        return p;
    }

    private void read(MarqueeConfig config) {
        try (KafkaConsumer<String, byte[]> consumer = ArticleClients.readCommittedConsumer(config, null)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : List.of(config.enrichedTopic(), config.deadLetterTopic())) {
                consumer.partitionsFor(topic).forEach(pi -> partitions.add(new TopicPartition(topic, pi.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (reading || received.get() + deadLetters < sent.get()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.currentTimeMillis();
                    if (r.topic().equals(config.deadLetterTopic())) {
                        synchronized (this) {
                            deadLetters++;
                        }
                        continue;
                    }
                    synchronized (this) {
                        if (seen.merge(r.key(), 1, Integer::sum) > 1) {
                            duplicates++;
                            continue;
                        }
                    }
                    int words = corpus.entries().get((int) (Long.parseLong(r.key().substring(r.key().lastIndexOf('-') + 1)) % corpus.size())).words();
                    Phase p = phase;
                    if (p != null && r.key().startsWith(p.name + "-")) {
                        p.record(r.timestamp(), processedAtMillis(r.value()), now, words, r.partition());
                    }
                    received.incrementAndGet();
                }
            }
        }
    }

    /**
     * Every second while a phase sends: the app's consumer lag on the raw topic (end offsets minus the enrichment's
     * committed offsets), and the views' on the enriched and entity-mentions topics.
     */
    private void sampleLag(Admin admin, MarqueeConfig config) {
        List<TopicPartition> raw;
        List<TopicPartition> viewsInput;
        try {
            raw = BenchSetup.partitionsOf(admin, config.articlesTopic());
            viewsInput = BenchSetup.partitionsOf(admin, config.enrichedTopic(), config.entityMentionsTopic());
        } catch (Exception e) {
            progress.println("lag sampling off, the topics' partitions are unknown: " + e.getMessage());
            return;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        raw.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        viewsInput.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(1000);
                Phase p = phase;
                // Only while the phase sends: during its drain and the wait for the app to go idle the lag can only
                // fall, and those samples would tilt the phase's slope.
                if (p == null || p.endNanos != 0) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = committedOffsets(admin, config);
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
                long elapsed = System.nanoTime() - p.startNanos;
                synchronized (p) {
                    p.lag.add(new long[] {elapsed, lag(raw, ends, committed)});
                    p.viewsLag.add(new long[] {elapsed, lag(viewsInput, ends, committed)});
                }
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                progress.println("lag sample failed: " + e.getMessage());
            }
        }
    }

    private static long lag(List<TopicPartition> partitions, Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends,
                            Map<TopicPartition, OffsetAndMetadata> committed) {
        long lag = 0;
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata c = committed.get(tp);
            lag += ends.get(tp).offset() - (c == null ? 0 : c.offset());
        }
        return lag;
    }

    private Map<String, Object> summarize(Phase p) {
        Map<String, Object> m = new LinkedHashMap<>();
        double s = seconds(p);
        m.put("phase", p.name);
        m.put("target_articles_per_s", TagBench.round(p.targetRate));
        m.put("seconds", TagBench.round(s));
        m.put("app_idle_wait_ms", p.idleWaitMs);
        m.put("app_backlog_after_ms", p.backlogMs);
        m.put("app_kept_up", keptUp(p.backlogMs));
        m.put("articles_read", p.count);
        m.put("articles_per_s", TagBench.round(p.count / s));
        m.put("words_per_s", Math.round(p.words / s));
        // CPU of broker, app, producer and reader together (this JVM, plus the app's own when it has one), so the
        // figure compares with tag mode's words per CPU-second however busy the machine was, and errs against e2e.
        double appCpu = p.appCpuStart == null ? 0 : (p.appCpuEnd.totalNanos() - p.appCpuStart.totalNanos()) / 1e9;
        double cpu = (p.cpuEndNanos - p.cpuStartNanos) / 1e9 + appCpu;
        m.put("words_per_process_cpu_s", cpu <= 0 ? 0 : Math.round(p.words / cpu));
        m.put("cpu_cores_used", TagBench.round(cpu / s));
        // Of the bench's JVM only: with the app in its own, its threads count under app_jvm_cpu_cores and its roles instead.
        m.put("cpu_cores_by_role", p.cpuEnd.coresSince(p.cpuStart));
        if (ownJvm != null) {
            m.put("app_jvm_cpu_cores", TagBench.round(appCpu / s));
            m.put("app_jvm_cpu_cores_by_role", p.appCpuEnd.coresSince(p.appCpuStart));
        }
        // The e2e/tag ratio in two parts: how long an article took to tag in the app (against tag_baseline_ms_per_article),
        // and what share of the phase the stream threads spent tagging; the rest of their time went to everything else.
        AppTagging tagged = p.taggingEnd.since(p.taggingStart);
        m.put("app_tagging_ms_per_article", tagged.articles() == 0 ? 0 : TagBench.round(1000 * tagged.seconds() / tagged.articles()));
        m.put("app_tagging_share_of_stream_threads", TagBench.round(tagged.seconds() / (s * options.threads())));
        m.put("latency_ms", latencySummary(p.latencies, p.count));
        // Where the time went: sent -> processed_at holds the app's queue and its tagging, processed_at -> visible
        // its producer, the commit (exactly-once) and the reader. The app stamps processed_at before it forwards.
        Map<String, Object> split = new LinkedHashMap<>();
        split.put("sent_to_processed", latencySummary(p.toProcessed, p.count));
        split.put("processed_to_visible", latencySummary(p.processedToVisible, p.count));
        m.put("latency_split_ms", split);
        List<long[]> lag;
        List<long[]> viewsLag;
        synchronized (p) {
            lag = List.copyOf(p.lag);
            viewsLag = List.copyOf(p.viewsLag);
        }
        m.put("lag", lagSummary(lag));
        m.put("views_lag_records", lagSummary(viewsLag));
        return m;
    }

    /**
     * One line per measured article, in the order they were read: the phase, when it was sent (epoch ms), its
     * partition, and its latency whole and split at {@code processed_at} (-1 where the event had none). The percentiles
     * say how long the tail is; this says when it happened, so slow articles that come in bursts (a stall of the app,
     * a GC pause, a network retransmission) can be told from a queue behind long articles, and set beside a GC log,
     * the broker's request log or the scheduler's trace of the same minutes.
     */
    static void writeLatencies(Path file, List<Phase> phases) throws IOException {
        StringBuilder csv = new StringBuilder("phase,sent_at_ms,partition,latency_ms,sent_to_processed_ms,processed_to_visible_ms\n");
        for (Phase p : phases) {
            synchronized (p) {
                for (int i = 0; i < p.count; i++) {
                    csv.append(p.name).append(',').append(p.sentAt[i]).append(',').append(p.partition[i]).append(',')
                            .append(p.latencies[i]).append(',').append(p.toProcessed[i]).append(',').append(p.processedToVisible[i]).append('\n');
                }
            }
        }
        Files.writeString(file, csv);
    }

    /** p50, p95, p99 and max of the first {@code count} samples, leaving out the -1 of samples not measured. */
    static Map<String, Object> latencySummary(long[] samples, int count) {
        long[] measured = java.util.Arrays.stream(samples, 0, count).filter(v -> v >= 0).toArray();
        Percentiles lat = Percentiles.of(measured);
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("p50", lat.at(50));
        latency.put("p95", lat.at(95));
        latency.put("p99", lat.at(99));
        latency.put("max", lat.max());
        return latency;
    }

    /**
     * The {@code processed_at} of an enriched event in epoch milliseconds, or -1 when it has none that parses. The
     * field comes after the text and entities, so it is searched from the end: the reader does not parse 40 KB of
     * JSON per event on the machine it measures.
     */
    static long processedAtMillis(byte[] event) {
        for (int at = event.length - PROCESSED_AT_FIELD.length; at >= 0; at--) {
            if (startsWith(event, at, PROCESSED_AT_FIELD)) {
                int from = at + PROCESSED_AT_FIELD.length;
                int to = from;
                while (to < event.length && event[to] != '"') {
                    to++;
                }
                try {
                    return Instant.parse(new String(event, from, to - from, StandardCharsets.US_ASCII)).toEpochMilli();
                } catch (DateTimeParseException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** First, last and largest lag, and the least-squares slope over the phase (articles per minute; ~0 means no growth). */
    static Map<String, Object> lagSummary(List<long[]> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", samples.size());
        if (samples.isEmpty()) {
            return m;
        }
        double n = samples.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        long max = 0;
        for (long[] s : samples) {
            double x = s[0] / 60e9;
            sx += x;
            sy += s[1];
            sxx += x * x;
            sxy += x * s[1];
            max = Math.max(max, s[1]);
        }
        double denominator = n * sxx - sx * sx;
        m.put("first", samples.get(0)[1]);
        m.put("last", samples.get(samples.size() - 1)[1]);
        m.put("max", max);
        m.put("mean", TagBench.round(sy / n));
        m.put("slope_per_min", denominator == 0 ? 0.0 : TagBench.round((n * sxy - sx * sy) / denominator));
        return m;
    }

    private static double seconds(Phase p) {
        return (p.endNanos - p.startNanos) / 1e9;
    }

    /** The Streams guarantee names the bench accepts. */
    public static List<String> guarantees() {
        return List.of(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE);
    }
}
