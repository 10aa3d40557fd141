package dev.marquee.bench;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToLongFunction;

/**
 * How tagging speed grows: words/s over articles of one length each (a quadratic step in tokenizing, matching or
 * coreference shows as falling words/s on long articles), and over the same corpus with the catalogue padded to a
 * multiple of its entries. One thread, each point measured after its own short warm-up, following one long warm-up.
 * Every catalogue of the sweep is held at once so that the rounds can alternate them: the heap must hold them all
 * (a 10× catalogue is about 1.2 million entities; run-bench gives this mode {@code -Xmx4g}).
 */
public final class GrowthBench {

    /** @param rounds times each point is measured, the points in a rotated order each round; a point reports its median */
    public record Options(List<Integer> lengths, List<Integer> catalogueFactors, double warmupSeconds, double warmupMaxSeconds,
                          double secondsPerPoint, long seed, int corpusSize, int rounds) {
        public Options {
            if (rounds < 1) {
                throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
            }
        }
    }

    /** Words per point's corpus: enough articles that one odd article does not decide a point. */
    private static final int WORDS_PER_POINT = 60_000;

    /** Capitalized words film titles of the padding are made of: the padding also finds candidates in the text. */
    private static final String[] TITLE_WORDS = {"Last", "Night", "River", "Winter", "House", "Secret", "Blue", "Road",
            "Summer", "King", "Stranger", "City", "Dark", "Garden", "Silent", "Mountain", "Queen", "Fire", "Long",
            "Letter", "Crew", "Studio", "Opening", "Scene", "Final", "Cut", "Weekend", "Spring", "Trailer", "Deadline",
            "Hotel", "Press", "Tour", "Budget", "Sound", "Ending", "Kingdom", "Echo", "Harbor", "Empire"};
    private static final String[] SYLLABLES = {"ka", "lo", "ren", "vi", "tor", "sa", "mel", "dun", "bri", "ost", "ley",
            "mar", "an", "ek", "zo", "fen", "ud", "ris", "pal", "gor"};

    private GrowthBench() {
    }

    public static Map<String, Object> run(List<Nomination> nominations, List<FilmRecord> films, Options options, PrintStream progress) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", "growth");
        result.put("env", BenchEnv.describe());
        ReferenceIndex base = ReferenceIndex.of(nominations, films);
        BenchCorpus standard = BenchCorpus.generated(nominations, options.seed(), options.corpusSize());
        progress.printf("Warm-up %.0f s, longer while the JIT compilers are busy ...%n", options.warmupSeconds());
        result.put("warmup", TagBench.run(standard, base, new TagBench.Options(1, options.warmupSeconds(), options.warmupMaxSeconds(), 1, 0),
                progress).get("warmup"));

        List<BenchCorpus> lengthCorpora = new ArrayList<>();
        for (int words : options.lengths()) {
            lengthCorpora.add(BenchCorpus.ofLength(nominations, options.seed(), Math.max(3, WORDS_PER_POINT / words), words));
        }
        List<List<Map<String, Object>>> lengthRuns = interleaved(options.lengths(), options.rounds(), (i, round) -> {
            Map<String, Object> r = point(lengthCorpora.get(i), base, options, progress);
            progress.printf("round %d/%d: %,7d-word articles: %,d words/s, %,d words/cpu-s%n", round + 1, options.rounds(),
                    options.lengths().get(i), r.get("words_per_s"), r.get("words_per_cpu_s"));
            return r;
        });
        List<Map<String, Object>> lengths = new ArrayList<>();
        for (int i = 0; i < options.lengths().size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article_words", options.lengths().get(i));
            m.put("articles", lengthCorpora.get(i).entries().size());
            m.putAll(medians(lengthRuns.get(i)));
            m.put("load_average", BenchEnv.loadAverage());
            lengths.add(m);
        }
        result.put("rounds", options.rounds());
        result.put("length_sweep", lengths);
        result.put("length_spread_pct", spread(lengths, "words_per_s"));
        result.put("length_spread_pct_cpu", spread(lengths, "words_per_cpu_s"));

