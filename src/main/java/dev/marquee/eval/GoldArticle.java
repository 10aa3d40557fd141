package dev.marquee.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.serde.Json;
import dev.marquee.tag.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a gold file ({@code ../shared/eval/README.md}): per type, the entities of the article, each a list of
 * names with the canonical name first; and the optional names nobody is scored on.
 */
public record GoldArticle(String id, Map<EntityType, List<List<String>>> entities, List<String> optional) {

    /** The gold file's field for each type. */
    static final Map<EntityType, String> FIELDS = Map.of(EntityType.FILM, "films", EntityType.PERSON, "people",
            EntityType.AWARD, "awards");

    public GoldArticle {
        entities = Map.copyOf(entities);
        optional = List.copyOf(optional);
    }

    public List<List<String>> of(EntityType type) {
        return entities.getOrDefault(type, List.of());
    }

    public static List<GoldArticle> read(Path file) throws IOException {
        List<GoldArticle> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (!line.isBlank()) {
                    out.add(parse(line, file + ":" + number));
                }
            }
        }
        return out;
    }

    static GoldArticle parse(String line, String where) throws IOException {
        JsonNode d = Json.MAPPER.readTree(line);
        JsonNode id = d.get("id");
        if (id == null || id.isNull()) {
            throw new IOException(where + ": gold line without an id");
        }
        Map<EntityType, List<List<String>>> entities = new EnumMap<>(EntityType.class);
        FIELDS.forEach((type, field) -> {
            List<List<String>> groups = new ArrayList<>();
            d.path(field).forEach(group -> groups.add(names(group)));
            entities.put(type, groups);
        });
        List<String> optional = new ArrayList<>();
        d.path("optional").forEach(group -> optional.addAll(names(group)));
        return new GoldArticle(id.asText(), entities, optional);
    }

    /** A group is a list of names; a bare string is a group of one, as the Python scorer reads it. */
    private static List<String> names(JsonNode group) {
        if (!group.isArray()) {
            return List.of(group.asText());
        }
        List<String> names = new ArrayList<>();
        group.forEach(n -> names.add(n.asText()));
        return names;
    }
}
