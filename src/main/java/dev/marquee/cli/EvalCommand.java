package dev.marquee.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.eval.Calibration;
import dev.marquee.eval.GoldArticle;
import dev.marquee.eval.Predictions;
import dev.marquee.eval.Scorer;
import dev.marquee.serde.Json;
import dev.marquee.tag.EntityType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Tags an articles file on the {@code tag} path and scores it against gold annotations with the document-level
 * rules of {@code ../shared/eval/README.md}; or scores enriched events written elsewhere (the stream app's topic).
 */
@Command(name = "eval",
        description = {
                "Tag articles exactly as `tag` does and score them against a gold file (rules: ../shared/eval/README.md):",
                "precision, recall and F1 per type and overall, each article's false positives (FP), duplicates (DUP)",
                "and false negatives (FN), and a reliability table of confidence against observed precision.",
                "Paths are relative to the working directory, so run it from the project root with ../shared beside it."})
final class EvalCommand implements Callable<Integer> {

    @Option(names = {"-a", "--articles"}, paramLabel = "FILE", description = "Raw articles, JSON lines (default: ${DEFAULT-VALUE}).")
    Path articles = Path.of("../shared/eval/dev/articles.jsonl");

    @Option(names = {"-g", "--gold"}, paramLabel = "FILE", description = "Gold annotations, JSON lines (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/eval/dev/gold.jsonl");

    @Option(names = {"-p", "--predictions"}, paramLabel = "FILE",
            description = "Score these enriched events (JSON lines, e.g. read off the enriched topic) instead of tagging --articles.")
    Path predictions;

    @Option(names = "--json", description = "One JSON object: scores, errors, calibration.")
    boolean json;

    @Mixin
    ArticleBatch batch;

    @Override
    public Integer call() throws IOException {
        for (Path file : predictions != null ? List.of(gold, predictions) : List.of(gold, articles)) {
            if (!Files.isRegularFile(file)) {
                System.err.printf("%s: no such file (the defaults expect ../shared beside the working directory)%n",
                        file.toAbsolutePath().normalize());
                return 2;
            }
        }
        List<GoldArticle> goldArticles = GoldArticle.read(gold);
        Map<String, List<Scorer.Predicted>> predicted = predictions != null ? Predictions.read(predictions) : tag();
        Scorer.Result result = Scorer.score(goldArticles, predicted);
        List<Calibration.Bucket> calibration = Calibration.table(result.outcomes());
        PrintStream out = System.out;
        out.println(json ? Json.toLine(toJson(result, calibration)) : report(result, calibration));
        return 0;
    }

    private Map<String, List<Scorer.Predicted>> tag() throws IOException {
        ArticlePipeline pipeline = batch.pipeline(Clock.systemUTC(), System.err);
        Map<String, List<Scorer.Predicted>> out = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(articles))) {
            batch.run(in, pipeline, event -> out.put(event.articleId(), Predictions.of(event)), System.err);
        }
        return out;
    }

    static String report(Scorer.Result result, List<Calibration.Bucket> calibration) {
        StringBuilder sb = new StringBuilder();
        for (EntityType t : EntityType.values()) {
            sb.append(line(t.name(), result.byType().get(t)));
        }
        sb.append(line("ALL", result.all()));
        String article = null;
        for (Scorer.Outcome o : result.outcomes()) {
            if (o.kind() == Scorer.Kind.TP || o.kind() == Scorer.Kind.IGNORED) {
                continue;
            }
            if (!o.articleId().equals(article)) {
                article = o.articleId();
                sb.append('\n').append(article).append('\n');
            }
            sb.append(String.format(Locale.ROOT, "  %-6s %-3s %s%s%n", o.type(), o.kind(), o.name(),
                    Double.isNaN(o.confidence()) ? "" : String.format(Locale.ROOT, "  (%.2f)", o.confidence())));
        }
        sb.append(String.format(Locale.ROOT, "%nconfidence   n  right  mean conf  precision%n"));
        for (Calibration.Bucket b : calibration) {
            sb.append(String.format(Locale.ROOT, "%.1f-%.1f  %4d  %5d  %9.3f  %9.3f%n", b.from(), b.to(), b.count(), b.correct(),
                    b.meanConfidence(), b.precision()));
        }
        sb.append(String.format(Locale.ROOT, "expected calibration error %.3f", Calibration.expectedError(calibration)));
        return sb.toString();
    }

    private static String line(String label, Scorer.Counts c) {
        return String.format(Locale.ROOT, "%-7s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)%n", label, c.precision(), c.recall(),
                c.f1(), c.tp(), c.fp(), c.fn());
    }

    private static ObjectNode toJson(Scorer.Result result, List<Calibration.Bucket> calibration) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode scores = root.putObject("scores");
        for (EntityType t : EntityType.values()) {
            counts(scores.putObject(t.name()), result.byType().get(t));
        }
        counts(scores.putObject("ALL"), result.all());
        ArrayNode errors = root.putArray("errors");
        for (Scorer.Outcome o : result.outcomes()) {
            if (o.kind() != Scorer.Kind.TP && o.kind() != Scorer.Kind.IGNORED) {
                ObjectNode e = errors.addObject().put("article_id", o.articleId()).put("type", o.type().name())
                        .put("kind", o.kind().name()).put("name", o.name());
                if (!Double.isNaN(o.confidence())) {
                    e.put("confidence", o.confidence());
                }
            }
        }
        ArrayNode table = root.putArray("calibration");
        for (Calibration.Bucket b : calibration) {
            table.addObject().put("from", b.from()).put("to", b.to()).put("count", b.count()).put("correct", b.correct())
                    .put("mean_confidence", round(b.meanConfidence())).put("precision", round(b.precision()));
        }
        root.put("expected_calibration_error", round(Calibration.expectedError(calibration)));
        return root;
    }

    private static void counts(ObjectNode node, Scorer.Counts c) {
        node.put("tp", c.tp()).put("fp", c.fp()).put("fn", c.fn()).put("precision", round(c.precision()))
                .put("recall", round(c.recall())).put("f1", round(c.f1()));
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
