package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.mentions.EntityMention;
import dev.marquee.ops.ArticleClients;
import dev.marquee.ops.Directories;
import dev.marquee.query.Answer;
import dev.marquee.query.Queries;
import dev.marquee.query.Views;
import dev.marquee.tag.EntityType;
import dev.marquee.trending.TrendingWindow;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import dev.marquee.topics.ApplyResult;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * README command one: the whole product on a real broker with nothing installed but Java. Starts a single-node
 * KRaft broker on loopback, applies the topic contracts, loads the awards and the film catalogue, produces the sample articles (and a few
 * malformed records, to show the dead-letter path), runs the stream app and prints what it published.
 */
@Command(name = "demo",
        description = {
                "Run the whole job locally on an embedded Kafka broker and print what it published.",
                "Starts a real single-node broker (KRaft) on 127.0.0.1, applies topics/, loads the shipped awards and films,",
                "produces the sample articles plus a few malformed records, runs the stream app and prints each enriched event",
                "and dead letter. Exits 0 when every record came out as expected.",
                "--keep-running leaves broker and app up and prints the bootstrap address for outside clients (kcat)."})
final class DemoCommand implements Callable<Integer> {

    private static final String SAMPLE_ARTICLES = "/samples/articles.jsonl";
    private static final String SAMPLE_MALFORMED = "/samples/malformed-records.txt";

    @Option(names = "--articles", paramLabel = "FILE", description = "JSON lines of raw articles to produce instead of the shipped samples.")
    Path articles;

    @Option(names = "--no-malformed", description = "Do not produce the malformed sample records.")
    boolean noMalformed;

    @Option(names = "--keep-running", description = "Keep broker and app running after the summary, until Ctrl-C.")
    boolean keepRunning;

    @Option(names = "--http-port", paramLabel = "PORT", description = "Port of the app's HTTP endpoints (default: ${DEFAULT-VALUE}, any free port).")
    int httpPort = 0;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest wait for the output (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds = 120;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        long started = System.nanoTime();
        Path stateDir = Files.createTempDirectory("marquee-demo-state");
        EmbeddedKafka broker = new EmbeddedKafka().start();
        StreamApp app = null;
        try {
            MarqueeConfig config = MarqueeConfig.of(Map.of(
                    MarqueeConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    MarqueeConfig.APPLICATION_ID, "marquee-demo",
                    MarqueeConfig.STATE_DIR, stateDir.toString(),
                    // Any free port: a demo must not fail because something else (another demo) holds 8080.
                    MarqueeConfig.HTTP_PORT, "0"));
            out.printf("Kafka broker (KRaft, single node) up at %s%n", broker.bootstrapServers());

            try (Admin admin = Admin.create(config.kafkaClientProperties())) {
                ApplyResult topics = new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
                out.printf("Topics: %d created from topics/%n", topics.withStatus(ApplyResult.Status.CREATED).size());
            }

            AwardsData awards = AwardsData.loadShipped();
            FilmsData films = FilmsData.loadShipped();
            try (KafkaProducer<String, byte[]> producer = ReferencePublisher.newProducer(config, "marquee-demo-reference")) {
                ReferencePublisher.Result loaded = new ReferencePublisher(producer, config.awardsTopic(), System.err)
                        .publish(awards.nominations(), "nominations");
                out.printf("Awards reference: %,d nominations published to %s%n", loaded.acknowledged(), config.awardsTopic());
                ReferencePublisher.Result catalogue = new ReferencePublisher(producer, config.filmsTopic(), System.err)
                        .publish(films.films(), "films");
                out.printf("Film catalogue: %,d films published to %s%n", catalogue.acknowledged(), config.filmsTopic());
            }

            List<byte[]> valid = articles == null ? resourceLines(SAMPLE_ARTICLES) : fileLines(articles);
            List<byte[]> malformed = noMalformed ? List.of() : resourceLines(SAMPLE_MALFORMED);
            try (KafkaProducer<String, byte[]> producer = ArticleClients.producer(config)) {
                for (byte[] value : valid) {
                    producer.send(new ProducerRecord<>(config.articlesTopic(), idOf(value), value));
                }
                for (byte[] value : malformed) {
                    producer.send(new ProducerRecord<>(config.articlesTopic(), null, value));
                }
            }
            out.printf("Produced %d article(s) and %d malformed record(s) to %s%n", valid.size(), malformed.size(), config.articlesTopic());

            app = new StreamApp(config);
            app.start();
            if (!app.awaitRunning(Duration.ofSeconds(timeoutSeconds))) {
                System.err.println("Stream app did not reach RUNNING; state " + app.state());
                return 1;
            }
            out.printf("Stream app RUNNING (%,d nominations and %,d films in its reference stores); metrics at http://localhost:%d/metrics%n%n",
                    app.referenceIndex().size(), app.referenceIndex().filmCount(), app.httpPort());

            boolean complete = readAndPrint(config, valid.size(), malformed.size(), Duration.ofSeconds(timeoutSeconds), out);
            printTrending(app.queries(), out);
            out.printf("%nDemo finished in %.1f s%n", (System.nanoTime() - started) / 1e9);
            if (!complete) {
                return 1;
            }
            if (keepRunning) {
                out.printf("%nLive page: http://localhost:%d/   (API: /articles, /entities/{id}, /trending?type=FILM&window=1h&limit=20)%n",
                        app.httpPort());
                waitForCtrlC(config, broker, out);
            }
            return 0;
        } finally {
            if (app != null) {
                app.close();
            }
            broker.close();
            deleteQuietly(stateDir);
        }
    }

