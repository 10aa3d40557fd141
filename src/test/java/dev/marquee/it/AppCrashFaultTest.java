package dev.marquee.it;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.EmbeddedKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 §2: kill -9 the stream app (a real {@code marquee run} process) at random moments while articles flow,
 * restart it each time, and check that a read_committed reader sees every article enriched exactly once, with the
 * right content.
 */
@Tag("broker")
@Tag("faults")
class AppCrashFaultTest {

    @Test
    @Timeout(value = 30, unit = TimeUnit.MINUTES)
    void shouldEnrichEveryArticleExactlyOnceAcrossRepeatedKillNineOfTheApp(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        int kills = FaultSettings.KILLS;
        Map<String, byte[]> articles = TestArticles.articles(0, FaultSettings.ARTICLES);
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (EmbeddedKafka kafka = new EmbeddedKafka(dir.resolve("kafka")).start()) {
            Map<String, String> settings = FaultSettings.app(kafka.bootstrapServers(), "marquee-crash");
            MarqueeConfig config = MarqueeConfig.of(settings);
            assertEquals(StreamsConfig.EXACTLY_ONCE_V2, config.streamsProperties().get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG),
                    "the test runs the app's default guarantee");
            Kafka.applyTopics(config);
            Kafka.publishAwards(kafka.bootstrapServers(), config.awardsTopic(), TestArticles.AWARDS);

            // Articles are released one share per cycle and sent at a steady pace within it, so they keep arriving through
            // every kill cycle however long a cycle takes on a loaded machine (about 7 s each on an idle 2-core one).
            long paceNanos = TimeUnit.SECONDS.toNanos(3) / Math.max(1, articles.size() / (kills + 1));
            Producing producing = Producing.gated(kafka.bootstrapServers(), config.articlesTopic(), articles, paceNanos);
            AppProcess app = new AppProcess("app", settings, dir);
            int killsWithBacklog = 0;
            try (CommittedReader reader = new CommittedReader(kafka.bootstrapServers(), config.enrichedTopic())) {
                producing.start();
                for (int cycle = 1; cycle <= kills; cycle++) {
                    app.start();
                    app.awaitRunning(Duration.ofMinutes(2));
                    // Released once the app runs, so the kill below lands while this cycle's articles are arriving.
                    producing.release(articles.size() * cycle / (kills + 1));
                    int before = reader.distinctKeys();
                    Thread.sleep(300 + random.nextInt(2_700));
                    app.kill();
                    int after = reader.distinctKeys();
                    // Output of the cycle may still be invisible (read_committed stops at the killed instance's open
                    // transaction until the broker aborts it), so "flowing" means articles were waiting to be enriched.
                    if (after < articles.size()) {
                        killsWithBacklog++;
                    }
                    System.out.printf("[crash] kill -9 #%d: %,d produced, %,d enriched visible (+%,d this cycle)%n",
                            cycle, producing.sent(), after, after - before);
                }
                producing.release(articles.size());
                app.start();
                producing.join();
                boolean complete = reader.awaitDistinctKeys(articles.size(), Duration.ofMinutes(5));
                app.close();
                assertTrue(complete, "not every article enriched: " + reader.distinctKeys() + " of " + articles.size()
                        + "; app log tail:\n" + app.logTail(30));
            } finally {
                app.kill();
                producing.release(articles.size());
                producing.join();
            }
            assertTrue(Files.readString(dir.resolve("app.log")).contains("processing.guarantee=exactly_once_v2"),
                    "the app process logged its exactly-once guarantee");

            ExactlyOnceTally tally = ExactlyOnceTally.of(articles, Kafka.readAll(kafka.bootstrapServers(), config.enrichedTopic()),
                    new TestArticles.Expectation(TestArticles.AWARDS));
            System.out.printf("[crash] %d kill -9 cycles (%d with articles waiting), seed %d: %s; %.1f s%n",
                    kills, killsWithBacklog, seed, tally, (System.nanoTime() - started) / 1e9);
            assertTrue(tally.exactlyOnce(), tally.toString());
            assertEquals(kills, killsWithBacklog, "every kill must land while articles were still waiting to be enriched");
        }
    }

    /** Produces the articles on its own thread at a steady pace, keyed by article id as the raw topic contract asks. */
    static final class Producing {
        private final Thread thread;
        private final java.util.concurrent.Semaphore released = new java.util.concurrent.Semaphore(0);
        private int releasedUpTo;
        private volatile int sent;
        private volatile Exception failure;

        /** Sends every article at the given pace. */
        Producing(String bootstrapServers, String topic, Map<String, byte[]> articles, long paceNanos) {
            this(bootstrapServers, topic, articles, paceNanos, false);
        }

        /** Sends articles only as far as {@link #release} allows, at the given pace. */
        static Producing gated(String bootstrapServers, String topic, Map<String, byte[]> articles, long paceNanos) {
            return new Producing(bootstrapServers, topic, articles, paceNanos, true);
        }

        private Producing(String bootstrapServers, String topic, Map<String, byte[]> articles, long paceNanos, boolean gated) {
            if (!gated) {
                release(articles.size());
            }
            this.thread = new Thread(() -> {
                long next = System.nanoTime();
                try (KafkaProducer<String, byte[]> producer = Kafka.producer(bootstrapServers, Map.of())) {
                    for (Map.Entry<String, byte[]> a : articles.entrySet()) {
                        if (!released.tryAcquire()) {
                            producer.flush();
                            released.acquire();
                            next = System.nanoTime();
                        }
                        producer.send(new ProducerRecord<>(topic, a.getKey(), a.getValue()), (m, e) -> {
                            if (e != null) {
                                failure = e;
                            }
                        });
                        sent++;
                        next += paceNanos;
                        long wait = next - System.nanoTime();
                        if (wait > 1_000_000) {
                            Thread.sleep(wait / 1_000_000);
                        }
                    }
                    producer.flush();
                } catch (Exception e) {
                    failure = e;
                }
            }, "article-producer");
        }

        void start() {
            thread.start();
        }

        /** Lets the producer send articles up to number {@code total} (cumulative). */
        synchronized void release(int total) {
            if (total > releasedUpTo) {
                released.release(total - releasedUpTo);
                releasedUpTo = total;
            }
        }

        int sent() {
            return sent;
        }

        void join() throws Exception {
            thread.join();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
