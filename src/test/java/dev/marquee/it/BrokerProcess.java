package dev.marquee.it;

import dev.marquee.ops.EmbeddedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker in a child JVM ({@code kafka.Kafka server.properties}) with the same settings as
 * {@link EmbeddedKafka}, for tests that kill the broker. Ports and data dir are fixed at construction, so a restart
 * after {@link #kill()} is the same broker with the same data, as after a host crash.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int[] ports = EmbeddedKafka.freeLoopbackPorts(2);
    private final int brokerPort = ports[0];
    private final ChildJvm jvm;

    public BrokerProcess(Path workDir) throws Exception {
        Path dataDir = workDir.resolve("kafka-data").toAbsolutePath();
        Files.createDirectories(dataDir);
        EmbeddedKafka.formatStorage(dataDir);
        Properties props = EmbeddedKafka.serverProperties(dataDir, brokerPort, ports[1]);
        // A broker restarted after SIGKILL re-registers in ~4 s instead of looping on DUPLICATE_BROKER_REGISTRATION for ~12 s.
        props.put("broker.session.timeout.ms", "2000");
        props.put("broker.heartbeat.interval.ms", "500");
        Path propsFile = workDir.resolve("server.properties");
        try (OutputStream out = Files.newOutputStream(propsFile)) {
            props.store(out, "child-process broker for fault tests");
        }
        this.jvm = new ChildJvm("broker", List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
                "kafka.Kafka", List.of(propsFile.toString()), Map.of(), workDir.resolve("broker.log"));
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** Starts the broker and returns once it answers a metadata request. */
    public BrokerProcess start() throws Exception {
        long started = System.nanoTime();
        jvm.start();
        awaitReady();
        System.out.printf("[broker] ready in %d ms%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return this;
    }

    /** SIGKILL: no controlled shutdown, open transactions and unflushed segments left as they are. */
    public void kill() throws InterruptedException {
        jvm.kill();
    }

    /**
     * Starts the broker again on another thread: while it is down, producer sends block the caller for up to
     * {@code max.block.ms}, so a test thread that produces must not be the one restarting it.
     */
    public CompletableFuture<Void> restartAsync(Duration downtime) {
        return CompletableFuture.runAsync(() -> {
            try {
                Thread.sleep(downtime.toMillis());
                start();
            } catch (Exception e) {
                throw new IllegalStateException("Broker restart failed; log tail:\n" + jvm.tail(40), e);
            }
        });
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2_000))) {
            while (System.nanoTime() < deadline) {
                if (!jvm.isAlive()) {
                    throw new IllegalStateException("Broker process exited; log tail:\n" + jvm.tail(40));
                }
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes().get(3, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    Thread.sleep(100);
                }
            }
        }
        throw new IllegalStateException("Broker not ready within " + READY_TIMEOUT + "; log tail:\n" + jvm.tail(40));
    }

    @Override
    public void close() throws InterruptedException {
        jvm.stop(Duration.ofSeconds(10));
    }
}
