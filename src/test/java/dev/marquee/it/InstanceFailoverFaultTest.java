package dev.marquee.it;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.EmbeddedKafka;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6 §2: two app instances (real processes) share a 6-partition input; one is killed with SIGKILL; the other
 * takes over its partitions and every article is processed exactly once.
 */
@Tag("broker")
@Tag("faults")
class InstanceFailoverFaultTest {

    private static final String APP_ID = "marquee-failover";

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void shouldLetTheSurvivingInstanceTakeOverAndProcessEveryArticleExactlyOnce(@TempDir Path dir) throws Exception {
        long started = System.nanoTime();
        Map<String, byte[]> articles = TestArticles.articles(0, FaultSettings.ARTICLES);
        try (EmbeddedKafka kafka = new EmbeddedKafka().start();
             Admin admin = Kafka.admin(kafka.bootstrapServers())) {
            Map<String, String> settings = FaultSettings.app(kafka.bootstrapServers(), APP_ID);
            MarqueeConfig config = MarqueeConfig.of(settings);
            Kafka.applyTopics(config);
            Kafka.publishAwards(kafka.bootstrapServers(), config.awardsTopic(), TestArticles.AWARDS);
            Set<TopicPartition> input = partitions(admin, config.articlesTopic());
            assertEquals(6, input.size());

            AppCrashFaultTest.Producing producing = new AppCrashFaultTest.Producing(kafka.bootstrapServers(), config.articlesTopic(),
                    articles, TimeUnit.SECONDS.toNanos(30) / articles.size());
            AppProcess survivor = new AppProcess("instance-a", settings, dir);
            AppProcess victim = new AppProcess("instance-b", settings, dir);
            try (CommittedReader reader = new CommittedReader(kafka.bootstrapServers(), config.enrichedTopic())) {
                survivor.start();
                victim.start();
                survivor.awaitRunning(Duration.ofMinutes(2));
                victim.awaitRunning(Duration.ofMinutes(2));
                awaitGroup(admin, "both instances share the input", group -> group.members().size() == 2
                        && group.members().stream().allMatch(m -> !inputOf(m, input).isEmpty()));
                producing.start();
                assertTrue(reader.awaitDistinctKeys(articles.size() / 4, Duration.ofMinutes(2)), "both instances processing");

                victim.kill();
                int atKill = reader.distinctKeys();
                long killedAt = System.nanoTime();
                awaitGroup(admin, "the survivor holds all 6 input partitions", group -> group.members().size() == 1
                        && inputOf(group.members().iterator().next(), input).equals(input));
                System.out.printf("[failover] instance-b killed at %,d enriched; instance-a owns all partitions after %d ms%n",
                        atKill, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt));

                producing.join();
                assertTrue(reader.awaitDistinctKeys(articles.size(), Duration.ofMinutes(4)),
                        "not every article enriched: " + reader.distinctKeys() + "; survivor log:\n" + survivor.logTail(30));
                assertTrue(survivor.isAlive(), "the survivor kept running");
            } finally {
                survivor.close();
                victim.kill();
                producing.join();
            }
            ExactlyOnceTally tally = ExactlyOnceTally.of(articles, Kafka.readAll(kafka.bootstrapServers(), config.enrichedTopic()),
                    new TestArticles.Expectation(TestArticles.AWARDS));
            System.out.printf("[failover] 2 instances, 1 killed: %s; %.1f s%n", tally, (System.nanoTime() - started) / 1e9);
            assertTrue(tally.exactlyOnce(), tally.toString());
        }
    }

    private static Set<TopicPartition> partitions(Admin admin, String topic) throws Exception {
        return admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toSet());
    }

    private static Set<TopicPartition> inputOf(MemberDescription member, Set<TopicPartition> input) {
        return member.assignment().topicPartitions().stream().filter(input::contains).collect(Collectors.toSet());
    }

    private static void awaitGroup(Admin admin, String what, Predicate<ConsumerGroupDescription> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        ConsumerGroupDescription group = null;
        while (System.nanoTime() < deadline) {
            group = admin.describeConsumerGroups(List.of(APP_ID)).describedGroups().get(APP_ID).get(30, TimeUnit.SECONDS);
            if (condition.test(group)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Timed out waiting until " + what + "; group: " + group);
    }
}
