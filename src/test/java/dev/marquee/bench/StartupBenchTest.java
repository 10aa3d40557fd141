package dev.marquee.bench;

import dev.marquee.config.MarqueeConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each measured start of {@code bench startup} shares with the others, and what it has of its own. */
class StartupBenchTest {

    private static final MarqueeConfig BASE = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, "127.0.0.1:9092"));

    @Test
    void shouldGiveEachRunArticleAndOutputTopicsOfItsOwnSoNoRunStartsOnAnEarlierRunsBacklog() {
        MarqueeConfig first = MarqueeConfig.of(StartupBench.runSettings(BASE, "marquee-startup-0-1", Path.of("/tmp/state-0")));
        MarqueeConfig second = MarqueeConfig.of(StartupBench.runSettings(BASE, "marquee-startup-1-2", Path.of("/tmp/state-1")));

        Set<String> firstTopics = perRunTopics(first);
        Set<String> secondTopics = perRunTopics(second);
        assertEquals(5, firstTopics.size(), firstTopics.toString());
        assertTrue(firstTopics.stream().noneMatch(secondTopics::contains), firstTopics + " and " + secondTopics);
        assertTrue(firstTopics.stream().noneMatch(perRunTopics(BASE)::contains), "none of the default topics: " + firstTopics);
    }

    @Test
    void shouldLetEveryRunReadTheOneLoadedReferenceData() {
        MarqueeConfig run = MarqueeConfig.of(StartupBench.runSettings(BASE, "marquee-startup-0-1", Path.of("/tmp/state-0")));

        assertEquals(BASE.awardsTopic(), run.awardsTopic());
        assertEquals(BASE.filmsTopic(), run.filmsTopic());
        assertEquals(BASE.bootstrapServers(), run.bootstrapServers());
        assertEquals("marquee-startup-0-1", run.applicationId());
    }

    private static Set<String> perRunTopics(MarqueeConfig config) {
        return List.of(config.articlesTopic(), config.enrichedTopic(), config.deadLetterTopic(), config.entityMentionsTopic(),
                config.trendingTopic()).stream().collect(Collectors.toSet());
    }
}
