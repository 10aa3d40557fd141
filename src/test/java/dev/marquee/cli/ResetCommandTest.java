package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.it.Kafka;
import dev.marquee.it.TestArticles;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code marquee reset} on a real broker: Kafka's StreamsResetter for the offsets, plus the local state dir. */
@Tag("broker")
class ResetCommandTest {

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Run reset(Path configFile, String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Marquee.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("reset", "-c", configFile.toString()));
        args.addAll(List.of(options));
        return new Run(cli.execute(args.toArray(String[]::new)), out.toString(), err.toString());
    }

    @Test
    @Timeout(value = 4, unit = TimeUnit.MINUTES)
    void shouldMakeTheNextStartReprocessTheInputFromTheChosenPointAndRefuseWhileTheAppRuns() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            Path stateDir = dir.resolve("state");
            Path configFile = dir.resolve("marquee.properties");
            Files.writeString(configFile, "bootstrap.servers=" + kafka.bootstrapServers() + "\napplication.id=marquee-reset\nhttp.port=0\nstate.dir="
                    + stateDir + "\n");
            MarqueeConfig config = MarqueeConfig.load(configFile, Map.of());
            Kafka.applyTopics(config);
            produce(config, 0, 3);
            Thread.sleep(50);
            Instant between = Instant.now();
            Thread.sleep(50);
            produce(config, 3, 5);

            try (StreamApp app = new StreamApp(config)) {
                app.start();
                awaitEnriched(config, 5);
                Run refused = reset(configFile);
                assertEquals(1, refused.exitCode(), "reset refuses while an instance runs");
                assertTrue(refused.err().contains("stop every instance first"), refused.err());
            }

            // The enrichment keeps no persistent store, so Streams may leave its dir empty or absent; a file stands in
            // for state there. The views' dir holds their RocksDB stores.
            Path leftover = stateDir.resolve("marquee-reset").resolve("0_0").resolve("leftover");
            Files.createDirectories(leftover.getParent());
            Files.writeString(leftover, "state of an earlier run");
            assertTrue(Files.isDirectory(stateDir.resolve("marquee-reset-views")), "the views kept state: " + stateDir);

            Run dryRun = reset(configFile, "--dry-run");
            assertEquals(0, dryRun.exitCode(), dryRun.err());
            assertTrue(dryRun.out().contains("Would delete local state " + stateDir.resolve("marquee-reset") + "\n"), dryRun.out());
            assertTrue(dryRun.out().contains("Would delete local state " + stateDir.resolve("marquee-reset-views")), dryRun.out());
            assertTrue(Files.exists(leftover), "dry run deletes nothing");

            Run toEarliest = reset(configFile);
            assertEquals(0, toEarliest.exitCode(), toEarliest.err());
            assertTrue(Files.notExists(stateDir.resolve("marquee-reset")), "local state deleted");
            assertTrue(Files.notExists(stateDir.resolve("marquee-reset-views")), "the views' local state deleted");
            runUntil(config, 10);

            Run toTime = reset(configFile, "--to-datetime", between.toString());
            assertEquals(0, toTime.exitCode(), toTime.err());
            runUntil(config, 12);
            List<String> keys = Kafka.readAll(kafka.bootstrapServers(), config.enrichedTopic()).stream().map(r -> r.key()).sorted().toList();
            assertEquals(List.of(TestArticles.id(0), TestArticles.id(0), TestArticles.id(1), TestArticles.id(1), TestArticles.id(2),
                    TestArticles.id(2), TestArticles.id(3), TestArticles.id(3), TestArticles.id(3), TestArticles.id(4), TestArticles.id(4),
                    TestArticles.id(4)), keys, "all five twice, then the two after the chosen time once more");
        }
    }

    private static void produce(MarqueeConfig config, int from, int to) throws Exception {
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(config.bootstrapServers(), Map.of())) {
            for (int n = from; n < to; n++) {
                producer.send(new ProducerRecord<>(config.articlesTopic(), TestArticles.id(n), TestArticles.article(n))).get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void runUntil(MarqueeConfig config, int events) throws Exception {
        try (StreamApp app = new StreamApp(config)) {
            app.start();
            awaitEnriched(config, events);
        }
        // Nothing more than expected: the reset moved the offsets exactly where asked.
        assertEquals(events, Kafka.readAll(config.bootstrapServers(), config.enrichedTopic()).size());
    }

    private static void awaitEnriched(MarqueeConfig config, int events) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (Kafka.readAll(config.bootstrapServers(), config.enrichedTopic()).size() < events && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(events, Kafka.readAll(config.bootstrapServers(), config.enrichedTopic()).size());
    }
}
