package dev.marquee.it;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.StreamApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 §2: kill -9 the broker (a real child process) while the app processes, restart it with the same data: the
 * app must recover on its own and every article must come out exactly once.
 */
@Tag("broker")
@Tag("faults")
class BrokerRestartFaultTest {

    private static final int BROKER_KILLS = 2;
    private static final int ARTICLES = 3_000;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldRecoverWithoutHelpAndLoseNothingWhenTheBrokerIsKilledDuringProcessing(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        Map<String, byte[]> articles = TestArticles.articles(0, ARTICLES);
        try (BrokerProcess broker = new BrokerProcess(dir).start()) {
            Map<String, String> settings = new HashMap<>(FaultSettings.app(broker.bootstrapServers(), "marquee-broker-restart"));
            settings.put(MarqueeConfig.STATE_DIR, dir.resolve("state").toString());
            MarqueeConfig config = MarqueeConfig.of(settings);
            Kafka.applyTopics(config);
            Kafka.publishAwards(broker.bootstrapServers(), config.awardsTopic(), TestArticles.AWARDS);

            AppCrashFaultTest.Producing producing = new AppCrashFaultTest.Producing(broker.bootstrapServers(), config.articlesTopic(),
                    articles, TimeUnit.SECONDS.toNanos(20) / ARTICLES);
            try (StreamApp app = new StreamApp(config)) {
                StateWatch watch = StateWatch.on(app);
                app.start();
                assertTrue(app.awaitRunning(Duration.ofMinutes(1)), "app RUNNING before the faults");
                producing.start();
                for (int kill = 1; kill <= BROKER_KILLS; kill++) {
                    awaitEnriched(app, kill * ARTICLES / (BROKER_KILLS + 2));
                    long enrichedBefore = app.metrics().articlesEnriched();
                    broker.kill();
                    long downAt = System.nanoTime();
                    broker.restartAsync(Duration.ofSeconds(2)).get(2, TimeUnit.MINUTES);
                    System.out.printf("[broker] kill -9 #%d after %,d articles enriched; back after %d ms%n", kill, enrichedBefore,
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - downAt));
                }
                producing.join();
                try (CommittedReader reader = new CommittedReader(broker.bootstrapServers(), config.enrichedTopic())) {
                    assertTrue(reader.awaitDistinctKeys(ARTICLES, Duration.ofMinutes(4)),
                            "not every article enriched after the broker restarts: " + reader.distinctKeys() + " of " + ARTICLES
                                    + "; transitions " + watch.transitions());
                }
                // Every article being enriched does not mean both clients are done rejoining after the last restart:
                // the views' client was seen REBALANCING at that instant. Recovering means reaching RUNNING again by
                // itself; awaitRunning gives up at once on ERROR or NOT_RUNNING.
                assertTrue(app.awaitRunning(Duration.ofMinutes(1)), "app recovered without manual action: " + watch.transitions());
                assertFalse(watch.failed(), "app never failed: " + watch.transitions());
                System.out.printf("[broker] app transitions: %s%n", watch.transitions());
            }
            ExactlyOnceTally tally = ExactlyOnceTally.of(articles, Kafka.readAll(broker.bootstrapServers(), config.enrichedTopic()),
                    new TestArticles.Expectation(TestArticles.AWARDS));
            System.out.printf("[broker] %d broker kill -9 + restart: %s; %.1f s%n", BROKER_KILLS, tally, (System.nanoTime() - started) / 1e9);
            assertTrue(tally.exactlyOnce(), tally.toString());
        }
    }

    private static void awaitEnriched(StreamApp app, long count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (app.metrics().articlesEnriched() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }
}
