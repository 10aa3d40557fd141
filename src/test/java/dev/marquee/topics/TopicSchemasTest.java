package dev.marquee.topics;

import dev.marquee.awards.EntityRef;
import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.claims.Claim;
import dev.marquee.claims.ClaimKind;
import dev.marquee.claims.ClaimStatus;
import dev.marquee.enrich.EnrichedArticle.AwardRecord;
import dev.marquee.enrich.EnrichedArticle.Entity;
import dev.marquee.enrich.EnrichedArticle.Named;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.RejectReason;
import dev.marquee.mentions.EntityMention;
import dev.marquee.trending.EntityCount;
import dev.marquee.trending.TrendingCount;
import dev.marquee.trending.TrendingWindow;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import dev.marquee.tag.Ceremony;
import dev.marquee.tag.EntityType;
import dev.marquee.tag.Mention;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The value schemas in topics/schemas describe the JSON Marquee actually reads and writes. */
class TopicSchemasTest {

    private static final Path SCHEMAS = Path.of("topics", "schemas");
    private static final Path EXAMPLES = Path.of("topics", "examples");

    @Test
    void shouldHaveEverySchemaParseAsA2020_12ObjectSchemaWithResolvableRefs() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SCHEMAS)) {
            files = list.filter(p -> p.toString().endsWith(".schema.json")).sorted().toList();
        }
        assertEquals(7, files.size(), files.toString());
        for (Path file : files) {
            JsonNode schema = Json.MAPPER.readTree(file.toFile());
            assertEquals(TopicContracts.JSON_SCHEMA_2020_12, schema.path("$schema").asText(), file.toString());
            assertEquals("object", schema.path("type").asText(), file.toString());
            assertTrue(schema.path("$id").asText().endsWith(file.getFileName().toString()), file + ": $id names the file");
            assertAllRefsResolve(schema, schema, file.toString());
        }
    }

    @Test
    void shouldHaveEveryExampleMatchItsSchemaStrictly() throws IOException {
        for (String name : List.of("raw-article", "nomination", "film", "enriched-article", "dead-letter", "entity-mention", "trending-count")) {
            JsonNode example = Json.MAPPER.readTree(EXAMPLES.resolve(name + ".example.json").toFile());
            assertEquals(List.of(), strict(name).errors(example), name);
        }
    }

    @Test
    void shouldAcceptEveryShippedSampleArticle() throws IOException {
        SchemaCheck rawArticle = new SchemaCheck(schema("raw-article"), false);
        List<String> lines;
        try (InputStream in = getClass().getResourceAsStream("/samples/articles.jsonl")) {
            assertNotNull(in);
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertEquals(List.of(), rawArticle.errors(Json.MAPPER.readTree(line)), line.substring(0, Math.min(80, line.length())));
        }
    }

    @Test
    void shouldRejectRawArticlesWithoutTextOrWithMalformedDates() throws IOException {
        SchemaCheck rawArticle = new SchemaCheck(schema("raw-article"), false);

        List<String> noText = rawArticle.errors(Json.MAPPER.readTree("{\"id\": \"a\"}"));
        List<String> badDate = rawArticle.errors(Json.MAPPER.readTree("{\"id\": \"a\", \"text\": \"t\", \"published_at\": \"last Tuesday\"}"));
        List<String> partialDates = rawArticle.errors(Json.MAPPER.readTree(
                "{\"id\": \"a\", \"text\": \"t\", \"published_at\": \"2011-02\", \"extra\": 1}"));

        assertEquals(List.of("$: required property 'text' is missing"), noText);
        assertEquals(1, badDate.size(), badDate.toString());
        assertEquals(List.of(), partialDates);
    }

    @Test
    void shouldDescribeTheJsonOfTheNominationRecord() {
        Nomination withDetail = new Nomination("academy-awards:86:x", "academy-awards", 86, 2014, "2013", "ACTOR", "ACTOR IN A LEADING ROLE",
                List.of(new EntityRef("tt1798709", "Her")), List.of(new EntityRef("nm0001618", "Joaquin Phoenix")), false, "Theodore");
        Nomination bare = new Nomination("golden-globe-awards:71:y", "golden-globe-awards", 71, 2014, "2013", "PICTURE", "Best Motion Picture",
                List.of(new EntityRef("mq:film:her", "Her")), null, true, null);

        for (Nomination n : List.of(withDetail, bare)) {
            assertEquals(List.of(), strict("nomination").errors(Json.MAPPER.valueToTree(n)), n.toString());
        }
    }

    @Test
    void shouldDescribeTheJsonOfTheFilmRecord() {
        FilmRecord full = new FilmRecord("film:her:2013", "Her", 2013, List.of("Spike Jonze"), List.of("Joaquin Phoenix", "Amy Adams"),
                List.of("United States"), "https://en.wikipedia.org/wiki/Her_(film)", List.of("wikipedia-movie-data"));
        FilmRecord bare = new FilmRecord("film:roundhay-garden-scene:unknown", "Roundhay Garden Scene", null, null, null, null,
                "https://en.wikipedia.org/?curid=1082508", List.of("cmu-movie-summary"));

        for (FilmRecord f : List.of(full, bare)) {
            assertEquals(List.of(), strict("film").errors(Json.MAPPER.valueToTree(f)), f.toString());
        }
    }

    @Test
    void shouldDescribeTheJsonOfTheDeadLetterRecord() {
        DeadLetter fromTopic = DeadLetter.of(RejectReason.INVALID_JSON, "invalid JSON", new DeadLetter.Source("marquee.articles.raw", 2, 17L),
                "k", "{oops".getBytes(StandardCharsets.UTF_8), Instant.parse("2026-01-01T00:00:00Z"), "test");
        DeadLetter nullValue = DeadLetter.of(RejectReason.NULL_VALUE, "record value is null", new DeadLetter.Source("marquee.articles.raw", 0, 0L),
                null, null, Instant.parse("2026-01-01T00:00:00Z"), "test");
        for (DeadLetter d : List.of(fromTopic, nullValue)) {
            assertEquals(List.of(), strict("dead-letter").errors(Json.MAPPER.valueToTree(d)), d.toString());
        }
    }

    @Test
    void shouldDescribeTheJsonOfTheEnrichedArticleRecord() {
        AwardRecord award = new AwardRecord("academy-awards:86:x", "academy-awards", "Academy Awards", 86, 2014, "2013",
                "WRITING", "WRITING (Original Screenplay)", true, List.of(new Named("tt1798709", "Her")),
                List.of(new Named("nm0005069", "Spike Jonze")), null);
        Entity person = new Entity(EntityType.PERSON, "nm0005069", "nm0005069", "Spike Jonze", 0.97, 0.9,
                List.of(new Mention(0, 11, "Spike Jonze")), List.of(), List.of(), List.of(award));
        Entity unlinked = new Entity(EntityType.FILM, "mq:film:her", null, "Her", 0.5, 0.4, List.of(new Mention(16, 19, "Her")),
                List.of(), List.of(), null);
        Entity oscars = new Entity(EntityType.AWARD, "academy-awards", "academy-awards", "Academy Awards", 0.95, 0.2,
                List.of(new Mention(20, 26, "Oscars")), List.of(new Ceremony(86, 2014), new Ceremony(null, 2015)),
                List.of("SCREENPLAY"), List.of());
        Claim claim = new Claim(0, 19, 0, 11, "Spike Jonze", "nm0005069", "Spike Jonze", ClaimKind.NOMINATION_COUNT, "academy-awards", null,
                1, 86, ClaimStatus.CONTRADICTED, "86th Academy Awards: 2 nominations", List.of("academy-awards:86:x"));
        EnrichedArticle full = new EnrichedArticle("a-1", "Title", "https://example.com/a-1", "sample", "2014-01-31T09:00:00Z", "en",
                "Spike Jonze and Her Oscars", List.of(person, unlinked, oscars), List.of(claim), "2026-11-25T06:00:00Z", "0.1.0");
        EnrichedArticle minimal = new EnrichedArticle("a-2", null, null, null, null, null, "", List.of(), List.of(), "2026-11-25T06:00:00Z", "0.1.0");

        for (EnrichedArticle a : List.of(full, minimal)) {
            assertEquals(List.of(), strict("enriched-article").errors(Json.MAPPER.valueToTree(a)), a.articleId());
        }
    }

    @Test
    void shouldDescribeTheJsonOfTheEntityMentionAndTrendingRecords() {
        EntityMention film = new EntityMention("tt1798709", "tt1798709", EntityType.FILM, "Her", "a-1", "Title", null, null, "2014-01",
                3, 0.8, new EntityMention.AwardSummary(5, 1), "2026-11-25T06:00:00Z");
        EntityMention award = new EntityMention("academy-awards", "academy-awards", EntityType.AWARD, "Academy Awards", "a-1", null, null,
                null, null, 1, 0.1, null, "2026-11-25T06:00:00Z");
        for (EntityMention m : List.of(film, award)) {
            assertEquals(List.of(), strict("entity-mention").errors(Json.MAPPER.valueToTree(m)), m.toString());
        }
        TrendingCount count = TrendingWindow.ONE_HOUR.count("tt1798709", Instant.parse("2014-01-31T10:05:00Z").toEpochMilli(),
                new EntityCount("tt1798709", EntityType.FILM, "Her", 2));
        assertEquals(List.of(), strict("trending-count").errors(Json.MAPPER.valueToTree(count)));
        assertEquals("2014-01-31T11:05:00Z", count.windowEnd());
    }

    private static SchemaCheck strict(String name) {
        return new SchemaCheck(schema(name), true);
    }

    private static JsonNode schema(String name) {
        try {
            return Json.MAPPER.readTree(SCHEMAS.resolve(name + ".schema.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertAllRefsResolve(JsonNode root, JsonNode node, String file) {
        if (node.isObject() && node.has("$ref")) {
            String ref = node.get("$ref").asText();
            assertTrue(ref.startsWith("#/"), file + ": $ref " + ref + " must be local so the schema stands alone");
            assertFalse(root.at(ref.substring(1)).isMissingNode(), file + ": dangling $ref " + ref);
        }
        node.forEach(child -> assertAllRefsResolve(root, child, file));
    }
}
