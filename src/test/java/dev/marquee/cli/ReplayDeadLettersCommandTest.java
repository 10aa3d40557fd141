package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.RejectReason;
import dev.marquee.it.Kafka;
import dev.marquee.it.TestArticles;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code marquee replay-dead-letters} against a real broker. */
@Tag("broker")
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReplayDeadLettersCommandTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final Instant WRITTEN = Instant.parse("2026-11-24T08:00:00Z");
    private static EmbeddedKafka kafka;

    @TempDir
    Path dir;

    private String raw;
    private String deadLetters;
    private Path configFile;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafka().start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    /** Fresh single-partition topics per test (offsets are then easy to reason about) and a config file naming them. */
    private void topics() throws Exception {
        int run = RUN.incrementAndGet();
        raw = "replay" + run + ".raw";
        deadLetters = "replay" + run + ".dead-letter";
        try (Admin admin = Kafka.admin(kafka.bootstrapServers())) {
            // The dead-letter topic takes 4 MiB records as its contract says; the rest have the defaults.
            admin.createTopics(List.of(new NewTopic(raw, 1, (short) 1),
                    new NewTopic(deadLetters, 1, (short) 1).configs(Map.of("max.message.bytes", "4194304")),
                    new NewTopic(raw + ".fixed", 1, (short) 1), new NewTopic(raw + ".enriched", 1, (short) 1),
                    new NewTopic(raw + ".awards", 1, (short) 1), new NewTopic(raw + ".films", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        configFile = dir.resolve("marquee.properties");
        Files.writeString(configFile, "bootstrap.servers=" + kafka.bootstrapServers() + "\ntopic.articles=" + raw
                + "\ntopic.dead-letter=" + deadLetters + "\n");
    }

    private record Run(int exitCode, String out, String err) {
    }

    private Run replay(String... options) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Marquee.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> args = new ArrayList<>(List.of("replay-dead-letters", "-c", configFile.toString()));
        args.addAll(List.of(options));
        int code = cli.execute(args.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private void writeDeadLetter(String key, RejectReason reason, byte[] original, long timestamp) throws Exception {
        DeadLetter dl = DeadLetter.of(reason, "test", new DeadLetter.Source(raw, 0, 7L), key, original, WRITTEN, "test");
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(kafka.bootstrapServers(), Map.of("max.request.size", 8 * 1024 * 1024))) {
            producer.send(new ProducerRecord<>(deadLetters, null, timestamp, key, Json.toBytes(dl))).get(30, TimeUnit.SECONDS);
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReproduceOriginalBytesUnderOriginalKeysToTheRawTopic() throws Exception {
        topics();
        long now = System.currentTimeMillis();
        writeDeadLetter("k1", RejectReason.INVALID_JSON, bytes("{\"id\": \"a1\", \"text\": "), now);
        writeDeadLetter(null, RejectReason.MISSING_FIELD, bytes("{\"id\": \"a2\"}"), now);
        writeDeadLetter("k3", RejectReason.NULL_VALUE, null, now);

        Run run = replay();

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("replayed 2 to " + raw), run.out());
        assertTrue(run.out().contains("skipped 1 (no original value)"), run.out());
        List<ConsumerRecord<String, byte[]>> replayed = Kafka.readAll(kafka.bootstrapServers(), raw);
        assertEquals(2, replayed.size());
        assertEquals("k1", replayed.get(0).key());
        assertArrayEquals(bytes("{\"id\": \"a1\", \"text\": "), replayed.get(0).value());
        assertNull(replayed.get(1).key());
        assertArrayEquals(bytes("{\"id\": \"a2\"}"), replayed.get(1).value());
    }

    @Test
    void shouldReplayOnlyTheChosenReasonsToTheChosenTopic() throws Exception {
        topics();
        long now = System.currentTimeMillis();
        writeDeadLetter("a", RejectReason.INVALID_JSON, bytes("{"), now);
        writeDeadLetter("b", RejectReason.TOO_LARGE, bytes("{\"id\":\"b\",\"text\":\"long\"}"), now);
        writeDeadLetter("c", RejectReason.WRONG_TYPE, bytes("{\"id\":3}"), now);

        Run run = replay("--reason", "TOO_LARGE,WRONG_TYPE", "--to", raw + ".fixed");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("b", "c"), Kafka.readAll(kafka.bootstrapServers(), raw + ".fixed").stream().map(ConsumerRecord::key).toList());
        assertEquals(0, Kafka.readAll(kafka.bootstrapServers(), raw).size());
    }

    @Test
    void shouldProduceNothingOnDryRun() throws Exception {
        topics();
        writeDeadLetter("a", RejectReason.INVALID_JSON, bytes("{"), System.currentTimeMillis());

        Run run = replay("--dry-run");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("would replay " + deadLetters + "-0@0 (INVALID_JSON, 1 bytes)"), run.out());
        assertTrue(run.out().contains("would replay 1"), run.out());
        assertEquals(0, Kafka.readAll(kafka.bootstrapServers(), raw).size());
    }

    @Test
    void shouldRefuseTruncatedOriginalsAndSaySoButReplayTheRest() throws Exception {
        topics();
        byte[] huge = new byte[DeadLetter.MAX_ORIGINAL_BYTES + 10];
        Arrays.fill(huge, (byte) 'x');
        writeDeadLetter("huge", RejectReason.TOO_LARGE, huge, System.currentTimeMillis());
        writeDeadLetter("small", RejectReason.INVALID_JSON, bytes("{"), System.currentTimeMillis());

        Run run = replay();

        assertEquals(3, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("refused " + deadLetters + "-0@0 (TOO_LARGE): the dead letter kept only the first 2,621,440 of 2,621,450 bytes"),
                run.err());
        assertTrue(run.out().contains("refused 1 (truncated original)"), run.out());
        assertEquals(List.of("small"), Kafka.readAll(kafka.bootstrapServers(), raw).stream().map(ConsumerRecord::key).toList());
    }

    @Test
    void shouldStartFromTheGivenOffsetOrTime() throws Exception {
        topics();
        long now = System.currentTimeMillis();
        writeDeadLetter("old", RejectReason.INVALID_JSON, bytes("{1"), now - 3_600_000);
        writeDeadLetter("mid", RejectReason.INVALID_JSON, bytes("{2"), now - 60_000);
        writeDeadLetter("new", RejectReason.INVALID_JSON, bytes("{3"), now);

        assertEquals(0, replay("--from-offset", "2").exitCode());
        assertEquals(List.of("new"), Kafka.readAll(kafka.bootstrapServers(), raw).stream().map(ConsumerRecord::key).toList());

        assertEquals(0, replay("--since", Instant.ofEpochMilli(now - 120_000).toString()).exitCode());
        assertEquals(List.of("new", "mid", "new"), Kafka.readAll(kafka.bootstrapServers(), raw).stream().map(ConsumerRecord::key).toList());
    }

    @Test
    void shouldRejectUnknownReasonCodes() throws Exception {
        topics();
        Run run = replay("--reason", "TYPO");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("TYPO"), run.err());
    }

    /** The story the command exists for: articles rejected by a limit, the limit raised, the dead letters replayed. */
    @Test
    void shouldGetRejectedArticlesEnrichedAfterTheFixAndReplay() throws Exception {
        topics();
        Map<String, String> settings = new HashMap<>();
        settings.put(MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        settings.put(MarqueeConfig.APPLICATION_ID, "replay-story");
        settings.put(MarqueeConfig.HTTP_PORT, "0");
        settings.put(MarqueeConfig.TOPIC_ARTICLES, raw);
        settings.put(MarqueeConfig.TOPIC_DEAD_LETTER, deadLetters);
        settings.put(MarqueeConfig.TOPIC_ENRICHED, raw + ".enriched");
        settings.put(MarqueeConfig.TOPIC_AWARDS, raw + ".awards");
        settings.put(MarqueeConfig.TOPIC_FILMS, raw + ".films");
        settings.put(MarqueeConfig.STATE_DIR, dir.resolve("state").toString());
        settings.put(MarqueeConfig.MAX_ARTICLE_BYTES, "1024");
        byte[] longArticle = Json.toBytes(Map.of("id", "long-read", "text", "Spike Jonze's Her. ".repeat(100)));
        try (KafkaProducer<String, byte[]> producer = Kafka.producer(kafka.bootstrapServers(), Map.of())) {
            producer.send(new ProducerRecord<>(raw, "long-read", longArticle)).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(raw, "short", TestArticles.article(1))).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(raw, "broken", bytes("{\"id\":"))).get(30, TimeUnit.SECONDS);
        }
        runAppUntil(settings, 1, 2);

        Run run = replay("--reason", "TOO_LARGE");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("replayed 1 to " + raw), run.out());

        settings.put(MarqueeConfig.MAX_ARTICLE_BYTES, "1048576");
        runAppUntil(settings, 2, 2);
        List<String> enriched = Kafka.readAll(kafka.bootstrapServers(), raw + ".enriched").stream()
                .map(r -> Json.fromBytes(r.value(), EnrichedArticle.class).articleId()).toList();
        assertEquals(List.of(TestArticles.id(1), "long-read"), enriched);
    }

    private void runAppUntil(Map<String, String> settings, int enriched, int deadLettered) throws Exception {
        try (StreamApp app = new StreamApp(MarqueeConfig.of(settings))) {
            app.start();
            assertTrue(app.awaitRunning(Duration.ofMinutes(1)));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while ((Kafka.readAll(kafka.bootstrapServers(), raw + ".enriched").size() < enriched
                    || Kafka.readAll(kafka.bootstrapServers(), deadLetters).size() < deadLettered) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        }
        assertEquals(enriched, Kafka.readAll(kafka.bootstrapServers(), raw + ".enriched").size());
        assertEquals(deadLettered, Kafka.readAll(kafka.bootstrapServers(), deadLetters).size());
    }
}
