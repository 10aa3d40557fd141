package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import dev.marquee.ingest.RejectReason;
import dev.marquee.serde.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Batch tagging without a broker: raw articles as JSON lines in, enriched events (exactly the enriched topic's
 * value) as JSON lines out, through the same parser and pipeline as the stream app.
 */
@Command(name = "tag",
        description = {
                "Tag raw articles (JSON lines) from a file or stdin and write one enriched event per line, exactly as the",
                "enriched topic carries them. Needs no broker: awards and films come from the shipped reference data.",
                "Bad lines are reported on stderr with their line number and skipped."})
final class TagCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "JSON lines of raw articles (default: stdin).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write enriched events (default: stdout).")
    Path output;

    @Option(names = "--max-article-bytes", paramLabel = "N", description = "Largest line accepted, in bytes (default: ${DEFAULT-VALUE}).")
    int maxArticleBytes = (Integer) MarqueeConfig.DEFINITION.defaultValues().get(MarqueeConfig.MAX_ARTICLE_BYTES);

    @Option(names = "--oscars", paramLabel = "FILE", description = "Academy Awards TSV instead of the shipped one.")
    Path oscars;

    @Option(names = "--golden-globes", paramLabel = "FILE", description = "Golden Globes CSV instead of the shipped one.")
    Path goldenGlobes;

    @Option(names = "--films", paramLabel = "FILE", description = "Film catalogue TSV instead of the shipped one.")
    Path films;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        long loading = System.nanoTime();
        AwardsData awards = oscars == null && goldenGlobes == null ? AwardsData.loadShipped() : AwardsData.load(oscars, goldenGlobes);
        FilmsData catalogue = FilmsData.load(films);
        ReferenceIndex index = ReferenceIndex.of(awards.nominations(), catalogue.films());
        err.printf("reference: %,d nominations, %,d films, indexed in %.1f s%n", index.size(), index.filmCount(),
                (System.nanoTime() - loading) / 1e9);
        ArticlePipeline pipeline = ArticlePipeline.over(index, Clock.systemUTC());
        ArticleParser parser = new ArticleParser(maxArticleBytes);
        Map<RejectReason, Integer> rejected = new EnumMap<>(RejectReason.class);
        int tagged = 0;
        long started = System.nanoTime();
        try (InputStream in = new BufferedInputStream(input == null ? System.in : Files.newInputStream(input));
             Writer out = new BufferedWriter(new OutputStreamWriter(output == null ? nonClosing(System.out) : Files.newOutputStream(output),
                     StandardCharsets.UTF_8))) {
            LineReader lines = new LineReader(in);
            byte[] line;
            while ((line = lines.next()) != null) {
                if (isBlank(line)) {
                    continue;
                }
                ParseOutcome outcome = parser.parse(line);
                if (outcome instanceof ParseOutcome.Valid valid) {
                    out.write(Json.toLine(pipeline.process(valid.article())));
                    out.write('\n');
                    tagged++;
                } else {
                    ParseOutcome.Rejected r = (ParseOutcome.Rejected) outcome;
                    rejected.merge(r.reason(), 1, Integer::sum);
                    err.printf("line %d: %s: %s%n", lines.number(), r.reason(), r.detail());
                }
            }
        }
        int skipped = rejected.values().stream().mapToInt(Integer::intValue).sum();
        err.printf("tagged %d article(s), skipped %d line(s)%s in %.1f s%n", tagged, skipped, skipped == 0 ? "" : " " + rejected,
                (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void flush() throws IOException {
                out.flush();
            }
        };
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
