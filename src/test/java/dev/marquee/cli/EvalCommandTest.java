package dev.marquee.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.serde.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {

    private static final Path GOLD = Path.of("src/test/resources/eval/gold.jsonl");
    private static final Path PRED = Path.of("src/test/resources/eval/pred.jsonl");

    private static String run(String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Marquee.commandLine().execute(args));
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The expected lines are what ../shared/eval/score.py prints for the same two files. */
    @Test
    void scoresAPredictionsFileAsThePythonScorerDoes() {
        String report = run("eval", "-g", GOLD.toString(), "-p", PRED.toString());
        assertTrue(report.startsWith("""
                FILM    P=0.750 R=0.600 F1=0.667  (tp=3 fp=1 fn=2)
                PERSON  P=0.500 R=0.500 F1=0.500  (tp=2 fp=2 fn=2)
                AWARD   P=0.667 R=1.000 F1=0.800  (tp=2 fp=1 fn=0)
                ALL     P=0.636 R=0.636 F1=0.636  (tp=7 fp=4 fn=4)
                """), report);
        for (String error : List.of("FILM   FP  The Box", "FILM   FN  Adaptation", "PERSON DUP Jonze", "PERSON FP  Her",
                "PERSON FN  Joaquin Phoenix", "PERSON FN  Maurice Sendak", "AWARD  DUP Academy Awards", "FILM   FN  Up")) {
            assertTrue(report.contains(error), error + " missing from\n" + report);
        }
        assertTrue(report.contains("expected calibration error"), report);
    }

    @Test
    void jsonOutputCarriesScoresErrorsAndCalibration() throws Exception {
        JsonNode json = Json.MAPPER.readTree(run("eval", "-g", GOLD.toString(), "-p", PRED.toString(), "--json"));
        assertEquals(0.636, json.at("/scores/ALL/f1").asDouble());
        assertEquals(3, json.at("/scores/FILM/tp").asInt());
        assertEquals(8, json.get("errors").size());
        assertTrue(json.get("calibration").size() > 0);
    }

    @Test
    void tagsArticlesOnTheTagPathAndScoresThem(@TempDir Path dir) throws Exception {
        Path articles = dir.resolve("articles.jsonl");
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(articles, "{\"id\":\"x\",\"title\":\"t\",\"url\":null,\"published_at\":null,"
                + "\"text\":\"Spike Jonze won an Oscar for the screenplay of his film Her.\"}\n");
        Files.writeString(gold, "{\"id\":\"x\",\"films\":[[\"Her\"]],\"people\":[[\"Spike Jonze\"]],"
                + "\"awards\":[[\"Academy Awards\",\"Oscar\"]]}\n");
        JsonNode json = Json.MAPPER.readTree(run("eval", "-a", articles.toString(), "-g", gold.toString(), "--json"));
        assertEquals(1.0, json.at("/scores/ALL/f1").asDouble(), json.toString());
    }

    @Test
    void aMissingGoldFileIsAnErrorNotAStackTrace(@TempDir Path dir) {
        assertEquals(2, Marquee.commandLine().execute("eval", "-g", dir.resolve("none.jsonl").toString(), "-p", PRED.toString()));
    }
}
