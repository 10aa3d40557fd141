package dev.marquee.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The run's mentions grouped into one entity per key, with confidence, salience, ceremonies and categories. */
final class EntityGrouper {

    /** Outside English only entities this sure, linked to the reference or named by the award table, are kept. */
    private static final double HIGH_CONFIDENCE = 0.85;
    // Salience weights: share of the article's mentions (relative to its most mentioned entity), how early the
    // first mention comes, and whether the title names it. They sum to 1.
    private static final double SALIENCE_MENTIONS = 0.45;
    private static final double SALIENCE_FIRST = 0.25;
    private static final double SALIENCE_TITLE = 0.3;

    private final TaggingRun run;

    EntityGrouper(TaggingRun run) {
        this.run = run;
    }

    List<TaggedEntity> group() {
        Map<String, List<Found>> byKey = new LinkedHashMap<>();
        run.found.stream().sorted(Comparator.comparingInt(Found::from))
                .forEach(f -> byKey.computeIfAbsent(f.type() + " " + f.key(), k -> new ArrayList<>()).add(f));
        Map<String, Set<String>> categoriesByKey = categoriesByAward(byKey);
        int maxMentions = byKey.values().stream().mapToInt(List::size).max().orElse(1);
        String titleKey = " " + Names.normalize(run.title) + " ";
        List<TaggedEntity> out = new ArrayList<>(byKey.size());
        for (Map.Entry<String, List<Found>> group : byKey.entrySet()) {
            List<Found> fs = group.getValue();
            Found first = fs.get(0);
            double best = 0;
            List<Mention> mentions = new ArrayList<>(fs.size());
            Set<Ceremony> ceremonies = new LinkedHashSet<>();
            boolean inTitle = titleKey.contains(" " + Names.normalize(first.name()) + " ");
            for (Found f : fs) {
                best = Math.max(best, f.confidence());
                int start = run.toks.get(f.from()).start();
                int end = run.toks.get(f.to() - 1).end();
                mentions.add(new Mention(start, end, run.text.substring(start, end)));
                String surface = Names.normalize(run.text.substring(start, end));
                inTitle |= !surface.isEmpty() && titleKey.contains(" " + surface + " ");
                if (run.ceremonyAt.containsKey(f.from())) {
                    ceremonies.add(run.ceremonyAt.get(f.from()));
                }
            }
            // Outside English the word rules do not hold; only what needs none of them is kept.
            if (!run.english && !(best >= HIGH_CONFIDENCE && (first.type() == EntityType.AWARD || first.id() != null))) {
                continue;
            }
            double confidence = Math.min(0.99, best + 0.02 * (fs.size() - 1));
            double early = run.text.isEmpty() ? 0 : 1 - (double) mentions.get(0).start() / run.text.length();
            double salience = SALIENCE_MENTIONS * fs.size() / maxMentions + SALIENCE_FIRST * early
                    + (inTitle ? SALIENCE_TITLE : 0);
            out.add(new TaggedEntity(first.type(), first.key(), first.id(), first.name(), round(confidence), round(salience),
                    mentions, List.copyOf(ceremonies), List.copyOf(categoriesByKey.getOrDefault(group.getKey(), Set.of()))));
        }
        return out;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /**
     * Each category phrase belongs to the nearest award mention of its sentence ("his Golden Globe for best
     * screenplay"); with none there, to the article's only award body, if it has one.
     */
    private Map<String, Set<String>> categoriesByAward(Map<String, List<Found>> byKey) {
        Map<String, Set<String>> out = new HashMap<>();
        List<String> awardKeys = byKey.keySet().stream().filter(k -> k.startsWith(EntityType.AWARD + " ")).toList();
        for (CategoryAt c : run.categories) {
            int sentence = run.toks.get(c.from()).sentence();
            String owner = null;
            int distance = Integer.MAX_VALUE;
            for (Found f : run.found) {
                if (f.type() == EntityType.AWARD && run.toks.get(f.from()).sentence() == sentence
                        && Math.abs(f.from() - c.from()) < distance) {
                    distance = Math.abs(f.from() - c.from());
                    owner = f.type() + " " + f.key();
                }
            }
            if (owner == null && awardKeys.size() == 1) {
                owner = awardKeys.get(0);
            }
            if (owner != null) {
                out.computeIfAbsent(owner, k -> new TreeSet<>()).add(c.canonical());
            }
        }
        return out;
    }
}
