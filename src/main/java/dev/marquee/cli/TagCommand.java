package dev.marquee.cli;

import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.serde.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
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
import java.util.concurrent.Callable;

/**
 * Batch tagging without a broker: raw articles as JSON lines in, enriched events (exactly the enriched topic's
 * value) as JSON lines out, through the same parser and pipeline as the stream app.
 */
@Command(name = "tag",
        description = {
                "Tag raw articles (JSON lines) without a broker; write enriched events as JSON lines.",
                "Each output line is exactly the enriched topic's value. Awards and films come from the shipped reference data.",
                "Bad lines are reported on stderr with their line number and skipped."})
final class TagCommand implements Callable<Integer> {

    @Option(names = {"-i", "--input"}, paramLabel = "FILE", description = "JSON lines of raw articles (default: stdin).")
    Path input;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write enriched events (default: stdout).")
    Path output;

    @Mixin
    ArticleBatch batch;

    @Override
    public Integer call() throws IOException {
        PrintStream err = System.err;
        ArticlePipeline pipeline = batch.pipeline(Clock.systemUTC(), System.err);
        long started = System.nanoTime();
        ArticleBatch.Counts counts;
        try (InputStream in = new BufferedInputStream(input == null ? System.in : Files.newInputStream(input));
             Writer out = new BufferedWriter(new OutputStreamWriter(output == null ? nonClosing(System.out) : Files.newOutputStream(output),
                     StandardCharsets.UTF_8))) {
            counts = batch.run(in, pipeline, event -> {
                out.write(Json.toLine(event));
                out.write('\n');
            }, err);
        }
        err.printf("tagged %d article(s), skipped %d line(s)%s in %.1f s%n", counts.tagged(), counts.skipped(),
                counts.skipped() == 0 ? "" : " " + counts.rejected(), (System.nanoTime() - started) / 1e9);
        return 0;
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
}
