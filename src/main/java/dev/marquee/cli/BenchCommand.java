package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.bench.BenchCorpus;
import dev.marquee.bench.BenchReport;
import dev.marquee.bench.E2eBench;
import dev.marquee.bench.GrowthBench;
import dev.marquee.bench.GrowthChart;
import dev.marquee.bench.StartupBench;
import dev.marquee.serde.Json;
import dev.marquee.bench.TagBench;
import dev.marquee.bench.ViewsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code bench}: repeatable speed, latency and memory measurements of Marquee (see docs/performance.md). */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = {
                "Measure Marquee: tagging speed in-process (tag), the whole stream app on an embedded broker (e2e),",
                "the dashboards' views alone over a backlog (views), start-up time and memory (startup), and how speed",
                "grows with article length and catalogue size (growth).",
                "Each mode prints a table and writes a JSON result with --out. The generated corpus measures speed only."},
        subcommands = {BenchCommand.Tag.class, BenchCommand.E2e.class, BenchCommand.Views.class, BenchCommand.Startup.class, BenchCommand.Growth.class,
                BenchCommand.Chart.class, BenchCommand.Corpus.class})
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

    /** The heap of issue 7's memory target; an app JVM the bench launches gets it first, so a user's own -Xmx, later, wins. */
    static final String DEFAULT_HEAP = "-Xmx512m";

    /**
     * The default heap, then the user's options. When a list option is given, picocli replaces its initial value,
     * so a default kept there was lost to the first JVM option given (a GC log option silently left the app the JVM's
     * default heap, a quarter of the machine's memory).
     */
    static List<String> withDefaultHeap(List<String> jvmArgs) {
        List<String> args = new ArrayList<>(List.of(DEFAULT_HEAP));
        args.addAll(jvmArgs);
        return List.copyOf(args);
    }

    /** Options of the modes that run the stream app: its processing guarantee and any other setting. */
    static final class AppOptions {
        @Option(names = "--guarantee", paramLabel = "G", description = "exactly_once_v2 (default, production) or at_least_once.")
        String guarantee = "exactly_once_v2";

        @Option(names = "--set", paramLabel = "SETTING=VALUE",
                description = "Any other app setting for the run, repeatable, e.g. --set kafka.producer.linger.ms=100 (see the README's configuration table).")
        Map<String, String> settings = new LinkedHashMap<>();

        /** The guarantee, one of the Streams guarantees the benches accept, or a usage error of {@code command}. */
        String guarantee(picocli.CommandLine.Model.CommandSpec command) {
            if (!E2eBench.guarantees().contains(guarantee)) {
                throw new picocli.CommandLine.ParameterException(command.commandLine(), "--guarantee must be one of " + E2eBench.guarantees());
            }
            return guarantee;
        }
    }

    /** The warm-up every measuring mode has: a minimum, then longer while the JIT compilers are still busy. */
    static final class WarmupOptions {
        @Option(names = "--warmup", paramLabel = "SECONDS", description = "Warm-up before measuring, at least (default: ${DEFAULT-VALUE}).")
        double seconds = 15;

        @Option(names = "--warmup-max", paramLabel = "SECONDS",
                description = {"The warm-up goes on in 5 s slices while the JIT compilers use more than a tenth of a core, up to this",
                        "(default: ${DEFAULT-VALUE}); at or below --warmup, the warm-up is exactly --warmup."})
        double maxSeconds = 300;
    }

    @Command(name = "tag", mixinStandardHelpOptions = true,
            description = "Parse + tag + join + serialize in-process (no broker) over an in-memory corpus, after a warm-up.")
    static final class Tag implements Callable<Integer> {
        @Mixin
        CorpusOptions corpus;

        @Option(names = "--threads", paramLabel = "N", description = "Tagging threads (default: ${DEFAULT-VALUE}).")
        int threads = 1;

        @Mixin
        WarmupOptions warmup;

        @Option(names = "--duration", paramLabel = "SECONDS", description = "Measure for this long (default: ${DEFAULT-VALUE}).")
        double duration = 30;

        @Option(names = "--articles", paramLabel = "N", description = "Measure this many articles instead of a duration.")
        long articles;

        @Override
        public Integer call() {
            List<Nomination> nominations = AwardsData.loadShipped().nominations();
            BenchCorpus c = corpus.load(nominations);
            Map<String, Object> result = TagBench.run(c, ReferenceIndex.of(nominations, FilmsData.loadShipped().films()),
                    new TagBench.Options(threads, warmup.seconds, warmup.maxSeconds, duration, articles), System.err);
            corpus.report("bench tag", result);
            return 0;
        }
    }

    @Command(name = "e2e", mixinStandardHelpOptions = true,
            description = {"The real stream app on an in-process KRaft broker with the full awards reference: finds the sustained",
                    "maximum rate flat out, then measures end-to-end latency (send -> visible to a read_committed consumer) and",
                    "consumer lag at 50%% and 100%% of it; checks every article comes back exactly once."})
    static final class E2e implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        CorpusOptions corpus;

        @Option(names = "--threads", paramLabel = "N", description = "Stream threads (num.stream.threads, default: ${DEFAULT-VALUE}).")
        int threads = 1;

        @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the article topics (default: ${DEFAULT-VALUE}, as topics/).")
        int partitions = 6;

        @Option(names = "--commit-interval-ms", paramLabel = "MS", description = "commit.interval.ms (default: ${DEFAULT-VALUE}, the app's default).")
        long commitIntervalMs = 100;

        @Mixin
        WarmupOptions warmup;

        @Option(names = "--duration", paramLabel = "SECONDS", description = "Length of each measured phase (default: ${DEFAULT-VALUE}).")
        double duration = 30;

        @Option(names = "--rate", paramLabel = "ARTICLES_PER_S", description = "One phase at this fixed rate instead of max, 50%% and 100%%.")
        double rate;

        @Option(names = "--window", paramLabel = "N", description = "Articles in flight when flat out (default: ${DEFAULT-VALUE}).")
        int window = 64;

        @Option(names = "--tag-baseline", paramLabel = "SECONDS", description = "Tag-mode run in the same JVM first, for the e2e/tag ratio; 0 skips (default: ${DEFAULT-VALUE}).")
        double tagBaseline = 20;

        @Mixin
        AppOptions app;

        @Option(names = "--app-jvm-arg", paramLabel = "ARG",
                description = "Run the app in a JVM of its own, as deployed, with this JVM option, repeatable (e.g. --app-jvm-arg -Xmx512m); "
                        + "without it the app runs in the bench's JVM.")
        List<String> appJvmArgs = new java.util.ArrayList<>();

        @Option(names = "--latencies", paramLabel = "FILE",
                description = "Write every measured article's latency (when sent, partition, latency split at processed_at) as CSV to FILE.")
        Path latencies;

        @Override
        public Integer call() {
            String guarantee = app.guarantee(spec);
            BenchCorpus c = corpus.load(AwardsData.loadShipped().nominations());
            Map<String, Object> result = E2eBench.run(c, () -> AwardsData.loadShipped().nominations(), () -> FilmsData.loadShipped().films(),
                    new E2eBench.Options(threads, partitions, commitIntervalMs, guarantee, warmup.seconds, warmup.maxSeconds, duration, rate,
                            window, tagBaseline, app.settings, appJvmArgs, latencies), System.err);
            corpus.report("bench e2e", result);
            return "pass".equals(result.get("exactly_once_check")) ? 0 : 1;
        }
    }

    @Command(name = "views", mixinStandardHelpOptions = true,
            description = {"The dashboards' views alone (role=views) in their own JVM: a backlog of enriched events and entity mentions,",
                    "made in-process by the enrichment's pipeline, is written before the app starts; reports how fast the views",
                    "commit it, over the whole backlog and its second half, and the app's CPU per article."})
    static final class Views implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        CorpusOptions corpus;

        @Option(names = "--articles", paramLabel = "N", description = "Articles in the backlog (default: ${DEFAULT-VALUE}).")
        int articles = 10_000;

        @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the enriched topic (default: ${DEFAULT-VALUE}, as topics/).")
        int partitions = 6;

        @Mixin
        AppOptions app;

        @Option(names = "--app-jvm-arg", paramLabel = "ARG", description = {"JVM option of the app, repeatable. Added after " + DEFAULT_HEAP
                + ", which a later -Xmx replaces."})
        List<String> jvmArgs = new ArrayList<>();

        @Override
        public Integer call() {
            String guarantee = app.guarantee(spec);
            BenchCorpus c = corpus.load(AwardsData.loadShipped().nominations());
            Map<String, Object> result = ViewsBench.run(c, () -> AwardsData.loadShipped().nominations(), () -> FilmsData.loadShipped().films(),
                    new ViewsBench.Options(articles, partitions, guarantee, app.settings, appJvmArgs()), System.err);
            corpus.report("bench views", result);
            return 0;
        }

        List<String> appJvmArgs() {
            return withDefaultHeap(jvmArgs);
        }
    }

    @Command(name = "corpus", mixinStandardHelpOptions = true,
            description = "Write the generated corpus as JSONL of raw articles (to read it, or to feed the tag command or --corpus).")
    static final class Corpus implements Callable<Integer> {
        @Option(names = "--corpus-size", paramLabel = "N", description = "Articles to generate (default: ${DEFAULT-VALUE}); the shipped samples are added.")
        int corpusSize = 300;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
        long seed = 42;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the JSONL.")
        Path out;

        @Override
        public Integer call() throws java.io.IOException {
            BenchCorpus c = BenchCorpus.generated(AwardsData.loadShipped().nominations(), seed, corpusSize);
            try (java.io.OutputStream o = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(out))) {
                for (BenchCorpus.Entry e : c.entries()) {
                    o.write(e.raw());
                    o.write('\n');
                }
            }
            System.out.printf("%s: %,d words written to %s%n", c.description(), c.words(), out);
            return 0;
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true,
            description = {"Time from launching a fresh app JVM (java -cp ... dev.marquee.cli.Marquee run) to RUNNING, with the full",
                    "reference data (nominations and films) loaded into an in-process broker first; then heap after GC (jcmd) and RSS after tagging a batch."})
    static final class Startup implements Callable<Integer> {
        @Mixin
        CorpusOptions corpus;

        @Option(names = "--runs", paramLabel = "N", description = "Fresh app processes to measure (default: ${DEFAULT-VALUE}).")
        int runs = 3;

        @Option(names = "--jvm-arg", paramLabel = "ARG", description = {"JVM option of the app process, repeatable. Added after " + DEFAULT_HEAP
                + ", which a later -Xmx replaces."})
        List<String> jvmArgs = new ArrayList<>();

        @Option(names = "--steady-articles", paramLabel = "N", description = "Articles tagged before reading heap and RSS (default: ${DEFAULT-VALUE}).")
        int steadyArticles = 200;

        @Option(names = "--cds", description = {"Start the app as the Docker image does: with a class data sharing archive, recorded",
                "first by a demo run of this jar (about 20 s)."})
        boolean cds;

        @Override
        public Integer call() {
            List<Nomination> nominations = AwardsData.loadShipped().nominations();
            Map<String, Object> result = StartupBench.run(corpus.load(nominations), nominations, FilmsData.loadShipped().films(),
                    new StartupBench.Options(runs, appJvmArgs(), steadyArticles, cds), System.err);
            corpus.report("bench startup", result);
            return 0;
        }

        List<String> appJvmArgs() {
            return withDefaultHeap(jvmArgs);
        }
    }

    @Command(name = "growth", mixinStandardHelpOptions = true,
            description = {"Words/s (1 thread) over articles of fixed lengths, and over the standard corpus with the catalogue padded",
                    "to multiples of its size with generated entries. Draw it with: bench chart --in RESULT.json --out CHART.svg"})
    static final class Growth implements Callable<Integer> {
        @Option(names = "--lengths", split = ",", paramLabel = "WORDS", description = "Article lengths (default: ${DEFAULT-VALUE}).")
        List<Integer> lengths = List.of(100, 300, 1_000, 3_000, 10_000, 20_000);

        @Option(names = "--catalogue-factors", split = ",", paramLabel = "N", description = "Catalogue multiples (default: ${DEFAULT-VALUE}).")
        List<Integer> factors = List.of(1, 10);

        @Mixin
        WarmupOptions warmup;

        @Option(names = "--duration", paramLabel = "SECONDS", description = "Measuring time per point (default: ${DEFAULT-VALUE}).")
        double duration = 10;

        @Option(names = "--corpus-size", paramLabel = "N", description = "Articles of the catalogue sweep's corpus (default: ${DEFAULT-VALUE}).")
        int corpusSize = 300;

        @Option(names = "--seed", paramLabel = "N", description = "Seed of the corpus generator (default: ${DEFAULT-VALUE}).")
        long seed = 42;

        @Option(names = "--rounds", paramLabel = "N",
                description = "Times each point is measured, in a rotated order each round; a point reports its median (default: ${DEFAULT-VALUE}).")
        int rounds = 3;

        @Option(names = "--out", paramLabel = "FILE", description = "Write the result as JSON to FILE.")
        Path out;

        @Override
        public Integer call() {
            Map<String, Object> result = GrowthBench.run(AwardsData.loadShipped().nominations(), FilmsData.loadShipped().films(),
                    new GrowthBench.Options(lengths, factors, warmup.seconds, warmup.maxSeconds, duration, seed, corpusSize, rounds), System.err);
            BenchReport.print("bench growth", result, System.out);
            if (out != null) {
                BenchReport.write(result, out);
                System.out.println("Result written to " + out);
            }
            return 0;
        }
    }

    @Command(name = "chart", mixinStandardHelpOptions = true, description = "Draw a growth result (JSON) as an SVG chart.")
    static final class Chart implements Callable<Integer> {
        @Option(names = "--in", paramLabel = "FILE", required = true, description = "JSON written by bench growth --out.")
        Path in;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "SVG file to write.")
        Path out;

        @Override
        @SuppressWarnings("unchecked")
        public Integer call() throws java.io.IOException {
            Map<String, Object> growth = Json.MAPPER.readValue(in.toFile(), Map.class);
            java.nio.file.Files.writeString(out, GrowthChart.svg(growth));
            System.out.println("Chart written to " + out);
            return 0;
        }
    }
}
