package dev.marquee.topics;

import dev.marquee.cli.Marquee;
import dev.marquee.cli.TopicsCommand;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.topics.ApplyResult.Drift;
import dev.marquee.topics.ApplyResult.Status;
import dev.marquee.topics.ApplyResult.TopicOutcome;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link TopicApplier} and {@code marquee topics apply} against a real single-node KRaft broker. */
@Tag("broker")
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TopicApplierBrokerTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static EmbeddedKafka kafka;
    private static Admin admin;
    private static TopicContracts contracts;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafka().start();
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
        contracts = TopicContracts.fromDirectory(Path.of("topics"));
    }

    @AfterAll
    static void stopBroker() {
        if (admin != null) {
            admin.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldCreateEveryTopicWithItsContractedPartitionsAndConfigs() throws Exception {
        MarqueeConfig config = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers()));

        ApplyResult result = new TopicApplier(admin).apply(contracts, config, false);

        assertEquals(5, result.withStatus(Status.CREATED).size(), result.toString());
        assertFalse(result.hasDrift());
        assertTopic("marquee.articles.raw", 6, "delete", "604800000");
        assertTopic("marquee.articles.enriched", 6, "compact", null);
        assertTopic("marquee.articles.dead-letter", 6, "delete", "2592000000");
        assertTopic("marquee.reference.awards", 1, "compact", null);
        // One broker: replication factor and min.insync.replicas lowered, and said so.
        TopicOutcome raw = result.forTopic("marquee.articles.raw");
        assertEquals(1, raw.replicationFactor());
        assertEquals("1", topicConfig("marquee.articles.raw").get(TopicContract.MIN_INSYNC_REPLICAS).value());
        assertEquals(1, raw.warnings().size());
        assertTrue(raw.warnings().get(0).contains("replication factor 1 instead of 3"), raw.warnings().get(0));
    }

    @Test
    void shouldCreateTopicsUnderTheNamesTheConfigGivesEachRole() throws Exception {
        MarqueeConfig config = renamedTopics();

        ApplyResult result = new TopicApplier(admin).apply(contracts, config, false);

        assertEquals(List.of(config.articlesTopic(), config.enrichedTopic(), config.deadLetterTopic(), config.awardsTopic(),
                        config.filmsTopic()),
                result.topics().stream().map(TopicOutcome::topic).toList());
        assertTopic(config.awardsTopic(), 1, "compact", null);
        assertTopic(config.articlesTopic(), 6, "delete", "604800000");
    }

    @Test
    void shouldChangeNothingAndReportNoDriftWhenAppliedAgain() throws Exception {
        MarqueeConfig config = renamedTopics();
        TopicApplier applier = new TopicApplier(admin);
        applier.apply(contracts, config, false);

        ApplyResult again = applier.apply(contracts, config, false);

        assertEquals(5, again.withStatus(Status.MATCHES).size(), again.toString());
        assertFalse(again.hasDrift());
        again.topics().forEach(t -> assertEquals(List.of(), t.drifts()));
    }

    @Test
    void shouldReportDriftWithoutChangingTopic() throws Exception {
        MarqueeConfig config = renamedTopics();
        TopicApplier applier = new TopicApplier(admin);
        applier.apply(contracts, config, false);
        // Out of band, as an operator with kafka-configs.sh / kafka-topics.sh would.
        alter(config.articlesTopic(), "retention.ms", "3600000");
        alter(config.awardsTopic(), "segment.ms", "600000");
        addPartitions(config.enrichedTopic(), 8);

        ApplyResult result = applier.apply(contracts, config, false);

        assertTrue(result.hasDrift());
        assertEquals(List.of(new Drift("retention.ms", "604800000", "3600000")), result.forTopic(config.articlesTopic()).drifts());
        assertEquals(List.of(new Drift("segment.ms", null, "600000")), result.forTopic(config.awardsTopic()).drifts());
        assertEquals(List.of(new Drift("partitions", "6", "8")), result.forTopic(config.enrichedTopic()).drifts());
        assertEquals(Status.MATCHES, result.forTopic(config.deadLetterTopic()).status());
        assertEquals("3600000", topicConfig(config.articlesTopic()).get("retention.ms").value());
        assertEquals("600000", topicConfig(config.awardsTopic()).get("segment.ms").value());
        assertEquals(8, describe(config.enrichedTopic()).partitions().size());
    }

    @Test
    void shouldCreateNothingOnDryRun() throws Exception {
        MarqueeConfig config = renamedTopics();

        ApplyResult result = new TopicApplier(admin).apply(contracts, config, true);

        assertEquals(5, result.withStatus(Status.WOULD_CREATE).size());
        assertEquals(6, result.forTopic(config.articlesTopic()).partitions());
        assertFalse(admin.listTopics().names().get().contains(config.articlesTopic()));
    }

    @Test
    void shouldExitZeroOnCreateAndDriftCodeWhenATopicDiffersFromItsContract(@TempDir Path dir) throws Exception {
        MarqueeConfig config = renamedTopics();
        Path configFile = dir.resolve("marquee.properties");
        Files.writeString(configFile, String.join("\n",
                "topic.articles=" + config.articlesTopic(),
                "topic.enriched=" + config.enrichedTopic(),
                "topic.dead-letter=" + config.deadLetterTopic(),
                "topic.awards=" + config.awardsTopic(),
                "topic.films=" + config.filmsTopic()));
        String[] args = {"topics", "apply", "--config", configFile.toString(), "--bootstrap-servers", kafka.bootstrapServers()};

        StringWriter first = new StringWriter();
        assertEquals(0, cli(first).execute(args), first.toString());
        assertTrue(first.toString().contains("created      " + config.awardsTopic() + " (awards): 1 partitions"), first.toString());

        alter(config.deadLetterTopic(), "retention.ms", "86400000");
        StringWriter second = new StringWriter();
        assertEquals(TopicsCommand.EXIT_DRIFT, cli(second).execute(args), second.toString());
        assertTrue(second.toString().contains("DRIFT        " + config.deadLetterTopic()), second.toString());
        assertTrue(second.toString().contains("retention.ms: contract 2592000000, topic 86400000"), second.toString());
    }

    private static CommandLine cli(StringWriter out) {
        CommandLine cli = Marquee.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(out, true));
        return cli;
    }

    /** Each test its own topics, so tests do not see each other's on the shared broker. */
    private static MarqueeConfig renamedTopics() {
        String prefix = "t" + RUN.incrementAndGet() + ".";
        return MarqueeConfig.of(Map.of(
                MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                MarqueeConfig.TOPIC_ARTICLES, prefix + "raw",
                MarqueeConfig.TOPIC_ENRICHED, prefix + "enriched",
                MarqueeConfig.TOPIC_DEAD_LETTER, prefix + "dead-letter",
                MarqueeConfig.TOPIC_AWARDS, prefix + "awards",
                MarqueeConfig.TOPIC_FILMS, prefix + "films"));
    }

    private static void assertTopic(String topic, int partitions, String cleanupPolicy, String retentionMs) throws Exception {
        TopicDescription description = describe(topic);
        assertEquals(partitions, description.partitions().size(), topic);
        Config config = topicConfig(topic);
        assertEquals(cleanupPolicy, config.get("cleanup.policy").value(), topic);
        if (retentionMs != null) {
            assertEquals(retentionMs, config.get("retention.ms").value(), topic);
        }
    }

    private static TopicDescription describe(String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    }

    private static Config topicConfig(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get().get(resource);
    }

    private static void alter(String topic, String name, String value) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET))))
                .all().get();
        // The controller acknowledges before the broker that answers describeConfigs has caught up.
        awaitTrue(() -> value.equals(topicConfig(topic).get(name).value()), topic + " " + name + "=" + value);
    }

    private static void addPartitions(String topic, int total) throws Exception {
        admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(total))).all().get();
        awaitTrue(() -> describe(topic).partitions().size() == total, topic + " with " + total + " partitions");
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
