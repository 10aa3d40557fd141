package dev.marquee.bench;

import dev.marquee.awards.ReferenceIndex;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import dev.marquee.serde.Json;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * The per-article work of the stream app without a broker: parse the raw record, tag, join with the awards, write
 * the enriched event's JSON bytes, which is what the enrich step and its serde do per record. Runs on
 * {@code threads} threads sharing one pipeline (as stream threads share one tagger), each first warming up, then
 * measuring for a duration or an article count.
 */
public final class TagBench {

    /**
     * @param warmupMaxSeconds the warm-up goes on past {@code warmupSeconds} while the JIT compilers are busy, up to
     *                         this ({@link Warmup}); at or below {@code warmupSeconds}, it is exactly that
     * @param articles stop after this many articles in total; 0 means run for {@code durationSeconds}
     */
    public record Options(int threads, double warmupSeconds, double warmupMaxSeconds, double durationSeconds, long articles) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }
    }

    private TagBench() {
    }

    public static Map<String, Object> run(BenchCorpus corpus, ReferenceIndex index, Options options, PrintStream progress) {
        ArticlePipeline pipeline = ArticlePipeline.over(index, Clock.systemUTC());
        ArticleParser parser = new ArticleParser(Integer.MAX_VALUE);
        List<byte[]> records = new ArrayList<>(corpus.size());
        int[] words = new int[corpus.size()];
        for (int i = 0; i < corpus.size(); i++) {
            records.add(corpus.entries().get(i).raw());
            words[i] = corpus.entries().get(i).words();
        }
        Map<String, Object> result = BenchEnv.resultHeader("tag", corpus);
        result.put("threads", options.threads());

        Worker[] workers = new Worker[options.threads()];
        CyclicBarrier start = new CyclicBarrier(options.threads() + 1);
        CyclicBarrier measure = new CyclicBarrier(options.threads() + 1);
        long perThread = options.articles() == 0 ? Long.MAX_VALUE : Math.max(1, options.articles() / options.threads());
        for (int t = 0; t < workers.length; t++) {
            workers[t] = new Worker(pipeline, parser, records, words, t * records.size() / workers.length, perThread, start, measure);
        }
        for (Worker w : workers) {
            w.thread.start();
        }
        try {
            start.await();
            result.put("warmup", Warmup.run(options.warmupSeconds(), options.warmupMaxSeconds(), ProcessCpu::jitNanos, TagBench::sleepSeconds, progress).toJson());
            for (Worker w : workers) {
                w.warm = false;
            }
            measure.await();
            long begin = System.nanoTime();
            if (options.articles() == 0) {
                sleepSeconds(options.durationSeconds());
                for (Worker w : workers) {
                    w.stop = true;
                }
            }
            for (Worker w : workers) {
                w.thread.join();
            }
            long elapsed = System.nanoTime() - begin;
            summarize(result, workers, elapsed);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("tag bench interrupted", e);
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("a tag bench worker failed", e);
        }
        for (Worker w : workers) {
            if (w.failure != null) {
                throw new IllegalStateException("a tag bench worker failed: " + w.failure, w.failure);
            }
        }
        result.put("heap_after_gc_mb", round(BenchEnv.heapAfterGcMb()));
        result.put("load_average_after", BenchEnv.loadAverage());
        return result;
    }

    private static void summarize(Map<String, Object> result, Worker[] workers, long elapsedNanos) {
        long articles = 0;
        long words = 0;
        long allocated = 0;
        long cpuNanos = 0;
        int samples = 0;
        for (Worker w : workers) {
            articles += w.count;
            words += w.words;
            allocated += w.allocated;
            cpuNanos += w.cpuNanos;
            samples += w.count;
        }
        long[] all = new long[samples];
        int at = 0;
        for (Worker w : workers) {
            System.arraycopy(w.latencies, 0, all, at, (int) w.count);
            at += (int) w.count;
        }
        double seconds = elapsedNanos / 1e9;
        result.put("elapsed_s", round(seconds));
        result.put("articles", articles);
        result.put("words", words);
        result.put("articles_per_s", round(articles / seconds));
        result.put("words_per_s", Math.round(words / seconds));
        result.put("words_per_s_per_thread", Math.round(words / seconds / workers.length));
        // Per second of CPU the tagging threads got: what a core of their own would do. On a shared, loaded machine
        // wall-clock figures fall with other people's work; this one mostly does not.
        result.put("words_per_cpu_s", cpuNanos == 0 ? 0 : Math.round(words / (cpuNanos / 1e9)));
        result.put("cpu_share", round(cpuNanos / 1e9 / seconds / workers.length));
        result.put("latency_ms", latencyMillis(Percentiles.of(all)));
        result.put("allocated_bytes_per_article", articles == 0 ? 0 : allocated / articles);
        result.put("allocation_mb_per_s", round(allocated / seconds / (1024 * 1024)));
    }

    /** p50/p95/p99/max/mean of nanosecond samples, in milliseconds. */
    static Map<String, Object> latencyMillis(Percentiles p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("samples", p.count());
        m.put("p50", round(p.at(50) / 1e6));
        m.put("p95", round(p.at(95) / 1e6));
        m.put("p99", round(p.at(99) / 1e6));
        m.put("max", round(p.max() / 1e6));
        m.put("mean", round(p.mean() / 1e6));
        return m;
    }

    static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private static void sleepSeconds(double seconds) throws InterruptedException {
        Thread.sleep(Math.max(0, Math.round(seconds * 1000)));
    }

    private static final class Worker implements Runnable {
        private static final com.sun.management.ThreadMXBean THREADS =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

        final Thread thread;
        private final ArticlePipeline pipeline;
        private final ArticleParser parser;
        private final List<byte[]> records;
        private final int[] wordsOf;
        private final long limit;
        private final CyclicBarrier start;
        private final CyclicBarrier measure;
        private int next;
        volatile boolean warm = true;
        volatile boolean stop;
        long[] latencies = new long[1 << 14];
        long count;
        long words;
        long allocated;
        long cpuNanos;
        Throwable failure;

        Worker(ArticlePipeline pipeline, ArticleParser parser, List<byte[]> records, int[] wordsOf, int first, long limit,
               CyclicBarrier start, CyclicBarrier measure) {
            this.pipeline = pipeline;
            this.parser = parser;
            this.records = records;
            this.wordsOf = wordsOf;
            this.next = first;
            this.limit = limit;
            this.start = start;
            this.measure = measure;
            this.thread = new Thread(this, "tag-bench-" + first);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                start.await();
                while (warm) {
                    once();
                }
                measure.await();
                long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                while (!stop && count < limit) {
                    int i = next;
                    long t0 = System.nanoTime();
                    once();
                    long took = System.nanoTime() - t0;
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, latencies.length * 2);
                    }
                    latencies[(int) count++] = took;
                    words += wordsOf[i];
                }
                allocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
                cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuBefore;
            } catch (Throwable e) {
                failure = e;
                start.reset();
                measure.reset();
            }
        }

        /** One article, the next of the corpus in a cycle. */
        private void once() {
            byte[] record = records.get(next);
            next = (next + 1) % records.size();
            if (!(parser.parse(record) instanceof ParseOutcome.Valid valid)) {
                throw new IllegalStateException("a corpus record does not parse");
            }
            byte[] out = Json.toBytes(pipeline.process(valid.article()));
            if (out.length == 0) {
                throw new IllegalStateException("empty enriched event");
            }
        }
    }
}
