package dev.marquee.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.serde.Json;
import dev.marquee.tag.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The scorer's view of enriched events: per article id, each entity's type, canonical name and confidence. */
public final class Predictions {

    private Predictions() {
    }

    public static List<Scorer.Predicted> of(EnrichedArticle event) {
        List<Scorer.Predicted> out = new ArrayList<>(event.entities().size());
        for (EnrichedArticle.Entity e : event.entities()) {
            out.add(new Scorer.Predicted(e.type(), e.name(), e.confidence()));
        }
        return out;
    }

    /**
     * Enriched events as JSON lines, as {@code tag} writes them or as read off the enriched topic. Entities of
     * other types than FILM, PERSON and AWARD are not scored.
     */
    public static Map<String, List<Scorer.Predicted>> read(Path file) throws IOException {
        Map<String, List<Scorer.Predicted>> out = new LinkedHashMap<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode event = Json.MAPPER.readTree(line);
                List<Scorer.Predicted> entities = new ArrayList<>();
                for (JsonNode e : event.path("entities")) {
                    EntityType type = type(e.path("type").asText());
                    if (type != null) {
                        entities.add(new Scorer.Predicted(type, e.path("name").asText(), e.path("confidence").asDouble(Double.NaN)));
                    }
                }
                out.put(event.path("article_id").asText(), entities);
            }
        }
        return out;
    }

    private static EntityType type(String name) {
        for (EntityType t : EntityType.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return null;
    }
}
