package dev.marquee.ops;

import dev.marquee.config.MarqueeConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static dev.marquee.ops.OpsTestSupport.article;
import static dev.marquee.ops.OpsTestSupport.await;
import static dev.marquee.ops.OpsTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code marquee run} as its own process, stopped the way Docker and Kubernetes stop it: SIGTERM. */
@Tag("broker")
@Timeout(value = 150, unit = TimeUnit.SECONDS)
class GracefulShutdownTest {

    private static final long SHUTDOWN_TIMEOUT_MS = 15_000;
    /** JVM start-up of the exit path and process reaping: generous, the bound is the guarantee, not a speed claim. */
    private static final long EXIT_MARGIN_MS = 10_000;

    @Test
    void shouldShutDownCleanlyAndExitZeroWithinTheShutdownTimeoutOnSigterm(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            MarqueeConfig config = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers()));
            OpsTestSupport.prepareTopics(config.kafkaClientProperties(), config, 10);
            int port = OpsTestSupport.freePort();
            Map<String, String> env = Map.of(
                    "MARQUEE_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "MARQUEE_APPLICATION_ID", "marquee-shutdown-test",
                    "MARQUEE_STATE_DIR", dir.resolve("state").toString(),
                    "MARQUEE_HTTP_PORT", String.valueOf(port),
                    "MARQUEE_SHUTDOWN_TIMEOUT_MS", String.valueOf(SHUTDOWN_TIMEOUT_MS),
                    "MARQUEE_LOG_LEVEL", "INFO");

            try (MarqueeProcess app = MarqueeProcess.start(dir.resolve("marquee.log"), env, "run")) {
                assertTrue(await(Duration.ofSeconds(60), () -> status(port, "/ready") == 200 || !app.isAlive()) && app.isAlive(),
                        "child ready within 60 s:\n" + app.output());
                OpsTestSupport.produce(config.kafkaClientProperties(), config.articlesTopic(), Map.of("s1", article("s1"), "s2", article("s2")));
                Set<String> expected = Set.of("s1", "s2");
                assertEquals(expected, OpsTestSupport.committedKeys(config.kafkaClientProperties(), config.enrichedTopic(), expected,
                        Duration.ofSeconds(30)), "enriched before the stop");

                assertEquals(0, sigtermAndAwaitExit(app, SHUTDOWN_TIMEOUT_MS), app.output());
                assertTrue(app.output().contains("SIGTERM received: shutting down gracefully"), app.output());
                assertTrue(app.output().contains("Stream app shut down cleanly"), app.output());
                assertEquals(-1, status(port, "/health"), "HTTP endpoints gone with the process");
            }
        }
    }

    @Test
    void shouldExitWithinTheShutdownTimeoutOnSigtermWhileStillStartingAgainstAnUnreachableBroker(@TempDir Path dir) throws Exception {
        long shutdownTimeoutMs = 3_000;
        // Nothing listens there: the Streams client stays in start() until its api timeout (60 s) without the bound.
        String unreachable = "127.0.0.1:" + OpsTestSupport.freePort();
        Map<String, String> env = Map.of(
                "MARQUEE_BOOTSTRAP_SERVERS", unreachable,
                "MARQUEE_APPLICATION_ID", "marquee-unreachable-shutdown-test",
                "MARQUEE_STATE_DIR", dir.resolve("state").toString(),
                "MARQUEE_HTTP_PORT", "-1",
                "MARQUEE_SHUTDOWN_TIMEOUT_MS", String.valueOf(shutdownTimeoutMs),
                "MARQUEE_LOG_LEVEL", "INFO");

        try (MarqueeProcess app = MarqueeProcess.start(dir.resolve("marquee.log"), env, "run")) {
            assertTrue(await(Duration.ofSeconds(60), () -> app.output().contains("Streams client of the enrichment now REBALANCING") || !app.isAlive()) && app.isAlive(),
                    "child starting within 60 s:\n" + app.output());
            assertEquals(1, sigtermAndAwaitExit(app, shutdownTimeoutMs), app.output());
            assertTrue(app.output().contains("Shutdown not finished"), app.output());
        }
    }

    /** Sends SIGTERM and returns the exit code, failing if the child outlives shutdown.timeout.ms + margin. */
    private static int sigtermAndAwaitExit(MarqueeProcess app, long shutdownTimeoutMs) throws InterruptedException {
        long signalled = System.nanoTime();
        app.terminate();
        Integer exitCode = app.awaitExit(Duration.ofMillis(shutdownTimeoutMs + EXIT_MARGIN_MS));
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled);
        assertNotNull(exitCode, "exited within shutdown.timeout.ms + margin:\n" + app.output());
        System.out.printf("SIGTERM to exit %d: %d ms (bound %d ms)%n", exitCode, tookMs, shutdownTimeoutMs + EXIT_MARGIN_MS);
        return exitCode;
    }
}