    private static boolean readAndPrint(MarqueeConfig config, int expectedEvents, int expectedDeadLetters, Duration timeout, PrintStream out) {
        Map<String, EnrichedArticle> events = new LinkedHashMap<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        Map<String, Integer> mentionsByType = new TreeMap<>();
        int mentions = 0;
        try (KafkaConsumer<String, byte[]> consumer = ArticleClients.readCommittedConsumer(config, "marquee-demo-reader")) {
            consumer.subscribe(List.of(config.enrichedTopic(), config.deadLetterTopic(), config.entityMentionsTopic()));
            long deadline = System.nanoTime() + timeout.toNanos();
            // Mention records are written in the same transaction as their event, so once every event is in, waiting
            // for one mention per entity of those events is waiting for data that is already committed.
            while ((events.size() < expectedEvents || deadLetters.size() < expectedDeadLetters || mentions < entityCount(events))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.topic().equals(config.enrichedTopic())) {
                        EnrichedArticle event = Json.fromBytes(r.value(), EnrichedArticle.class);
                        events.put(event.articleId(), event);
                        out.println(EventSummary.format(event));
                    } else if (r.topic().equals(config.entityMentionsTopic())) {
                        mentions++;
                        mentionsByType.merge(Json.fromBytes(r.value(), EntityMention.class).entityType().name(), 1, Integer::sum);
                    } else {
                        DeadLetter dl = Json.fromBytes(r.value(), DeadLetter.class);
                        deadLetters.add(dl);
                        out.printf("Dead letter %s (partition %d, offset %d): %s%n    original: %s%n", dl.reasonCode(), dl.sourcePartition(),
                                dl.sourceOffset(), dl.reason(), dl.originalPreview(80));
                    }
                }
            }
        }
        out.printf("%nEnriched events: %d of %d expected; dead letters: %d of %d expected%n", events.size(), expectedEvents,
                deadLetters.size(), expectedDeadLetters);
        out.printf("Entity mentions: %d records on %s %s%n", mentions, config.entityMentionsTopic(), mentionsByType);
        return events.size() == expectedEvents && deadLetters.size() == expectedDeadLetters && mentions >= entityCount(events);
    }

    private static int entityCount(Map<String, EnrichedArticle> events) {
        return events.values().stream().mapToInt(e -> e.entities().size()).sum();
    }

    /**
     * Live trending from the app's window stores: the demo's articles are too recent for any window to have closed, so
     * the trending topic has no final record yet; the stores already count them.
     */
    private static void printTrending(Queries queries, PrintStream out) {
        for (EntityType type : List.of(EntityType.FILM, EntityType.PERSON)) {
            Answer answer = queries.trending(type, TrendingWindow.ONE_HOUR, 5, queries.now(), false);
            if (answer.body() instanceof Views.Trending trending) {
                out.printf("Trending %s, last hour (live): %s%n", type == EntityType.FILM ? "films" : "people", String.join(", ",
                        trending.entities().stream().map(e -> e.entityName() + " " + e.articles()).toList()));
            } else {
                out.printf("Trending %s: not available (%s)%n", type, answer.body());
            }
        }
    }

    private static void waitForCtrlC(MarqueeConfig config, EmbeddedKafka broker, PrintStream out) throws InterruptedException {
        out.printf("%nBroker and app keep running. Bootstrap servers: %s%n", broker.bootstrapServers());
        out.printf("  kcat -b %s -L%n", broker.bootstrapServers());
        out.printf("  kcat -b %s -C -t %s -X isolation.level=read_committed -e -f '%%k\\t%%s\\n'%n", broker.bootstrapServers(), config.enrichedTopic());
        out.printf("  java -jar target/marquee.jar tag … | or produce more articles to %s%n", config.articlesTopic());
        out.println("Press Ctrl-C to stop.");
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "marquee-demo-stop"));
        stop.await();
    }

    /** The article id as key, so the raw topic is partitioned like the output; null when the line has none. */
    private static String idOf(byte[] value) {
        try {
            var id = Json.MAPPER.readTree(value).get("id");
            return id != null && id.isTextual() ? id.textValue() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<byte[]> resourceLines(String resource) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Sample " + resource + " is missing from the jar");
            }
            return lines(in.readAllBytes());
        }
    }

    private static List<byte[]> fileLines(Path file) throws IOException {
        return lines(Files.readAllBytes(file));
    }

    private static List<byte[]> lines(byte[] content) {
        List<byte[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= content.length; i++) {
            if (i == content.length || content[i] == '\n') {
                byte[] line = Arrays.copyOfRange(content, start, i);
                if (new String(line, StandardCharsets.UTF_8).strip().length() > 0) {
                    out.add(line);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static void deleteQuietly(Path dir) {
        try {
            Directories.deleteRecursively(dir);
        } catch (IOException ignored) {
            // a temp dir left behind is harmless
        }
    }
}
