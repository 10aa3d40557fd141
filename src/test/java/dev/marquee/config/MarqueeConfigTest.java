package dev.marquee.config;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarqueeConfigTest {

    @Test
    void shouldDefaultToExactlyOnceOnLocalhost() {
        MarqueeConfig config = MarqueeConfig.load(null, Map.of());
        assertEquals("localhost:9092", config.bootstrapServers());
        assertEquals("exactly_once_v2", config.streamsProperties().get("processing.guarantee"));
    }

    @Test
    void shouldLetEnvironmentOverrideFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("marquee.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\ntopic.enriched=from-file\nmax.article.bytes=2048\n");
        MarqueeConfig config = MarqueeConfig.load(file, Map.of("MARQUEE_BOOTSTRAP_SERVERS", "env:9092", "MARQUEE_TOPIC_DEAD_LETTER", "dlq"));
        assertEquals("env:9092", config.bootstrapServers());
        assertEquals("from-file", config.enrichedTopic());
        assertEquals("dlq", config.deadLetterTopic());
        assertEquals(2048, config.maxArticleBytes());
    }

    @Test
    void shouldPassKafkaSettingsThroughFromFileAndEnvironment(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("marquee.properties");
        Files.writeString(file, "kafka.security.protocol=SASL_SSL\nkafka.sasl.mechanism=SCRAM-SHA-512\n");
        MarqueeConfig config = MarqueeConfig.load(file, Map.of("MARQUEE_KAFKA_SASL_JAAS_CONFIG", "secret-jaas"));
        Properties props = config.streamsProperties();
        assertEquals("SASL_SSL", props.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", props.get("sasl.mechanism"));
        assertEquals("secret-jaas", props.get("sasl.jaas.config"));
    }

    @Test
    void shouldNeverShowSecretsWhenDescribed() {
        MarqueeConfig config = MarqueeConfig.of(Map.of("kafka.sasl.jaas.config", "user=\"x\" password=\"hunter2\"",
                "kafka.ssl.truststore.password", "hunter3"));
        String described = config.describe().toString();
        assertFalse(described.contains("hunter2"), described);
        assertFalse(described.contains("hunter3"), described);
        assertTrue(described.contains("kafka.sasl.jaas.config=[hidden]"), described);
    }

    @Test
    void shouldRejectInvalidValuesWithTheSettingName() {
        ConfigException e = assertThrows(ConfigException.class, () -> MarqueeConfig.of(Map.of("num.stream.threads", "zero")));
        assertTrue(e.getMessage().contains("num.stream.threads"), e.getMessage());
        ConfigException g = assertThrows(ConfigException.class, () -> MarqueeConfig.of(Map.of("processing.guarantee", "maybe_once")));
        assertTrue(g.getMessage().contains("processing.guarantee"), g.getMessage());
    }

    @Test
    void shouldRejectUnknownSettingsSoTyposAreNotIgnored() {
        ConfigException e = assertThrows(ConfigException.class, () -> MarqueeConfig.of(Map.of("bootstrap.server", "x:1")));
        assertTrue(e.getMessage().contains("bootstrap.server"), e.getMessage());
    }

    @Test
    void shouldRejectAKafkaOverrideOfAMarqueeSettingFromFileOrEnvironment(@TempDir Path dir) throws Exception {
        ConfigException fromMap = assertThrows(ConfigException.class,
                () -> MarqueeConfig.of(Map.of("kafka.processing.guarantee", "at_least_once")));
        assertTrue(fromMap.getMessage().contains("'processing.guarantee'") && fromMap.getMessage().contains("MARQUEE_PROCESSING_GUARANTEE"),
                fromMap.getMessage());

        Path file = dir.resolve("marquee.properties");
        Files.writeString(file, "kafka.num.stream.threads=4\n");
        ConfigException fromFile = assertThrows(ConfigException.class, () -> MarqueeConfig.load(file, Map.of()));
        assertTrue(fromFile.getMessage().contains("'kafka.num.stream.threads'"), fromFile.getMessage());

        ConfigException fromEnv = assertThrows(ConfigException.class,
                () -> MarqueeConfig.load(null, Map.of("MARQUEE_KAFKA_APPLICATION_ID", "other")));
        assertTrue(fromEnv.getMessage().contains("'application.id'"), fromEnv.getMessage());
    }

    @Test
    void shouldReportUnreadableConfigFile(@TempDir Path dir) {
        ConfigException e = assertThrows(ConfigException.class, () -> MarqueeConfig.load(dir.resolve("missing.properties"), Map.of()));
        assertTrue(e.getMessage().contains("missing.properties"), e.getMessage());
    }

    @Test
    void shouldRunBothClientsUnlessARoleIsChosen() {
        assertEquals(Role.ALL, MarqueeConfig.of(Map.of()).role());
        assertEquals(Role.ENRICHMENT, MarqueeConfig.load(null, Map.of("MARQUEE_ROLE", "enrichment")).role());
        assertEquals(Role.VIEWS, MarqueeConfig.of(Map.of("role", "views")).role());
        assertTrue(Role.ALL.runsEnrichment() && Role.ALL.runsViews());
        assertTrue(Role.ENRICHMENT.runsEnrichment() && !Role.ENRICHMENT.runsViews());
        assertTrue(!Role.VIEWS.runsEnrichment() && Role.VIEWS.runsViews());
    }

    @Test
    void shouldRejectAnUnknownRoleNamingTheRolesThereAre() {
        ConfigException e = assertThrows(ConfigException.class, () -> MarqueeConfig.of(Map.of("role", "dashboards")));
        assertTrue(e.getMessage().contains("role") && e.getMessage().contains("all, enrichment, views"), e.getMessage());
    }

    @Test
    void shouldNameEnvVarsPredictably() {
        assertEquals("MARQUEE_TOPIC_DEAD_LETTER", MarqueeConfig.envName("topic.dead-letter"));
        assertEquals("MARQUEE_MAX_ARTICLE_BYTES", MarqueeConfig.envName("max.article.bytes"));
    }

    @Test
    void shouldDocumentEverySettingInTheReadmeAndTheExampleFile() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String example = Files.readString(Path.of("config", "marquee.properties"));
        for (String name : MarqueeConfig.DEFINITION.names()) {
            assertTrue(readme.contains("| `" + name + "` |"), "README configuration table lacks " + name);
            assertTrue(example.contains(name + "="), "config/marquee.properties lacks " + name);
        }
    }

    @Test
    void shouldLoadTheShippedExampleFileAsItIs() {
        MarqueeConfig config = MarqueeConfig.load(Path.of("config", "marquee.properties"), Map.of());
        assertEquals("localhost:9092", config.bootstrapServers());
    }
}
