package dev.marquee.bench;

import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.Directories;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.TopicPartition;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the benches that run the stream app set up first: their topics and reference data on the embedded broker, a state directory. */
final class BenchSetup {

    private BenchSetup() {
    }

    /** The application id of the apps the benches run (their views take {@code -views} after it). */
    static final String APP_ID = "marquee-bench";

    /**
     * The settings of an app a bench runs against its embedded broker: the user's {@code --set} ones, then the broker,
     * {@link #APP_ID}, the scratch state directory, the guarantee, any free HTTP port, and the mode's own, which win.
     */
    static Map<String, String> appSettings(Map<String, String> user, String bootstrapServers, Path stateDir, String guarantee,
                                           Map<String, String> mode) {
        Map<String, String> settings = new LinkedHashMap<>(user);
        settings.put(MarqueeConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        settings.put(MarqueeConfig.APPLICATION_ID, APP_ID);
        settings.put(MarqueeConfig.STATE_DIR, stateDir.toString());
        settings.put(MarqueeConfig.PROCESSING_GUARANTEE, guarantee);
        settings.put(MarqueeConfig.HTTP_PORT, "0");
        settings.putAll(mode);
        return settings;
    }

    /**
     * The article topics (raw, enriched, dead letters) with the bench's partition count, then every other topic as
     * its contract in {@code topics/} describes it.
     */
    static void create(MarqueeConfig config, int partitions) {
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            admin.createTopics(List.of(
                    new NewTopic(config.articlesTopic(), partitions, (short) 1),
                    new NewTopic(config.enrichedTopic(), partitions, (short) 1)
                            .configs(Map.of("max.message.bytes", "4194304")),
                    new NewTopic(config.deadLetterTopic(), partitions, (short) 1)
                            .configs(Map.of("max.message.bytes", "4194304")))).all().get(30, TimeUnit.SECONDS);
            new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the bench topics: " + e.getMessage(), e);
        }
    }

    /** Publishes every nomination and film to the reference topics and waits until the broker has them all. */
    static void publishReference(MarqueeConfig config, List<Nomination> nominations, List<FilmRecord> films, PrintStream progress) {
        progress.printf("Loading %,d nominations and %,d films ...%n", nominations.size(), films.size());
        try (KafkaProducer<String, byte[]> producer = ReferencePublisher.newProducer(config, "marquee-bench-reference")) {
            PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
            new ReferencePublisher(producer, config.awardsTopic(), quiet).publish(nominations, "nominations");
            new ReferencePublisher(producer, config.filmsTopic(), quiet).publish(films, "films");
        }
    }

    /** Every partition of these topics. */
    static List<TopicPartition> partitionsOf(Admin admin, String... topics) throws Exception {
        List<TopicPartition> partitions = new ArrayList<>();
        admin.describeTopics(List.of(topics)).allTopicNames().get(30, TimeUnit.SECONDS).forEach((topic, description) ->
                description.partitions().forEach(info -> partitions.add(new TopicPartition(topic, info.partition()))));
        return partitions;
    }

    /** The offsets these consumer groups (an app's clients, by application id) have committed, all partitions together. */
    static Map<TopicPartition, OffsetAndMetadata> committedOffsets(Admin admin, String... groups) throws InterruptedException {
        try {
            Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
            for (String group : groups) {
                specs.put(group, new ListConsumerGroupOffsetsSpec());
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listConsumerGroupOffsets(specs).all().get(5, TimeUnit.SECONDS).values().forEach(offsets::putAll);
            return offsets;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the app's committed offsets: " + e.getMessage(), e);
        }
    }

    /** A bench's work with a scratch directory of its own (the app's state, an archive). */
    interface ScratchWork {
        void run(Path dir) throws Exception;
    }

    /**
     * Runs a bench's work with a new, empty scratch directory, deleted afterwards whatever happens; a failure comes
     * back unchecked, naming the mode.
     */
    static void inScratchDir(String mode, PrintStream progress, ScratchWork work) {
        Path dir;
        try {
            dir = Files.createTempDirectory("marquee-bench-" + mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            work.run(dir);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(mode + " bench interrupted", e);
        } catch (Exception e) {
            throw new IllegalStateException(mode + " bench failed: " + e.getMessage(), e);
        } finally {
            try {
                Directories.deleteRecursively(dir);
            } catch (IOException leftBehind) {
                progress.println("Could not delete " + dir + ": " + leftBehind.getMessage());
            }
        }
    }
}
