package dev.marquee.query;

import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.serde.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewestArticlesTest {

    private static final Path EXAMPLE = Path.of("topics/examples/enriched-article.example.json");

    @Test
    void shouldReadTheSameSummaryAsBindingTheWholeEvent() throws IOException {
        byte[] event = Files.readAllBytes(EXAMPLE);
        EnrichedArticle bound = Json.fromBytes(event, EnrichedArticle.class);

        Views.ArticleSummary summary = NewestArticles.summaryOf(event);

        assertEquals(new Views.ArticleSummary(bound.articleId(), bound.title(), bound.source(), bound.publishedAt(),
                bound.processedAt(), bound.entities().size(), bound.claims().size()), summary);
        assertTrue(summary.entities() > 0 && summary.claims() > 0, "the example has entities and claims to count");
    }

    @Test
    void shouldCountNoClaimsWhenTheEventHasNoneOrNull() {
        String event = "{\"article_id\":\"a\",\"entities\":[{\"mentions\":[{\"start\":0}]},{}],\"claims\":null,\"extra\":{\"x\":[1]}}";

        Views.ArticleSummary summary = NewestArticles.summaryOf(event.getBytes());

        assertEquals(new Views.ArticleSummary("a", null, null, null, null, 2, 0), summary);
    }

    @Test
    void shouldKeepTheNewestLimitInTheOrderOfAFullSort() {
        List<Views.ArticleSummary> all = new ArrayList<>();
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            // Few distinct times, so ties are broken by article id; some events carry no processing time.
            String processedAt = random.nextInt(10) == 0 ? null : "2026-12-02T10:0" + random.nextInt(10) + ":00Z";
            all.add(new Views.ArticleSummary("a" + random.nextInt(1_000_000), "t", "s", null, processedAt, 1, 0));
        }
        Collections.shuffle(all, random);
        for (int limit : new int[] {0, 1, 7, 499, 500, 900}) {
            NewestArticles newest = new NewestArticles(limit);
            all.forEach(newest::add);

            List<Views.ArticleSummary> expected = all.stream().sorted(NewestArticles.NEWEST_FIRST).limit(limit).toList();
            assertEquals(expected, newest.newestFirst(), "limit " + limit);
        }
    }

    @Test
    void shouldPutEventsWithoutProcessingTimeLast() {
        NewestArticles newest = new NewestArticles(2);
        newest.add(new Views.ArticleSummary("undated", null, null, null, null, 0, 0));
        newest.add(new Views.ArticleSummary("old", null, null, null, "2020-01-01T00:00:00Z", 0, 0));
        newest.add(new Views.ArticleSummary("new", null, null, null, "2026-01-01T00:00:00Z", 0, 0));

        assertEquals(List.of("new", "old"), newest.newestFirst().stream().map(Views.ArticleSummary::articleId).toList());
    }

    @Test
    void shouldOrderByTimeWhateverTheFractionDigitsOfEventsWrittenBefore() {
        NewestArticles newest = new NewestArticles(4);
        newest.add(new Views.ArticleSummary("millis", null, null, null, "2026-12-02T15:22:41.123Z", 0, 0));
        newest.add(new Views.ArticleSummary("micros", null, null, null, "2026-12-02T15:22:41.123456Z", 0, 0));
        newest.add(new Views.ArticleSummary("whole-second", null, null, null, "2026-12-02T15:22:41Z", 0, 0));
        newest.add(new Views.ArticleSummary("unreadable", null, null, null, "yesterday", 0, 0));

        assertEquals(List.of("micros", "millis", "whole-second", "unreadable"),
                newest.newestFirst().stream().map(Views.ArticleSummary::articleId).toList(),
                "as strings, \"…41.123Z\" and \"…41Z\" would come before \"…41.123456Z\"");
    }

    @Test
    void shouldRejectAnEventThatIsNotAnObject() {
        assertThrows(IllegalArgumentException.class, () -> NewestArticles.summaryOf("[1,2]".getBytes()));
    }
}
