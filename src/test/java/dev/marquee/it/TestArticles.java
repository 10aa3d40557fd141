package dev.marquee.it;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.Article;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import dev.marquee.serde.Json;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Valid articles with known content for end-to-end tests: each has a unique id (also in its text, so a mix-up
 * between articles shows), mentions films and people of a small awards reference, and its expected enriched
 * content is re-computed through the same {@link ArticlePipeline} the app runs.
 */
public final class TestArticles {

    public static final EntityRef HER = new EntityRef("tt1798709", "Her");
    public static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    public static final EntityRef GRAVITY = new EntityRef("tt1454468", "Gravity");
    public static final EntityRef CUARON = new EntityRef("nm0190859", "Alfonso Cuarón");
    public static final EntityRef SLAVE = new EntityRef("tt2024544", "12 Years a Slave");
    public static final EntityRef MCQUEEN = new EntityRef("nm2588606", "Steve McQueen");

    public static final Nomination HER_SCREENPLAY = nomination("academy-awards:86:screenplay:her", "SCREENPLAY",
            "WRITING (Original Screenplay)", HER, JONZE, true);
    public static final Nomination GRAVITY_DIRECTING = nomination("academy-awards:86:directing:gravity", "DIRECTING", "DIRECTING",
            GRAVITY, CUARON, true);
    public static final Nomination SLAVE_PICTURE = nomination("academy-awards:86:picture:12-years-a-slave", "PICTURE", "BEST PICTURE",
            SLAVE, MCQUEEN, true);
    /** Not in {@link #AWARDS}: the awards-update test publishes it while the app runs. */
    public static final Nomination HER_PICTURE = nomination("academy-awards:86:picture:her", "PICTURE", "BEST PICTURE",
            HER, JONZE, false);

    public static final List<Nomination> AWARDS = List.of(HER_SCREENPLAY, GRAVITY_DIRECTING, SLAVE_PICTURE);

    private static final String[] TEMPLATES = {
            "Report %s. Spike Jonze's new film, Her, opens in February. Jonze wrote it alone, and critics call it his best.",
            "Report %s. Alfonso Cuarón shot Gravity mostly against grey screens; Cuarón says the long takes took years.",
            "Report %s. Steve McQueen talks about 12 Years a Slave, the film that made McQueen a household name.",
            "Report %s. A week at the cinema: Her, Gravity and 12 Years a Slave, with Spike Jonze and Alfonso Cuarón in town.",
            "Report %s. Nothing about films today: the weather was mild and the trains ran on time."};

    private TestArticles() {
    }

    private static Nomination nomination(String key, String category, String rawCategory, EntityRef film, EntityRef person, boolean won) {
        return new Nomination(key, AwardBodies.ACADEMY_AWARDS, 86, 2014, "2013", category, rawCategory, List.of(film), List.of(person), won, null);
    }

    public static String id(int n) {
        return String.format("article-%06d", n);
    }

    /** Raw JSON of article {@code n}; the same n always gives the same bytes. */
    public static byte[] article(int n) {
        String id = id(n);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("title", "Cinema notes " + id);
        json.put("source", "fault-test");
        json.put("published_at", "2014-01-31T09:00:00Z");
        json.put("text", String.format(TEMPLATES[n % TEMPLATES.length], id));
        return Json.toBytes(json);
    }

    /** Articles {@code from} (inclusive) to {@code to} (exclusive), by id. */
    public static Map<String, byte[]> articles(int from, int to) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (int n = from; n < to; n++) {
            out.put(id(n), article(n));
        }
        return out;
    }

    /** What the app must publish for {@code raw}, given the awards it has loaded. */
    public static final class Expectation {
        private final ArticleParser parser = new ArticleParser(Integer.MAX_VALUE);
        private final ArticlePipeline pipeline;

        public Expectation(List<Nomination> awards) {
            this.pipeline = ArticlePipeline.over(ReferenceIndex.of(awards), Clock.systemUTC());
        }

        public EnrichedArticle enrich(byte[] raw) {
            ParseOutcome outcome = parser.parse(raw);
            if (!(outcome instanceof ParseOutcome.Valid valid)) {
                throw new IllegalArgumentException("not a valid article: " + outcome);
            }
            Article article = valid.article();
            return pipeline.process(article);
        }

        /** Differences between an event and the expected one, in the fields the app computes from the input; empty if none. */
        public List<String> differences(byte[] raw, EnrichedArticle actual) {
            EnrichedArticle expected = enrich(raw);
            List<String> out = new ArrayList<>();
            compare(out, "article_id", expected.articleId(), actual.articleId());
            compare(out, "title", expected.title(), actual.title());
            compare(out, "text", expected.text(), actual.text());
            compare(out, "published_at", expected.publishedAt(), actual.publishedAt());
            compare(out, "entities", Json.toLine(expected.entities()), Json.toLine(actual.entities()));
            return out;
        }

        private static void compare(List<String> out, String field, Object expected, Object actual) {
            if (expected == null ? actual != null : !expected.equals(actual)) {
                out.add(field + ": expected " + expected + " but was " + actual);
            }
        }
    }
}