        int baseEntities = entities(nominations) + films.size();
        List<ReferenceIndex> indexes = new ArrayList<>();
        for (int factor : options.catalogueFactors()) {
            indexes.add(factor == 1 ? base : padded(nominations, films, baseEntities * (factor - 1), options.seed()));
        }
        List<List<Map<String, Object>>> catalogueRuns = interleaved(options.catalogueFactors(), options.rounds(), (i, round) -> {
            Map<String, Object> r = point(standard, indexes.get(i), options, progress);
            progress.printf("round %d/%d: catalogue %2dx: %,d words/s, %,d words/cpu-s%n", round + 1, options.rounds(),
                    options.catalogueFactors().get(i), r.get("words_per_s"), r.get("words_per_cpu_s"));
            return r;
        });
        List<Map<String, Object>> catalogues = new ArrayList<>();
        for (int i = 0; i < options.catalogueFactors().size(); i++) {
            int factor = options.catalogueFactors().get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("factor", factor);
            m.put("catalogue_entities", baseEntities * factor);
            m.put("nominations", indexes.get(i).size());
            m.putAll(medians(catalogueRuns.get(i)));
            m.put("load_average", BenchEnv.loadAverage());
            catalogues.add(m);
        }
        result.put("corpus", standard.description());
        result.put("catalogue_sweep", catalogues);
        result.put("catalogue_spread_pct", spread(catalogues, "words_per_s"));
        result.put("catalogue_spread_pct_cpu", spread(catalogues, "words_per_cpu_s"));
        return result;
    }

    /** Measures one point of a sweep: its index, and the round (from 0). */
    interface Measure {
        Map<String, Object> at(int point, int round);
    }

    /**
     * Each point {@code rounds} times, round r starting at point r: the machine's drift during a sweep (other load,
     * clock changes) then falls on every point alike instead of on the last ones. The results by point, in round order.
     */
    static List<List<Map<String, Object>>> interleaved(List<?> points, int rounds, Measure measure) {
        List<List<Map<String, Object>>> byPoint = new ArrayList<>();
        points.forEach(p -> byPoint.add(new ArrayList<>()));
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < points.size(); k++) {
                int i = (k + round) % points.size();
                byPoint.get(i).add(measure.at(i, round));
            }
        }
        return byPoint;
    }

    /** A point's figures: the median over its rounds (nearest rank: of two, the lower), and every round's. */
    static Map<String, Object> medians(List<Map<String, Object>> runs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("words_per_s", median(runs, r -> ((Number) r.get("words_per_s")).longValue()));
        m.put("words_per_cpu_s", median(runs, r -> ((Number) r.get("words_per_cpu_s")).longValue()));
        m.put("rounds_words_per_s", runs.stream().map(r -> r.get("words_per_s")).toList());
        m.put("rounds_words_per_cpu_s", runs.stream().map(r -> r.get("words_per_cpu_s")).toList());
        return m;
    }

    private static long median(List<Map<String, Object>> runs, ToLongFunction<Map<String, Object>> metric) {
        return Percentiles.of(runs.stream().mapToLong(metric).toArray()).at(50);
    }

    private static Map<String, Object> point(BenchCorpus corpus, ReferenceIndex index, Options options, PrintStream progress) {
        double warmup = Math.min(3, options.warmupSeconds());
        return TagBench.run(corpus, index, new TagBench.Options(1, warmup, warmup, options.secondsPerPoint(), 0), progress);
    }

    /** Largest deviation of words/s from the median point, in percent of the median (the ±% the targets speak of). */
    static double spread(List<Map<String, Object>> points, String metric) {
        long[] rates = points.stream().mapToLong(p -> ((Number) p.get(metric)).longValue()).toArray();
        if (rates.length == 0) {
            return 0;
        }
        long median = Percentiles.of(rates).at(50);
        double worst = 0;
        for (long r : rates) {
            worst = Math.max(worst, Math.abs(r - median) * 100.0 / median);
        }
        return TagBench.round(worst);
    }

    static int entities(List<Nomination> nominations) {
        Set<String> ids = new HashSet<>();
        for (Nomination n : nominations) {
            n.films().forEach(f -> ids.add(f.id()));
            n.nominees().forEach(p -> ids.add(p.id()));
        }
        return ids.size();
    }

    /** A capitalized made-up word of 2–4 syllables. */
    private static String invented(Random random) {
        StringBuilder word = new StringBuilder();
        for (int s = 0, k = 2 + random.nextInt(3); s < k; s++) {
            word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /**
     * The shipped index plus generated nominations naming {@code extra} new entities: half films with titles of 1–4
     * capitalized words, three in ten of them ordinary words (some occur in the corpus, so the tagger meets more
     * candidates, as it will with a large films catalogue), the rest invented; half people with invented surnames and
     * first names of real nominees.
     */
    static ReferenceIndex padded(List<Nomination> nominations, List<FilmRecord> films, int extra, long seed) {
        ReferenceIndex index = ReferenceIndex.of(nominations, films);
        List<String> firstNames = new ArrayList<>();
        for (Nomination n : nominations) {
            for (EntityRef p : n.nominees()) {
                if (p.name() != null && p.name().contains(" ")) {
                    firstNames.add(p.name().substring(0, p.name().indexOf(' ')));
                }
            }
        }
        Random random = new Random(seed);
        index.beginBulkLoad();
        for (int i = 0; i < extra / 2; i++) {
            StringBuilder title = new StringBuilder();
            int words = 1 + random.nextInt(4);
            for (int w = 0; w < words; w++) {
                // Mostly invented words, so a title is shared by a few films at most, as in real catalogues.
                String word = random.nextInt(10) < 3 ? TITLE_WORDS[random.nextInt(TITLE_WORDS.length)] : invented(random);
                title.append(w == 0 ? "" : w == 1 && random.nextBoolean() ? " of " : " ").append(word);
            }
            String person = firstNames.get(random.nextInt(firstNames.size())) + " " + invented(random);
            index.upsert(new Nomination("bench-pad-" + i, AwardBodies.ACADEMY_AWARDS, 100, 2028, "2027", "PADDING", "PADDING",
                    List.of(new EntityRef("mq:pad:film:" + i, title.toString())),
                    List.of(new EntityRef("mq:pad:person:" + i, person)), false, null));
        }
        index.endBulkLoad();
        return index;
    }
}
