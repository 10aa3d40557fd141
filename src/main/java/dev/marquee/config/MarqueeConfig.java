package dev.marquee.config;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Marquee's configuration: defaults, then a properties file, then environment variables, validated once at start.
 *
 * <p>Every setting {@code a.b-c} can be overridden by the env var {@code MARQUEE_A_B_C}. Any Kafka client or
 * Streams setting passes through with the prefix {@code kafka.} in the file or {@code MARQUEE_KAFKA_} in the
 * environment ({@code MARQUEE_KAFKA_SECURITY_PROTOCOL=SASL_SSL} sets {@code security.protocol}).
 */
public final class MarqueeConfig extends AbstractConfig {

    public static final String ENV_PREFIX = "MARQUEE_";
    public static final String KAFKA_PREFIX = "kafka.";

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String APPLICATION_ID = "application.id";
    public static final String TOPIC_ARTICLES = "topic.articles";
    public static final String TOPIC_ENRICHED = "topic.enriched";
    public static final String TOPIC_DEAD_LETTER = "topic.dead-letter";
    public static final String TOPIC_AWARDS = "topic.awards";
    public static final String TOPIC_FILMS = "topic.films";
    public static final String TOPIC_ENTITY_MENTIONS = "topic.entity-mentions";
    public static final String TOPIC_TRENDING = "topic.trending-entities";
    public static final String MAX_ARTICLE_BYTES = "max.article.bytes";
    public static final String PROCESSING_GUARANTEE = "processing.guarantee";
    public static final String NUM_STREAM_THREADS = "num.stream.threads";
    public static final String NUM_STANDBY_REPLICAS = "num.standby.replicas";
    public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
    public static final String STATE_DIR = "state.dir";
    public static final String SHUTDOWN_TIMEOUT_MS = "shutdown.timeout.ms";
    public static final String HTTP_PORT = "http.port";
    public static final String ROCKSDB_MEMORY_MB = "rocksdb.memory.mb";
    public static final String ROCKSDB_ARTICLES_WRITE_MB_PER_S = "rocksdb.articles.write.mb.per.s";
    public static final String ROLE = "role";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, "localhost:9092", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka brokers to connect to, host:port[,host:port…].")
            .define(APPLICATION_ID, Type.STRING, "marquee", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Kafka Streams application id: consumer group, prefix of internal topics and of the state directory.")
            .define(TOPIC_ARTICLES, Type.STRING, "marquee.articles.raw", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Input topic of raw article JSON.")
            .define(TOPIC_ENRICHED, Type.STRING, "marquee.articles.enriched", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Output topic: one enriched event per article, keyed by article id (compacted).")
            .define(TOPIC_DEAD_LETTER, Type.STRING, "marquee.articles.dead-letter", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Dead-letter topic: rejected input with its reason and original bytes.")
            .define(TOPIC_AWARDS, Type.STRING, "marquee.reference.awards", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Compacted awards reference topic, one nomination per key.")
            .define(TOPIC_FILMS, Type.STRING, "marquee.reference.films", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Compacted film catalogue topic, one film per key.")
            .define(TOPIC_ENTITY_MENTIONS, Type.STRING, "marquee.entities.mentions", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Output topic: one record per entity per article, keyed by entity key.")
            .define(TOPIC_TRENDING, Type.STRING, "marquee.entities.trending", new ConfigDef.NonEmptyString(), Importance.HIGH,
                    "Output topic: final article counts per entity per trending window (1h, 24h), keyed by entity key.")
            .define(MAX_ARTICLE_BYTES, Type.INT, 1_048_576, Range.between(1_024, 64 * 1_048_576), Importance.MEDIUM,
                    "Largest raw article accepted, in bytes; larger ones go to the dead-letter topic.")
            .define(PROCESSING_GUARANTEE, Type.STRING, StreamsConfig.EXACTLY_ONCE_V2,
                    ValidString.in(StreamsConfig.EXACTLY_ONCE_V2, StreamsConfig.AT_LEAST_ONCE), Importance.MEDIUM,
                    "exactly_once_v2 (default) or at_least_once.")
            .define(ROLE, Type.STRING, Role.ALL.id(), ValidString.in(Role.ids()), Importance.MEDIUM,
                    "Which of the app's two Streams clients this instance runs: all (default), enrichment (raw articles to enriched "
                            + "events, mentions and dead letters) or views (the dashboards' query stores and trending counts, with the "
                            + "reference data for GET /entities). Instances of the two roles scale and are placed apart.")
            .define(NUM_STREAM_THREADS, Type.INT, 1, Range.between(1, 64), Importance.MEDIUM,
                    "Stream threads per instance.")
            .define(NUM_STANDBY_REPLICAS, Type.INT, 0, Range.between(0, 8), Importance.LOW,
                    "Standby replicas of local state per task.")
            .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.between(1, 600_000), Importance.LOW,
                    "How often Streams commits (and, with exactly-once, how long output waits to become visible).")
            .define(ROCKSDB_MEMORY_MB, Type.INT, 256, Range.between(16, 65_536), Importance.MEDIUM,
                    "Off-heap memory all RocksDB state stores of the instance share (block cache, index and filter blocks, memtables), in MiB.")
            .define(ROCKSDB_ARTICLES_WRITE_MB_PER_S, Type.INT, 0, Range.between(0, 65_536), Importance.LOW,
                    "Flush and compaction writes per second of the enriched-articles store behind GET /articles/{id}, its partitions together, "
                            + "in MiB; 0 (default) for no limit. Spreads the compactions of a store that only grows, which took a core at once; "
                            + "the views then lag more when the instance runs flat out.")
            .define(STATE_DIR, Type.STRING, defaultStateDir(), new ConfigDef.NonEmptyString(), Importance.LOW,
                    "Directory for local state stores.")
            .define(SHUTDOWN_TIMEOUT_MS, Type.LONG, 30_000L, Range.between(1_000, 600_000), Importance.LOW,
                    "Longest a graceful shutdown may take before the process exits anyway.")
            .define(HTTP_PORT, Type.INT, 8080, Range.between(-1, 65_535), Importance.MEDIUM,
                    "Port of the HTTP endpoints /health, /ready and /metrics on all interfaces; 0 picks a free port, -1 turns them off.");

    private final Map<String, String> kafkaOverrides;

    private MarqueeConfig(Map<String, String> marqueeSettings, Map<String, String> kafkaOverrides) {
        super(DEFINITION, marqueeSettings, false);
        this.kafkaOverrides = Map.copyOf(kafkaOverrides);
    }

    /** Defaults overridden by {@code file} (if not null) and then by the environment. Throws ConfigException on any invalid value. */
    public static MarqueeConfig load(Path file, Map<String, String> environment) {
        Map<String, String> raw = new TreeMap<>();
        if (file != null) {
            raw.putAll(readProperties(file));
        }
        raw.putAll(fromEnvironment(environment));
        return of(raw);
    }

    /** Builds a config from raw settings as a file would hold them ({@code kafka.}-prefixed keys pass through). */
    public static MarqueeConfig of(Map<String, String> raw) {
        Map<String, String> marquee = new HashMap<>();
        Map<String, String> kafka = new HashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String key = e.getKey().trim();
            if (key.startsWith(KAFKA_PREFIX)) {
                String kafkaKey = key.substring(KAFKA_PREFIX.length());
                if (DEFINITION.names().contains(kafkaKey)) {
                    // The override would win in the Streams config while validation and the logged settings showed
                    // Marquee's value: an app logging exactly_once_v2 could run at_least_once.
                    throw new ConfigException("Setting '" + key + "' would override Marquee's own setting '" + kafkaKey
                            + "'; set '" + kafkaKey + "' (env " + envName(kafkaKey) + ") instead.");
                }
                kafka.put(kafkaKey, e.getValue().trim());
            } else if (DEFINITION.names().contains(key)) {
                marquee.put(key, e.getValue().trim());
            } else {
                throw new ConfigException("Unknown setting '" + key + "'. Known settings: " + new TreeMap<>(DEFINITION.configKeys()).keySet()
                        + "; Kafka client settings need the prefix '" + KAFKA_PREFIX + "'.");
            }
        }
        return new MarqueeConfig(marquee, kafka);
    }

    /** The env var that overrides {@code setting}. */
    public static String envName(String setting) {
        return ENV_PREFIX + setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> out = new HashMap<>();
        for (String name : DEFINITION.names()) {
            String value = environment.get(envName(name));
            if (value != null) {
                out.put(name, value);
            }
        }
        String kafkaEnvPrefix = ENV_PREFIX + "KAFKA_";
        for (Map.Entry<String, String> e : environment.entrySet()) {
            if (e.getKey().startsWith(kafkaEnvPrefix)) {
                String kafkaKey = e.getKey().substring(kafkaEnvPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                out.put(KAFKA_PREFIX + kafkaKey, e.getValue());
            }
        }
        return out;
    }

    private static Map<String, String> readProperties(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw new ConfigException("Cannot read config file " + file.toAbsolutePath() + ": " + e.getMessage());
        }
        Map<String, String> out = new HashMap<>();
        props.stringPropertyNames().forEach(k -> out.put(k, props.getProperty(k)));
        return out;
    }

    private static String defaultStateDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "marquee-state").toString();
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS);
    }

    public String applicationId() {
        return getString(APPLICATION_ID);
    }

    /**
     * The application id of the dashboards' views, which run in a Streams client of their own beside the enrichment
     * (whose id is {@link #applicationId()}): their consumer group, state directory and internal topics.
     */
    public String viewsApplicationId() {
        return applicationId() + "-views";
    }

    public String articlesTopic() {
        return getString(TOPIC_ARTICLES);
    }

    public String enrichedTopic() {
        return getString(TOPIC_ENRICHED);
    }

    public String deadLetterTopic() {
        return getString(TOPIC_DEAD_LETTER);
    }

    public String awardsTopic() {
        return getString(TOPIC_AWARDS);
    }

    public String filmsTopic() {
        return getString(TOPIC_FILMS);
    }

    public String entityMentionsTopic() {
        return getString(TOPIC_ENTITY_MENTIONS);
    }

    public String trendingTopic() {
        return getString(TOPIC_TRENDING);
    }

    public Role role() {
        return Role.of(getString(ROLE));
    }

    public int maxArticleBytes() {
        return getInt(MAX_ARTICLE_BYTES);
    }

    /** -1: no HTTP endpoints; 0: any free port. */
    public int httpPort() {
        return getInt(HTTP_PORT);
    }

    public long shutdownTimeoutMs() {
        return getLong(SHUTDOWN_TIMEOUT_MS);
    }

    /** Kafka client settings (security, timeouts…) shared by every client the app creates. */
    public Map<String, Object> kafkaClientProperties() {
        Map<String, Object> props = new HashMap<>(kafkaOverrides);
        props.put("bootstrap.servers", bootstrapServers());
        return props;
    }

    /** Full Streams configuration: Marquee's settings, then {@code kafka.} overrides. */
    public Properties streamsProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, getString(PROCESSING_GUARANTEE));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, getInt(NUM_STREAM_THREADS));
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, getInt(NUM_STANDBY_REPLICAS));
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, getLong(COMMIT_INTERVAL_MS));
        props.put(StreamsConfig.STATE_DIR_CONFIG, getString(STATE_DIR));
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, RocksDbSettings.class);
        props.put(RocksDbSettings.TOTAL_BYTES_CONFIG, String.valueOf(getInt(ROCKSDB_MEMORY_MB) * 1024L * 1024L));
        props.put(RocksDbSettings.WRITE_LIMIT_BYTES_CONFIG, String.valueOf(getInt(ROCKSDB_ARTICLES_WRITE_MB_PER_S) * 1024L * 1024L));
        // The query store of enriched events is the enriched topic read as a table, stored as the topic's bytes: the
        // compacted topic is its changelog already. Without this, Streams wrote every event a second time to an
        // internal changelog (the largest records the app writes: a third of all bytes it produced in the bench).
        props.put(StreamsConfig.TOPOLOGY_OPTIMIZATION_CONFIG, StreamsConfig.REUSE_KTABLE_SOURCE_TOPICS);
        props.putAll(kafkaClientProperties());
        return props;
    }

    /** Settings as a reader would want them logged: secrets of Kafka overrides masked. */
    public Map<String, String> describe() {
        Map<String, String> out = new TreeMap<>();
        for (String name : DEFINITION.names()) {
            out.put(name, String.valueOf(values().get(name)));
        }
        kafkaOverrides.forEach((k, v) -> out.put(KAFKA_PREFIX + k, isSecret(k) ? "[hidden]" : v));
        return out;
    }

    static boolean isSecret(String kafkaKey) {
        String k = kafkaKey.toLowerCase(Locale.ROOT);
        return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.endsWith(".key");
    }
}
