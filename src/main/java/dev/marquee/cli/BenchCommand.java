package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.bench.BenchCorpus;
import dev.marquee.bench.BenchReport;
import dev.marquee.bench.TagBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bench}: repeatable speed, latency and memory measurements of Marquee (see docs/performance.md). */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Measure Marquee: tagging speed in-process (tag), the whole stream app on an embedded broker (e2e),",
                "start-up time and memory (startup), and how speed grows with article length and catalogue size (growth).",
                "Each mode prints a table and writes a JSON result with --out. The generated corpus measures speed only."},
        subcommands = {BenchCommand.Tag.class})
final class BenchCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Options every mode shares: the corpus and where the result goes. */
    static final class CorpusOptions {
        @Option(names = "--corpus", paramLabel = "FILE", description = "JSONL of raw articles to use instead of the generated corpus.")
        Path corpus;

        @Option(names = "--corpus-size", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}); the shipped samples are added.")
        int corpusSize = 300;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
        long seed = 42;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the result as JSON to FILE.")
        Path out;

        BenchCorpus load(List<Nomination> nominations) {
            return corpus != null ? BenchCorpus.fromFile(corpus) : BenchCorpus.generated(nominations, seed, corpusSize);
        }

        void report(String heading, Map<String, Object> result) {
            BenchReport.print(heading, result, System.out);
            if (out != null) {
                BenchReport.write(result, out);
                System.out.println("Result written to " + out);
            }
        }
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Parse + tag + join + serialize in-process (no broker) over an in-memory corpus, after a warm-up.")
    static final class Tag implements Callable<Integer> {
        @Mixin
        CorpusOptions corpus;

        @Option(names = "--threads", paramLabel = "N", description = "Tagging threads (default: ${DEFAULT-VALUE}).")
        int threads = 1;

        @Option(names = "--warmup", paramLabel = "SECONDS", description = "Warm-up before measuring (default: ${DEFAULT-VALUE}).")
        double warmup = 15;

        @Option(names = "--duration", paramLabel = "SECONDS", description = "Measure for this long (default: ${DEFAULT-VALUE}).")
        double duration = 30;

        @Option(names = "--articles", paramLabel = "N", description = "Measure this many articles instead of a duration.")
        long articles;

        @Override
        public Integer call() {
            List<Nomination> nominations = AwardsData.loadShipped().nominations();
            BenchCorpus c = corpus.load(nominations);
            Map<String, Object> result = TagBench.run(c, ReferenceIndex.of(nominations),
                    new TagBench.Options(threads, warmup, duration, articles));
            corpus.report("bench tag", result);
            return 0;
        }
    }
}
