package dev.marquee.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.serde.Json;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ViewsBenchTest {

    @Test
    void shouldGiveABacklogArticleItsOwnIdAndKeepEveryOtherFieldOfTheEvent() {
        BenchCorpus corpus = BenchCorpus.generated(Fixtures.nominations(), 11, 3);
        List<EnrichedArticle> events = ViewsBench.enrich(corpus, ReferenceIndex.of(Fixtures.nominations(), List.of()));
        assertEquals(corpus.size(), events.size(), "one event per corpus article");
        EnrichedArticle event = events.get(0);
        assertFalse(event.entities().isEmpty(), "a generated article names films, people or awards: " + event.text());

        ObjectNode copy = (ObjectNode) Json.MAPPER.valueToTree(ViewsBench.withId(event, "views-7"));
        assertEquals("views-7", copy.get("article_id").asText());
        copy.put("article_id", event.articleId());
        assertEquals(Json.MAPPER.valueToTree(event), copy, "all but the id as the enrichment wrote it");
    }

    @Test
    void shouldMeasureTheSecondHalfFromTheFirstPollThatFoundHalfTheRecordsCommitted() {
        // 100 articles in 2,000 records; the app's CPU runs faster in the second half (1.0 s, then 2.5 s over 2 s),
        // the broker's slower (1.6 s, then 0.4 s).
        List<ViewsBench.Progress> polls = List.of(
                poll(0, 0, 0, 0),
                poll(1, 400, 0.5, 0.8),
                poll(2, 1_000, 1.0, 1.6),
                poll(3, 1_600, 2.5, 1.8),
                poll(4, 2_000, 3.5, 2.0));
        Map<String, Object> result = new LinkedHashMap<>();
        ViewsBench.summarize(result, polls, 2_000, 100);

        Map<?, ?> drain = (Map<?, ?>) result.get("drain");
        assertEquals(4.0, drain.get("seconds"));
        assertEquals(2_000L, drain.get("records"));
        assertEquals(25.0, drain.get("articles_per_s"));
        assertEquals(500.0, drain.get("records_per_s"));
        assertEquals(0.875, drain.get("app_jvm_cpu_cores"));
        assertEquals(35.0, drain.get("app_cpu_ms_per_article"));
        assertEquals(0.5, drain.get("broker_jvm_cpu_cores"));

        Map<?, ?> secondHalf = (Map<?, ?>) result.get("second_half");
        assertEquals(2.0, secondHalf.get("seconds"));
        assertEquals(1_000L, secondHalf.get("records"));
        assertEquals(25.0, secondHalf.get("articles_per_s"));
        assertEquals(1.25, secondHalf.get("app_jvm_cpu_cores"));
        assertEquals(50.0, secondHalf.get("app_cpu_ms_per_article"));
        assertEquals(0.2, secondHalf.get("broker_jvm_cpu_cores"));
        assertEquals(Map.of("jit", 0.0, "gc", 0.0, "other", 1.25), secondHalf.get("app_jvm_cpu_cores_by_role"));
    }

    private static ViewsBench.Progress poll(double seconds, long committed, double cpuSeconds, double brokerCpuSeconds) {
        long nanos = (long) (seconds * 1e9);
        Map<ProcessCpu.Role, Long> cpu = new EnumMap<>(ProcessCpu.Role.class);
        cpu.put(ProcessCpu.Role.JIT, 0L);
        cpu.put(ProcessCpu.Role.GC, 0L);
        cpu.put(ProcessCpu.Role.OTHER, (long) (cpuSeconds * 1e9));
        return new ViewsBench.Progress(nanos, committed, new ProcessCpu.Snapshot(nanos, cpu), (long) (brokerCpuSeconds * 1e9));
    }
}
