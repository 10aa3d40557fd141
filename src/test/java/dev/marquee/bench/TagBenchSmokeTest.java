package dev.marquee.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.cli.Marquee;
import dev.marquee.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench tag} end to end on a tiny corpus: the JSON result has the structure docs and scripts read. No speed is asserted. */
class TagBenchSmokeTest {

    @Test
    void writesAResultWithThroughputLatencyAndMemory(@TempDir Path dir) throws IOException {
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"id\":\"a\",\"text\":\"Spike Jonze wrote Her. Jonze won the Oscar.\"}\n"
                + "{\"id\":\"b\",\"title\":\"t\",\"text\":\"Sofia Coppola made Lost in Translation with Bill Murray.\"}\n");
        Path out = dir.resolve("tag.json");
        int exit = Marquee.commandLine().execute("bench", "tag", "--corpus", corpus.toString(), "--warmup", "0", "--warmup-max", "0",
                "--articles", "6", "--out", out.toString());
        assertEquals(0, exit);
        JsonNode r = Json.MAPPER.readTree(out.toFile());
        assertEquals("tag", r.get("mode").asText());
        assertEquals(2, r.get("corpus_articles").asInt());
        assertEquals(0, r.get("corpus_skipped_lines").asInt());
        assertEquals(6, r.get("articles").asLong());
        assertEquals(3 * (8 + 9), r.get("words").asLong());
        for (String field : new String[] {"articles_per_s", "words_per_s", "words_per_s_per_thread", "allocated_bytes_per_article",
                "allocation_mb_per_s", "heap_after_gc_mb", "elapsed_s", "words_per_cpu_s", "cpu_share"}) {
            assertTrue(r.get(field).isNumber(), field);
        }
        JsonNode latency = r.get("latency_ms");
        assertEquals(6, latency.get("samples").asInt());
        assertTrue(latency.get("p50").asDouble() <= latency.get("p95").asDouble());
        assertTrue(latency.get("p95").asDouble() <= latency.get("p99").asDouble());
        assertTrue(latency.get("p99").asDouble() <= latency.get("max").asDouble());
        assertTrue(r.get("env").get("cpus").asInt() > 0);
    }
}
