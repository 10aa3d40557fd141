package dev.marquee.topics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicContractsTest {

    private static final Path TOPICS = Path.of("topics");
    private static final List<String> REQUIRED_FIELDS =
            List.of("role", "name", "description", "partitions", "replication_factor", "configs", "key", "value");

    @Test
    void shouldHaveEveryRequiredFieldInEachContract() throws IOException {
        JsonNode index = Json.MAPPER.readTree(TOPICS.resolve(TopicContracts.INDEX).toFile());
        assertEquals(5, index.path("topics").size());
        for (JsonNode topic : index.path("topics")) {
            for (String field : REQUIRED_FIELDS) {
                assertTrue(topic.hasNonNull(field), topic.path("name") + " lacks " + field);
            }
            assertTrue(topic.path("configs").hasNonNull("cleanup.policy"), topic.path("name") + " lacks cleanup.policy");
            for (String field : List.of("format", "encoding", "nullable", "description")) {
                assertTrue(topic.path("key").hasNonNull(field), topic.path("name") + " key lacks " + field);
            }
            for (String field : List.of("format", "schema", "nullable")) {
                assertTrue(topic.path("value").hasNonNull(field), topic.path("name") + " value lacks " + field);
            }
            assertTrue(Files.isRegularFile(TOPICS.resolve(topic.path("value").path("schema").asText())), topic.path("name") + " schema file");
        }
    }

    @Test
    void shouldStateTheAgreedPoliciesForEachRole() {
        TopicContracts contracts = TopicContracts.fromDirectory(TOPICS);

        assertContract(contracts.forRole(TopicRole.ARTICLES), "marquee.articles.raw", 6, "delete");
        assertEquals("604800000", contracts.forRole(TopicRole.ARTICLES).configs().get("retention.ms"));
        assertContract(contracts.forRole(TopicRole.ENRICHED), "marquee.articles.enriched", 6, "compact");
        assertContract(contracts.forRole(TopicRole.DEAD_LETTER), "marquee.articles.dead-letter", 6, "delete");
        assertEquals("2592000000", contracts.forRole(TopicRole.DEAD_LETTER).configs().get("retention.ms"));
        assertContract(contracts.forRole(TopicRole.AWARDS), "marquee.reference.awards", 1, "compact");
        assertContract(contracts.forRole(TopicRole.FILMS), "marquee.reference.films", 1, "compact");
    }

    @Test
    void shouldShipTheSameContractsInTheJarAsInTheRepo() {
        assertEquals(TopicContracts.fromDirectory(TOPICS).all(), TopicContracts.fromClasspath().all());
    }

    @Test
    void shouldUseTheContractNamesAsDefaultsAndTheConfiguredNamesWhenRenamed() {
        TopicContracts contracts = TopicContracts.fromClasspath();

        Map<String, TopicContract> defaults = contracts.byConfiguredName(MarqueeConfig.of(Map.of()));
        Map<String, TopicContract> renamed = contracts.byConfiguredName(MarqueeConfig.of(Map.of(MarqueeConfig.TOPIC_AWARDS, "prod.awards.v2")));

        defaults.forEach((name, contract) -> assertEquals(contract.name(), name));
        assertEquals(TopicRole.AWARDS, renamed.get("prod.awards.v2").role());
    }

    @Test
    void shouldRefuseTwoRolesConfiguredOntoOneTopic() {
        TopicContracts contracts = TopicContracts.fromClasspath();
        MarqueeConfig clash = MarqueeConfig.of(Map.of(MarqueeConfig.TOPIC_DEAD_LETTER, "marquee.articles.raw"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> contracts.byConfiguredName(clash));

        assertTrue(e.getMessage().contains("'marquee.articles.raw'"), e.getMessage());
    }

    @Test
    void shouldListEveryProblemOfABrokenContract(@TempDir Path dir) throws IOException {
        copyTopics(dir);
        ObjectNode index = (ObjectNode) Json.MAPPER.readTree(dir.resolve(TopicContracts.INDEX).toFile());
        ObjectNode raw = (ObjectNode) index.path("topics").get(0);
        raw.remove("partitions");
        ((ObjectNode) raw.path("configs")).remove("retention.ms");
        ((ObjectNode) raw.path("configs")).put("min.insync.replicas", "5");
        ObjectNode awards = (ObjectNode) index.path("topics").get(3);
        ((ObjectNode) awards.path("value")).put("schema", "schemas/missing.schema.json");
        Files.write(dir.resolve(TopicContracts.INDEX), Json.MAPPER.writeValueAsBytes(index));

        InvalidContractException e = assertThrows(InvalidContractException.class, () -> TopicContracts.fromDirectory(dir));

        assertEquals(List.of(
                "topics[0].partitions: required, a whole number of at least 1",
                "topics[0].configs: retention.ms is required when cleanup.policy includes delete",
                "topics[0].configs.min.insync.replicas: 5 exceeds the replication factor 3",
                "schemas/missing.schema.json: not found"), e.problems());
    }

    @Test
    void shouldRejectASchemaThatIsNotJson(@TempDir Path dir) throws IOException {
        copyTopics(dir);
        Files.writeString(dir.resolve("schemas/dead-letter.schema.json"), "{ \"$schema\": ");

        InvalidContractException e = assertThrows(InvalidContractException.class, () -> TopicContracts.fromDirectory(dir));

        assertEquals(1, e.problems().size());
        assertTrue(e.problems().get(0).startsWith("schemas/dead-letter.schema.json: not valid JSON"), e.problems().get(0));
    }

    private static void assertContract(TopicContract contract, String name, int partitions, String cleanupPolicy) {
        assertEquals(name, contract.name());
        assertEquals(partitions, contract.partitions());
        assertEquals(cleanupPolicy, contract.cleanupPolicy());
    }

    private static void copyTopics(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("schemas"));
        Files.copy(TOPICS.resolve(TopicContracts.INDEX), dir.resolve(TopicContracts.INDEX));
        try (var schemas = Files.list(TOPICS.resolve("schemas"))) {
            for (Path schema : schemas.toList()) {
                Files.copy(schema, dir.resolve("schemas").resolve(schema.getFileName()));
            }
        }
    }
}
