package dev.marquee.ops;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A real single-node KRaft Kafka (broker and controller in one process) on 127.0.0.1, for the demo command
 * and integration tests on machines without Docker.
 *
 * <p>Runs inside this JVM: a fatal broker fault halts the whole JVM, and broker threads are not daemons, so
 * always {@link #close()} it (try-with-resources or {@code @AfterAll}).
 *
 * <p>The PLAINTEXT listener ({@link #bootstrapServers()}) always exists and carries inter-broker traffic. A secured
 * broker adds a client listener with {@link #withListener} and its settings with {@link #withBrokerProperties}:
 * <pre>
 *   new EmbeddedKafka().withListener("CLIENT", SecurityProtocol.SASL_SSL)
 *       .withBrokerProperties(Map.of("listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512", …))
 *       .start();
 *   kafka.bootstrapServers("CLIENT");
 * </pre>
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String LOOPBACK = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, Listener> extraListeners = new LinkedHashMap<>();
    private final Map<String, String> extraBrokerProperties = new LinkedHashMap<>();
    private KafkaRaftServer server;
    private boolean closed;

    /** A broker whose data lives in a temp dir that {@link #close()} deletes. */
    public EmbeddedKafka() {
        this(createTempDir(), true);
    }

    /** A broker whose data lives in {@code dataDir}, kept after close; a dir formatted before is reused as it is. */
    public EmbeddedKafka(Path dataDir) {
        this(dataDir, false);
    }

    private EmbeddedKafka(Path dataDir, boolean ownsDataDir) {
        this.dataDir = dataDir.toAbsolutePath();
        this.ownsDataDir = ownsDataDir;
        int[] ports = freeLoopbackPorts(2);
        this.brokerPort = ports[0];
        this.controllerPort = ports[1];
    }

    private record Listener(SecurityProtocol protocol, int port) {
    }

    /** Adds a listener {@code name} on a free loopback port (before {@link #start()}); its settings go to {@link #withBrokerProperties}. */
    public synchronized EmbeddedKafka withListener(String name, SecurityProtocol protocol) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (upper.equals("PLAINTEXT") || upper.equals(CONTROLLER_LISTENER) || extraListeners.containsKey(upper)) {
            throw new IllegalArgumentException("Listener " + upper + " exists already");
        }
        requireNotStarted();
        extraListeners.put(upper, new Listener(protocol, freePortNoListenerHas()));
        return this;
    }

    // The ports chosen before were released, so the kernel may offer them again; of one more distinct free port than
    // there are taken ones, at least one is new.
    private int freePortNoListenerHas() {
        Set<Integer> taken = new HashSet<>(List.of(brokerPort, controllerPort));
        extraListeners.values().forEach(listener -> taken.add(listener.port()));
        return IntStream.of(freeLoopbackPorts(taken.size() + 1)).filter(port -> !taken.contains(port)).findFirst().orElseThrow();
    }

    /** Broker settings applied over the defaults (before {@link #start()}): authorizer, SASL, TLS, {@code listener.name.*}. */
    public synchronized EmbeddedKafka withBrokerProperties(Map<String, String> properties) {
        requireNotStarted();
        extraBrokerProperties.putAll(properties);
        return this;
    }

    private void requireNotStarted() {
        if (server != null || closed) {
            throw new IllegalStateException("Configure EmbeddedKafka before start()");
        }
    }

    /** Formats storage if needed and starts the broker; returns once clients can connect. */
    public synchronized EmbeddedKafka start() {
        if (closed) {
            throw new IllegalStateException("EmbeddedKafka is closed");
        }
        if (server != null) {
            return this;
        }
        long startNanos = System.nanoTime();
        try {
            Files.createDirectories(dataDir);
            formatStorage(dataDir);
            server = new KafkaRaftServer(KafkaConfig.fromProps(withExtras(serverProperties(dataDir, brokerPort, controllerPort), brokerPort, controllerPort), false), Time.SYSTEM);
            server.startup();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("Embedded Kafka failed to start in " + dataDir + ": " + e.getMessage(), e);
        }
        log.info("Embedded Kafka ready at {} in {} ms (data {})", bootstrapServers(),
                (System.nanoTime() - startNanos) / 1_000_000, dataDir);
        return this;
    }

    /** The PLAINTEXT listener: no authentication, principal {@code User:ANONYMOUS}. */
    public String bootstrapServers() {
        return LOOPBACK + ":" + brokerPort;
    }

    /** A listener added with {@link #withListener}. */
    public String bootstrapServers(String listenerName) {
        Listener listener = extraListeners.get(listenerName.toUpperCase(Locale.ROOT));
        if (listener == null) {
            throw new IllegalArgumentException("No listener " + listenerName + "; added: " + extraListeners.keySet());
        }
        return LOOPBACK + ":" + listener.port();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Shuts the broker down and waits for it; deletes the data dir if this instance created it. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (server != null) {
                server.shutdown();
                server.awaitShutdown();
            }
        } finally {
            server = null;
            if (ownsDataDir) {
                deleteRecursively(dataDir);
            }
        }
    }

    /**
     * Formats {@code dataDir} as the storage of a new single-node cluster, unless it was formatted before (a restart
     * must keep its cluster id and data). Shared with brokers that run as child processes in fault tests.
     */
    public static void formatStorage(Path dataDir) throws Exception {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        // The formatter prints progress to stdout; keep it out of CLI output and test logs.
        ByteArrayOutputStream formatterOutput = new ByteArrayOutputStream();
        new Formatter()
                .setPrintStream(new PrintStream(formatterOutput, true, StandardCharsets.UTF_8))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(dataDir.toString()))
                .setMetadataLogDirectory(dataDir.toString())
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .run();
        log.debug("Storage format: {}", formatterOutput.toString(StandardCharsets.UTF_8).trim());
    }

    /**
     * The single-node broker configuration on loopback; a child-process broker ({@code kafka.Kafka server.properties})
     * runs the same settings, so in-process and out-of-process tests exercise one configuration.
     */
    public static Properties serverProperties(Path dataDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort + "," + CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        p.put("log.dirs", dataDir.toString());
        // Internal topics default to replication factor 3; on one node they would never be created and
        // consumer groups and transactions would hang without an error.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MiB dedupe buffer can exhaust a test heap, and a broker OOM halts this JVM.
        p.put("log.cleaner.dedupe.buffer.size", "2097152");
        return p;
    }

    /** This broker's own additions to the base settings: the listeners and properties given before start. */
    private Properties withExtras(Properties base, int brokerPort, int controllerPort) {
        StringBuilder advertised = new StringBuilder("PLAINTEXT://" + LOOPBACK + ":" + brokerPort);
        StringBuilder protocols = new StringBuilder("PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        extraListeners.forEach((name, l) -> {
            advertised.append(',').append(name).append("://").append(LOOPBACK).append(':').append(l.port());
            protocols.append(',').append(name).append(':').append(l.protocol().name);
        });
        base.put("listeners", advertised + "," + CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort);
        base.put("advertised.listeners", advertised.toString());
        base.put("listener.security.protocol.map", protocols.toString());
        base.putAll(extraBrokerProperties);
        return base;
    }

    /**
     * {@code count} distinct free loopback ports. Each socket stays bound until all are chosen: a port closed at once
     * can be handed out again by the next bind, and a broker and controller given the same port fail to start.
     */
    public static int[] freeLoopbackPorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                closeQuietly(socket);
            }
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            log.debug("Closing a probe socket failed", e);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("marquee-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temp dir for Kafka data", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
