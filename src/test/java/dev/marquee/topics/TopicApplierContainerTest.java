package dev.marquee.topics;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.topics.ApplyResult.Status;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The applier against the broker image compose runs. Skipped where there is no Docker engine (CI and the dev
 * machines); {@link TopicApplierBrokerTest} covers the same behaviour on an in-process broker there.
 */
@Tag("broker")
@Testcontainers(disabledWithoutDocker = true)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TopicApplierContainerTest {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Test
    void shouldCreateTopicsOnTheContainerBrokerAndFindNoDriftOnSecondApply() throws Exception {
        MarqueeConfig config = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, KAFKA.getBootstrapServers()));
        TopicContracts contracts = TopicContracts.fromClasspath();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            TopicApplier applier = new TopicApplier(admin);

            ApplyResult first = applier.apply(contracts, config, false);
            ApplyResult second = applier.apply(contracts, config, false);

            assertEquals(7, first.withStatus(Status.CREATED).size(), first.toString());
            assertEquals(7, second.withStatus(Status.MATCHES).size(), second.toString());
            assertFalse(second.hasDrift());
            TopicDescription awards = admin.describeTopics(List.of(config.awardsTopic())).allTopicNames().get().get(config.awardsTopic());
            assertEquals(1, awards.partitions().size());
        }
    }
}
