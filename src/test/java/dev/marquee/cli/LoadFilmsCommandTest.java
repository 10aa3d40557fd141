package dev.marquee.cli;

import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.serde.Json;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadFilmsCommandTest {

    private static final String FILMS = String.join("\n",
            "title\tyear\tid\tdirectors\tcast\torigin\tsource_url\tsource",
            "Her\t2013\t\tSpike Jonze\tRooney Mara|Joaquin Phoenix\tUnited States\thttps://en.wikipedia.org/wiki/Her_(film)\twikipedia-movie-data",
            "Titanic\t1997\t\tJames Cameron\tLeonardo DiCaprio|Kate Winslet\tUnited States\thttps://en.wikipedia.org/wiki/Titanic_(1997_film)\twikipedia-movie-data",
            "Titanic\t1997\t\t\t\tUnited States\thttps://en.wikipedia.org/?curid=1\tcmu-movie-summary",
            "Untitled\t\t\t\t\t\thttps://en.wikipedia.org/?curid=2\tcmu-movie-summary",
            "");

    @Test
    void shouldExplainItsOptionsInHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = Marquee.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("load-films", "--help");

        assertEquals(0, exit);
        for (String option : new String[]{"--films", "--bootstrap-servers", "--config", "Exit codes"}) {
            assertTrue(out.toString().contains(option), option + " missing from:\n" + out);
        }
    }

    @Test
    void shouldFailWithAClearMessageForAMissingFile() {
        StringWriter err = new StringWriter();
        CommandLine cli = Marquee.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("load-films", "--films", Path.of("no-such-dir", "films.tsv").toString());

        assertEquals(1, exit);
        assertTrue(err.toString().contains("Cannot read"), err.toString());
    }

    @Test
    void shouldNameItsOwnProducer() {
        Map<String, Object> props = ReferencePublisher.producerProperties(MarqueeConfig.of(Map.of()), LoadFilmsCommand.CLIENT_ID);

        assertEquals("marquee-load-films", props.get("client.id"));
    }

    @Test
    @Tag("broker")
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void shouldLeaveOneLatestRecordPerKeyWhenLoadedTwice(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("films.tsv");
        Files.writeString(file, FILMS);
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            MarqueeConfig config = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers()));
            try (Admin admin = Admin.create(config.kafkaClientProperties())) {
                new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
            }
            String[] args = {"load-films", "--films", file.toString(), "--bootstrap-servers", kafka.bootstrapServers()};

            StringWriter first = new StringWriter();
            assertEquals(0, cli(first).execute(args), first.toString());
            StringWriter second = new StringWriter();
            assertEquals(0, cli(second).execute(args), second.toString());

            List<ConsumerRecord<String, byte[]>> records = readAll(config, 8);
            Map<String, FilmRecord> latest = new LinkedHashMap<>();
            records.forEach(r -> latest.put(r.key(), Json.fromBytes(r.value(), FilmRecord.class)));
            List<FilmRecord> expected = FilmsData.load(file).films();
            assertEquals(8, records.size());
            assertEquals(List.of("film:her:2013", "film:titanic:1997", "film:titanic:1997#2", "film:untitled:unknown"),
                    List.copyOf(latest.keySet()));
            assertEquals(expected, List.copyOf(latest.values()));
            assertTrue(second.toString().contains("DUPLICATE_KEY"), second.toString());
            assertTrue(second.toString().contains("MISSING_YEAR"), second.toString());
            assertTrue(second.toString().contains("Published 4 films to marquee.reference.films, 4 acknowledged"), second.toString());
        }
    }

    private static CommandLine cli(StringWriter out) {
        CommandLine cli = Marquee.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli;
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(MarqueeConfig config, int expected) {
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(config.filmsTopic(), 0)));
            consumer.seekToBeginning(consumer.assignment());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
