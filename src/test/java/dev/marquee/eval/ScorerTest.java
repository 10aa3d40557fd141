package dev.marquee.eval;

import dev.marquee.tag.EntityType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ScorerTest {

    private static GoldArticle gold(String json) throws IOException {
        return GoldArticle.parse(json, "test");
    }

    private static Scorer.Predicted p(EntityType type, String name) {
        return new Scorer.Predicted(type, name, 0.9);
    }

    private static List<Scorer.Kind> kinds(Scorer.Result r) {
        return r.outcomes().stream().map(Scorer.Outcome::kind).toList();
    }

    @Test
    void anyGoldNameMatchesAfterNormalization() throws IOException {
        GoldArticle g = gold("{\"id\":\"a\",\"films\":[[\"Where the Wild Things Are\",\"Where The Wild Things Are\"],"
                + "[\"2001: A Space Odyssey\"]],\"people\":[[\"Penélope Cruz\"]],\"awards\":[[\"Critics' Choice Awards\"]]}");
        Scorer.Result r = Scorer.score(List.of(g), Map.of("a", List.of(
                p(EntityType.FILM, "where the wild things are"), p(EntityType.FILM, "2001 - A Space Odyssey"),
                p(EntityType.PERSON, "Penelope CRUZ"), p(EntityType.AWARD, "Critics Choice Awards"))));
        assertEquals(new Scorer.Counts(4, 0, 0), r.all());
    }

    @Test
    void aSecondPredictionOfOneThingIsADuplicate() throws IOException {
        GoldArticle g = gold("{\"id\":\"a\",\"people\":[[\"Spike Jonze\",\"Jonze\"]]}");
        Scorer.Result r = Scorer.score(List.of(g), Map.of("a", List.of(p(EntityType.PERSON, "Spike Jonze"),
                p(EntityType.PERSON, "Jonze"))));
        assertEquals(new Scorer.Counts(1, 1, 0), r.byType().get(EntityType.PERSON));
        assertEquals(List.of(Scorer.Kind.TP, Scorer.Kind.DUP), kinds(r));
    }

    @Test
    void optionalNamesAreNeitherRewardedNorPunished() throws IOException {
        GoldArticle g = gold("{\"id\":\"a\",\"films\":[[\"Her\"]],\"optional\":[\"Jackass\",[\"Box Office Mojo\",\"Mojo\"]]}");
        Scorer.Result r = Scorer.score(List.of(g), Map.of("a", List.of(p(EntityType.FILM, "Jackass"),
                p(EntityType.FILM, "Mojo"), p(EntityType.FILM, "Her"))));
        assertEquals(new Scorer.Counts(1, 0, 0), r.all());
        assertEquals(List.of(Scorer.Kind.IGNORED, Scorer.Kind.IGNORED, Scorer.Kind.TP), kinds(r));
    }

    @Test
    void aRightNameOfTheWrongTypeIsAFalsePositiveAndAFalseNegative() throws IOException {
        GoldArticle g = gold("{\"id\":\"a\",\"films\":[[\"Joker\"]]}");
        Scorer.Result r = Scorer.score(List.of(g), Map.of("a", List.of(p(EntityType.PERSON, "Joker"))));
        assertEquals(new Scorer.Counts(0, 1, 1), r.all());
    }

    @Test
    void aNameSharedByTwoGoldEntitiesTakesTheUnmatchedOne() throws IOException {
        GoldArticle g = gold("{\"id\":\"a\",\"people\":[[\"Sofia Coppola\",\"Coppola\"],[\"Francis Ford Coppola\",\"Coppola\"]]}");
        Scorer.Result r = Scorer.score(List.of(g), Map.of("a", List.of(p(EntityType.PERSON, "Sofia Coppola"),
                p(EntityType.PERSON, "Coppola"))));
        assertEquals(new Scorer.Counts(2, 0, 0), r.all());
    }

    @Test
    void articlesWithoutPredictionsAreAllFalseNegativesAndUnknownArticlesAreNotScored() throws IOException {
        GoldArticle g = gold("{\"id\":\"a\",\"films\":[[\"Up\"]],\"awards\":[[\"Academy Awards\"]]}");
        Scorer.Result r = Scorer.score(List.of(g), Map.of("other", List.of(p(EntityType.FILM, "Up"))));
        assertEquals(new Scorer.Counts(0, 0, 2), r.all());
        assertEquals(0.0, r.all().precision());
        assertEquals(0.0, r.all().f1());
    }

    @Test
    void countsAreMicroAveragedOverArticles() throws IOException {
        List<GoldArticle> g = List.of(gold("{\"id\":\"a\",\"films\":[[\"Her\"],[\"Up\"]]}"),
                gold("{\"id\":\"b\",\"films\":[[\"Heat\"]]}"));
        Scorer.Result r = Scorer.score(g, Map.of("a", List.of(p(EntityType.FILM, "Her"), p(EntityType.FILM, "Up")),
                "b", List.of(p(EntityType.FILM, "Crash"))));
        Scorer.Counts films = r.byType().get(EntityType.FILM);
        assertEquals(new Scorer.Counts(2, 1, 1), films);
        assertEquals(2.0 / 3, films.precision(), 1e-9);
        assertEquals(2.0 / 3, films.f1(), 1e-9);
    }

    @Test
    void reliabilityTableBucketsConfidenceAgainstPrecision() throws IOException {
        GoldArticle g = gold("{\"id\":\"a\",\"films\":[[\"Her\"],[\"Up\"]],\"optional\":[\"Jackass\"]}");
        Scorer.Result r = Scorer.score(List.of(g), Map.of("a", List.of(new Scorer.Predicted(EntityType.FILM, "Her", 0.95),
                new Scorer.Predicted(EntityType.FILM, "Crash", 0.91), new Scorer.Predicted(EntityType.FILM, "Up", 0.55),
                new Scorer.Predicted(EntityType.FILM, "Jackass", 0.3))));
        List<Calibration.Bucket> table = Calibration.table(r.outcomes());
        assertEquals(2, table.size(), table.toString());
        assertEquals(new Calibration.Bucket(0.5, 0.6, 1, 1, 0.55), table.get(0));
        assertEquals(2, table.get(1).count());
        assertEquals(0.5, table.get(1).precision());
        assertEquals(0.93, table.get(1).meanConfidence(), 1e-9);
        assertEquals((0.45 + 2 * 0.43) / 3, Calibration.expectedError(table), 1e-9);
    }
}
