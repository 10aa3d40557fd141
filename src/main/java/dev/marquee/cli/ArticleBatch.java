package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import dev.marquee.ingest.RejectReason;
import picocli.CommandLine.Option;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * The batch tagging path shared by {@code tag} and {@code eval}: raw articles as JSON lines through the stream
 * app's parser and pipeline, so what {@code eval} scores is exactly what {@code tag} (and the enriched topic) emits.
 * A picocli mixin: the reference-data options come with it.
 */
final class ArticleBatch {

    /** Receives each enriched event in input order. */
    interface Sink {
        void accept(EnrichedArticle event) throws IOException;
    }

    /** What a run did: events emitted, lines rejected by reason. */
    record Counts(int tagged, Map<RejectReason, Integer> rejected) {
        int skipped() {
            return rejected.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    @Option(names = "--max-article-bytes", paramLabel = "N", description = "Largest line accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxArticleBytes = (Integer) MarqueeConfig.DEFINITION.defaultValues().get(MarqueeConfig.MAX_ARTICLE_BYTES);

    @Option(names = "--oscars", paramLabel = "FILE", description = "Academy Awards TSV instead of the shipped one.")
    Path oscars;

    @Option(names = "--golden-globes", paramLabel = "FILE", description = "Golden Globes CSV instead of the shipped one.")
    Path goldenGlobes;

    @Option(names = "--films", paramLabel = "FILE", description = "Film catalogue TSV instead of the shipped one.")
    Path films;

    /** The production pipeline over the reference data the options name: the same awards and films the stream app loads. */
    ArticlePipeline pipeline(Clock clock, PrintStream err) {
        long loading = System.nanoTime();
        AwardsData awards = oscars == null && goldenGlobes == null ? AwardsData.loadShipped() : AwardsData.load(oscars, goldenGlobes);
        ReferenceIndex index = ReferenceIndex.of(awards.nominations(), FilmsData.load(films).films());
        err.printf("reference: %,d nominations, %,d films, indexed in %.1f s%n", index.size(), index.filmCount(),
                (System.nanoTime() - loading) / 1e9);
        return ArticlePipeline.over(index, clock);
    }

    /** Tags every non-blank line of {@code in}; bad lines are reported on {@code err} with their number and skipped. */
    Counts run(InputStream in, ArticlePipeline pipeline, Sink sink, PrintStream err) throws IOException {
        ArticleParser parser = new ArticleParser(maxArticleBytes);
        Map<RejectReason, Integer> rejected = new EnumMap<>(RejectReason.class);
        int tagged = 0;
        LineReader lines = new LineReader(in);
        byte[] line;
        while ((line = lines.next()) != null) {
            if (isBlank(line)) {
                continue;
            }
            ParseOutcome outcome = parser.parse(line);
            if (outcome instanceof ParseOutcome.Valid valid) {
                sink.accept(pipeline.process(valid.article()));
                tagged++;
            } else {
                ParseOutcome.Rejected r = (ParseOutcome.Rejected) outcome;
                rejected.merge(r.reason(), 1, Integer::sum);
                err.printf("line %d: %s: %s%n", lines.number(), r.reason(), r.detail());
            }
        }
        return new Counts(tagged, rejected);
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Lines as bytes, so a line in a wrong encoding is judged by the parser like any record, not mangled by a Reader. */
    static final class LineReader {
        private final InputStream in;
        private int number;

        LineReader(InputStream in) {
            this.in = in;
        }

        byte[] next() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            boolean any = false;
            while ((b = in.read()) != -1) {
                any = true;
                if (b == '\n') {
                    break;
                }
                line.write(b);
            }
            if (!any) {
                return null;
            }
            number++;
            return line.toByteArray();
        }

        int number() {
            return number;
        }
    }
}
