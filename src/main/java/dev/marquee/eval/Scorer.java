package dev.marquee.eval;

import dev.marquee.tag.EntityType;
import dev.marquee.tag.Names;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Document-level scoring with the rules of {@code ../shared/eval/README.md} (the same as its {@code score.py}):
 * per article and type, each predicted entity is compared by its normalized canonical name ({@link Names#normalize})
 * with every name of the gold entities; it is a true positive for the first gold entity it names that is still
 * unmatched, a duplicate (false positive) when every gold entity it names is already matched, ignored when it names
 * only an optional thing, else a false positive; gold entities left unmatched are false negatives. Counts are
 * micro-averaged over articles.
 *
 * <p>Where {@code score.py} and the README differ (a name listed under two gold entities, the first already
 * matched), this follows the README: the prediction takes the unmatched one.
 */
public final class Scorer {

    /** A predicted entity: what the scorer reads of the enriched event, plus the confidence for calibration. */
    public record Predicted(EntityType type, String name, double confidence) {
    }

    public enum Kind { TP, FP, DUP, FN, IGNORED }

    /** What became of one prediction or one gold entity; {@code confidence} is NaN for false negatives. */
    public record Outcome(String articleId, EntityType type, Kind kind, String name, double confidence) {
    }

    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** Counts per type, their sum, and every outcome in article order. */
    public record Result(Map<EntityType, Counts> byType, Counts all, List<Outcome> outcomes) {
    }

    private Scorer() {
    }

    /**
     * Scores {@code predictions} (by article id) against {@code gold}. Articles missing from the predictions have
     * predicted nothing; predictions for articles not in the gold are not scored.
     */
    public static Result score(List<GoldArticle> gold, Map<String, List<Predicted>> predictions) {
        Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);
        List<Outcome> outcomes = new ArrayList<>();
        for (EntityType type : EntityType.values()) {
            byType.put(type, new Counts(0, 0, 0));
        }
        for (GoldArticle g : gold) {
            List<Predicted> predicted = predictions.getOrDefault(g.id(), List.of());
            Set<String> optional = new HashSet<>();
            g.optional().forEach(name -> optional.add(Names.normalize(name)));
            for (EntityType type : EntityType.values()) {
                Counts c = scoreType(g.id(), type, g.of(type), predicted, optional, outcomes);
                byType.merge(type, c, Counts::plus);
            }
        }
        Counts all = byType.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        return new Result(byType, all, outcomes);
    }

    private static Counts scoreType(String articleId, EntityType type, List<List<String>> goldGroups,
                                    List<Predicted> predicted, Set<String> optional, List<Outcome> outcomes) {
        List<Set<String>> groups = new ArrayList<>(goldGroups.size());
        for (List<String> names : goldGroups) {
            Set<String> normalized = new HashSet<>();
            names.forEach(name -> normalized.add(Names.normalize(name)));
            groups.add(normalized);
        }
        boolean[] matched = new boolean[groups.size()];
        int tp = 0;
        int fp = 0;
        for (Predicted p : predicted) {
            if (p.type() != type) {
                continue;
            }
            String name = Names.normalize(p.name());
            int free = -1;
            boolean named = false;
            for (int i = 0; i < groups.size() && free < 0; i++) {
                if (groups.get(i).contains(name)) {
                    named = true;
                    free = matched[i] ? -1 : i;
                }
            }
            Kind kind;
            if (free >= 0) {
                matched[free] = true;
                tp++;
                kind = Kind.TP;
            } else if (named) {
                fp++;
                kind = Kind.DUP;
            } else if (optional.contains(name)) {
                kind = Kind.IGNORED;
            } else {
                fp++;
                kind = Kind.FP;
            }
            outcomes.add(new Outcome(articleId, type, kind, p.name(), p.confidence()));
        }
        int fn = 0;
        for (int i = 0; i < matched.length; i++) {
            if (!matched[i]) {
                fn++;
                outcomes.add(new Outcome(articleId, type, Kind.FN, goldGroups.get(i).get(0), Double.NaN));
            }
        }
        return new Counts(tp, fp, fn);
    }
}
