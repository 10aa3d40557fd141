package dev.marquee.ops;

import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.AppVersion;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.config.RocksDbSettings;
import dev.marquee.config.Role;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.query.Peers;
import dev.marquee.query.Queries;
import dev.marquee.query.QueryRoutes;
import dev.marquee.stream.MarqueeTopology;
import dev.marquee.stream.ReferenceLoader;
import dev.marquee.stream.ReferenceLoader.ReferenceLoadException;
import dev.marquee.stream.ReferenceRestoreListener;
import dev.marquee.stream.StreamMetrics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.MissingSourceTopicException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * The running stream app: the two topologies of {@link MarqueeTopology}, the enrichment and the dashboards' views, each
 * in a Kafka Streams client of its own (both, or the one {@code role} names), with their common lifecycle and state, and the HTTP endpoints
 * ({@code /health}, {@code /ready}, {@code /metrics} on {@code http.port}; more can be added on {@link #http()}),
 * among them the interactive queries and the live page of {@link QueryRoutes}, which read the views' stores.
 */
public final class StreamApp implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamApp.class);

    /** The largest message the enriched and dead-letter topic contracts accept (4 MiB); the default 1 MiB would refuse big dead letters. */
    static final int MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    static final int PRODUCER_LINGER_MS = 5;
    /** A socket buffer size that leaves the size to the operating system (Kafka's {@code -1}). */
    static final int KERNEL_SIZED_BUFFER = -1;
    /**
     * The most a main consumer's fetch response holds: under the 512 KiB at which G1 allocates an object as humongous
     * with the 1 MiB regions of heaps up to 2 GiB (a partition's batch larger than this still comes, alone).
     */
    static final int MAIN_CONSUMER_FETCH_MAX_BYTES = 384 * 1024;
    static final int MAIN_CONSUMER_PARTITION_FETCH_MAX_BYTES = 128 * 1024;
    static final long NO_RECORD_CACHE = 0L;
    static final int RESTORE_FETCH_MAX_WAIT_MS = 50;
    /** Kafka's older name of {@code statestore.cache.max.bytes}, deprecated but still read. */
    private static final String CACHE_MAX_BYTES_BUFFERING_CONFIG = "cache.max.bytes.buffering";
    /** The names of the two Streams clients, as the log and the close threads show them. */
    private static final String VIEWS = "views";
    private static final String ENRICHMENT = "enrichment";

    private final MarqueeConfig config;
    private final ReferenceIndex index = new ReferenceIndex();
    private final ReferenceLoader reference = new ReferenceLoader(index);
    private final StreamMetrics metrics = new StreamMetrics();
    /**
     * The Streams clients of this instance's {@code role}, by name, in the order they start: {@link #VIEWS}, the dashboards'
     * query stores and trending counts ({@link MarqueeConfig#viewsApplicationId()}), then {@link #ENRICHMENT}, raw articles to
     * enriched events, mentions and dead letters ({@code application.id}).
     */
    private final Map<String, KafkaStreams> clients = new LinkedHashMap<>();
    private final List<BiConsumer<KafkaStreams.State, KafkaStreams.State>> stateListeners = new CopyOnWriteArrayList<>();
    /** Guards {@link #appState}: the clients report their changes on their own threads. */
    private final Object stateLock = new Object();
    private KafkaStreams.State appState = KafkaStreams.State.CREATED;
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final long createdNanos = System.nanoTime();
    private final HttpRouter router = new HttpRouter();
    /** Null when this instance runs no views. */
    private final Queries queries;
    private OpsServer opsServer;
    private Boolean closedCleanly;

    public StreamApp(MarqueeConfig config) {
        this.config = config;
        Clock clock = Clock.systemUTC();
        Role role = config.role();
        // The views first: the enrichment's start() waits for the reference topics' partitions, and against an
        // unreachable broker it would hold back the views' start as well.
        if (role.runsViews()) {
            Topology views = role.runsEnrichment() ? MarqueeTopology.views(config, reference, metrics)
                    : MarqueeTopology.viewsWithReference(config, reference, metrics);
            clients.put(VIEWS, new KafkaStreams(views, viewsStreamsProperties(config)));
        }
        if (role.runsEnrichment()) {
            clients.put(ENRICHMENT, new KafkaStreams(
                    MarqueeTopology.enrichment(config, reference, () -> ArticlePipeline.over(index, clock), clock, metrics),
                    streamsProperties(config)));
        }
        // The client that reads the reference topics: the enrichment's where it runs, else the views'.
        clients.get(role.runsEnrichment() ? ENRICHMENT : VIEWS)
                .setGlobalStateRestoreListener(new ReferenceRestoreListener(reference, MarqueeTopology.REFERENCE_STORES));
        clients.forEach((name, client) -> {
            client.setStateListener((now, before) -> onClientState(name, now, before));
            client.setUncaughtExceptionHandler(StreamApp::onThreadFailure);
        });
        router.get("/health", request -> OpsEndpoints.health(state()))
                .get("/ready", request -> OpsEndpoints.ready(state()))
                .get("/metrics", request -> HttpRouter.Response.text(200, PrometheusWriter.CONTENT_TYPE,
                        OpsEndpoints.metrics(metrics, index.size(), state(), kafkaMetrics())));
        if (role.runsViews()) {
            this.queries = new Queries(clients.get(VIEWS), index, applicationServer(config), new Peers(), clock);
            QueryRoutes.register(router, queries);
        } else {
            this.queries = null;
        }
    }

    /**
     * This instance's {@code application.server} (set as {@code kafka.application.server}, e.g. by
     * {@code MARQUEE_KAFKA_APPLICATION_SERVER=host:port}, the host and HTTP port other instances reach it at); null
     * when unset, and the app then answers every query from its own stores, as a single instance should.
     */
    static HostInfo applicationServer(MarqueeConfig config) {
        String server = config.streamsProperties().getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG);
        return server == null || server.isBlank() ? null : HostInfo.buildFromEndpoint(server);
    }

    /** Interactive queries over this app's stores (what the HTTP query routes answer with). */
    public Queries queries() {
        if (queries == null) {
            throw new IllegalStateException("This instance runs no views (role " + config.role().id() + "): no stores to query");
        }
        return queries;
    }

    /** The views' client: the same settings under their own application id. */
    static Properties viewsStreamsProperties(MarqueeConfig config) {
        Properties props = streamsProperties(config);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.viewsApplicationId());
        return props;
    }

    static Properties streamsProperties(MarqueeConfig config) {
        Properties props = new Properties();
        // Kafka's consumers fix their socket receive buffer at 64 KB. The app's consumer fetches batches of enriched
        // events and mentions of hundreds of KB; from a broker on the same host (loopback moves 64 KB segments) it
        // overran that buffer, the kernel dropped segments, and the fetch response waited out TCP's 200 ms
        // retransmission timeout: the bursts of the at-least-once tail (docs/performance.md, tenth round). -1 lets
        // the kernel size the buffer, for the main, restore and global consumers (set below, after the operator's).
        // The awards processor handles its own bad records; enabling the handler for the global thread now is the
        // behaviour Kafka 5.0 makes default, and silences its start-up warning.
        props.put("processing.exception.handler.global.enabled", true);
        props.putAll(config.streamsProperties());
        putUnlessOperatorSet(props, StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), MAX_REQUEST_BYTES,
                ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        // Kafka Streams raises the producer's linger to 100 ms, which an at-least-once record waits before it is sent.
        // 5 ms is the Kafka 4 producer's own default; at half the maximum rate it halved the at-least-once median
        // latency, and the exactly-once maximum was no lower (docs/performance.md, sixth round).
        putUnlessOperatorSet(props, StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), PRODUCER_LINGER_MS,
                ProducerConfig.LINGER_MS_CONFIG);
        // The store of large values: its memtables have a budget of their own, and rocksdb.articles.write.mb.per.s can
        // limit its background writes, since it only grows and its compactions took a core at once (RocksDbSettings).
        props.put(RocksDbSettings.ARTICLES_STORE_CONFIG, MarqueeTopology.ARTICLES_STORE);
        putUnlessOperatorSet(props, StreamsConfig.consumerPrefix(ConsumerConfig.RECEIVE_BUFFER_CONFIG), KERNEL_SIZED_BUFFER,
                ConsumerConfig.RECEIVE_BUFFER_CONFIG);
        // With Kafka's 50 MB and 1 MB per partition, the main consumers took in 250 KB to 1 MB per fetch at a steady
        // rate and up to 12 MB while catching up, and every response of 512 KB or more is a humongous object in G1,
        // allocated straight into the old generation: over 5 minutes at 87 articles/s, 15 of 26 marking cycles began at
        // such an allocation. Bounded, none did (22 cycles, 0.06 of a core less in that run; docs/performance.md,
        // eleventh round). Only the main consumers: the global and restore consumers read the reference and the
        // changelogs in bulk, once, at start-up.
        putUnlessOperatorSet(props, StreamsConfig.mainConsumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), MAIN_CONSUMER_FETCH_MAX_BYTES,
                ConsumerConfig.FETCH_MAX_BYTES_CONFIG, StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG));
        putUnlessOperatorSet(props, StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
                MAIN_CONSUMER_PARTITION_FETCH_MAX_BYTES, ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG));
        // Tasks join the restore consumer while it waits on a fetch of empty changelogs, which the broker holds for
        // fetch.max.wait.ms (500 ms by default): at start-up RUNNING came up to a second after the reference data was
        // loaded. The restore consumer only fetches while stores restore (or standbys follow), so a short wait is cheap.
        putUnlessOperatorSet(props, StreamsConfig.restoreConsumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG), RESTORE_FETCH_MAX_WAIT_MS,
                ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG));
        // No record cache in front of the views' stores (the enrichment has none). A mention updates keys that are
        // mostly its own, so the cache merged few changelog writes, and it held each replaced value long enough to reach
        // the old generation for G1 to mark. Without it, at half the maximum rate with at-least-once, GC fell from
        // 0.055 to 0.007 of a core and p99 from 96 to 28 ms; the changelog producers used 0.017 of a core more
        // (docs/performance.md, twelfth round). Either of Kafka's names for the cache size, set by the operator, wins.
        putUnlessOperatorSet(props, StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG, NO_RECORD_CACHE, CACHE_MAX_BYTES_BUFFERING_CONFIG);
        return props;
    }

    // A prefixed setting outranks the plain one in Kafka Streams (main.consumer. over consumer. over none, producer.
    // over none), so a Marquee default under a prefix would override an operator's plain kafka.<setting>: an
    // operator's kafka.linger.ms once lost to Marquee's producer.linger.ms. A default goes in only when the operator
    // set it under none of the names that reach the clients it is for, after the operator's settings are in.
    private static void putUnlessOperatorSet(Properties props, String setting, Object value, String... otherNames) {
        if (!props.containsKey(setting) && Arrays.stream(otherNames).noneMatch(props::containsKey)) {
            props.put(setting, value);
        }
    }

    // A fault that another attempt cannot fix (credentials, ACLs, missing topics, reference data that failed to load)
    // stops the app with a clear log instead of replacing the thread forever; anything else replaces the thread, and
    // the task resumes from its last commit, so no record is lost.
    private static StreamThreadExceptionResponse onThreadFailure(Throwable error) {
        Throwable cause = error;
        while (!isUnrecoverable(cause) && cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        if (isUnrecoverable(cause)) {
            LOG.error("Stream thread failed and cannot recover ({}); shutting the app down", cause.getMessage(), error);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
        LOG.error("Stream thread failed; replacing it", error);
        return StreamThreadExceptionResponse.REPLACE_THREAD;
    }

    private static boolean isUnrecoverable(Throwable e) {
        return e instanceof AuthenticationException || e instanceof AuthorizationException || e instanceof MissingSourceTopicException
                || e instanceof ReferenceLoadException;
    }

    /** Starts the HTTP endpoints (unless {@code http.port} is -1), then the Streams clients. */
    public synchronized void start() {
        LOG.info("Starting Marquee {} with {}", AppVersion.get(), config.describe());
        if (config.httpPort() >= 0) {
            opsServer = OpsServer.start(config.httpPort(), router);
            LOG.info("HTTP endpoints /health, /ready, /metrics on port {}", opsServer.port());
        }
        clients.values().forEach(KafkaStreams::start);
    }

    /**
     * The clients' changes make the app's state, the one of them furthest from RUNNING ({@link #combine}); the app
     * logs and reports a change of that, and each client's own change on a line of its own.
     */
    private void onClientState(String client, KafkaStreams.State now, KafkaStreams.State before) {
        LOG.info("Streams client of the {} now {} (was {})", client, now, before);
        KafkaStreams.State previous;
        KafkaStreams.State current;
        synchronized (stateLock) {
            previous = appState;
            current = state();
            appState = current;
        }
        if (current == previous) {
            return;
        }
        LOG.info("Stream app {} -> {}{}", previous, current, current == KafkaStreams.State.RUNNING
                ? String.format(" (%d ms after start, %,d nominations in the awards reference)",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - createdNanos), index.size())
                : "");
        stateListeners.forEach(listener -> listener.accept(current, previous));
        if (current == KafkaStreams.State.NOT_RUNNING || current == KafkaStreams.State.ERROR) {
            terminated.countDown();
        }
    }

    /** The app's state from its clients' states: the one further from RUNNING, an error before a stop before a start. */
    static KafkaStreams.State combine(KafkaStreams.State a, KafkaStreams.State b) {
        return distanceFromRunning(a) >= distanceFromRunning(b) ? a : b;
    }

    private static int distanceFromRunning(KafkaStreams.State state) {
        return switch (state) {
            case RUNNING -> 0;
            case REBALANCING -> 1;
            case CREATED -> 2;
            case PENDING_SHUTDOWN -> 3;
            case NOT_RUNNING -> 4;
            case PENDING_ERROR -> 5;
            case ERROR -> 6;
        };
    }

    /** Called with (new, old) on every change of the app's state; add before {@link #start()} to see them all. */
    public void onStateChange(BiConsumer<KafkaStreams.State, KafkaStreams.State> listener) {
        stateListeners.add(listener);
    }

    /** Routes of the HTTP endpoints; add your own here. */
    public HttpRouter http() {
        return router;
    }

    /** The port the HTTP endpoints listen on, or -1 when they are off or not started. */
    public synchronized int httpPort() {
        return opsServer == null ? -1 : opsServer.port();
    }

    /** Blocks until the app is RUNNING (true) or gave up (false: timeout, or it stopped). */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            KafkaStreams.State state = state();
            if (state == KafkaStreams.State.RUNNING) {
                return true;
            }
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_ERROR) {
                return false;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Blocks until the app stops by itself (fatal error) or is closed. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /** The app's state: its clients' ({@link #combine}). */
    public KafkaStreams.State state() {
        return clients.values().stream().map(KafkaStreams::state).reduce(StreamApp::combine).orElseThrow();
    }

    /** Every metric of the Streams clients (their threads, tasks, stores, consumers, producers and admin clients). */
    public Map<MetricName, ? extends Metric> kafkaMetrics() {
        Map<MetricName, Metric> all = new HashMap<>();
        clients.values().forEach(client -> all.putAll(client.metrics()));
        return all;
    }

    public StreamMetrics metrics() {
        return metrics;
    }

    public ReferenceIndex referenceIndex() {
        return index;
    }

    /**
     * Graceful: finishes in-flight records, commits, leaves the group, then stops the HTTP endpoints (which answer
     * until then, so an orchestrator sees a live but unready app); bounded by {@code shutdown.timeout.ms}.
     * Idempotent.
     *
     * @return true if the Streams client stopped within the timeout
     */
    public synchronized boolean shutdown() {
        if (closedCleanly != null) {
            return closedCleanly;
        }
        long started = System.nanoTime();
        Duration timeout = Duration.ofMillis(config.shutdownTimeoutMs());
        // All at once, each within the timeout: one after the other, a stop could take twice as long.
        KafkaStreams.CloseOptions options = new KafkaStreams.CloseOptions().timeout(timeout).leaveGroup(true);
        List<CompletableFuture<Boolean>> closed = new ArrayList<>();
        clients.forEach((name, client) -> closed.add(CompletableFuture.supplyAsync(() -> client.close(options),
                task -> new Thread(task, "marquee-" + name + "-close").start())));
        boolean clean = closed.stream().map(CompletableFuture::join).reduce(true, Boolean::logicalAnd);
        reference.close();
        if (opsServer != null) {
            opsServer.close();
        }
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        if (clean) {
            LOG.info("Stream app shut down cleanly in {} ms", tookMs);
        } else {
            LOG.warn("Stream app did not stop within {} ms", timeout.toMillis());
        }
        closedCleanly = clean;
        terminated.countDown();
        return clean;
    }

    @Override
    public void close() {
        shutdown();
    }
}
