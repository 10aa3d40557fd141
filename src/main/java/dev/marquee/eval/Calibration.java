package dev.marquee.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability table of scored predictions: confidence in buckets of 0.1 against the share that was right. A
 * calibrated tagger has each bucket's precision close to its mean confidence. Ignored predictions (optional names)
 * do not count; duplicates count as wrong, as the scorer counts them.
 */
public final class Calibration {

    /** One bucket [from, to): predictions in it, how many were right, their mean confidence. */
    public record Bucket(double from, double to, int count, int correct, double meanConfidence) {
        public double precision() {
            return count == 0 ? 0 : (double) correct / count;
        }
    }

    private static final int BUCKETS = 10;

    private Calibration() {
    }

    /** Non-empty buckets, lowest confidence first. */
    public static List<Bucket> table(List<Scorer.Outcome> outcomes) {
        int[] count = new int[BUCKETS];
        int[] correct = new int[BUCKETS];
        double[] sum = new double[BUCKETS];
        for (Scorer.Outcome o : outcomes) {
            boolean scored = o.kind() == Scorer.Kind.TP || o.kind() == Scorer.Kind.FP || o.kind() == Scorer.Kind.DUP;
            if (!scored) {
                continue;
            }
            int b = Math.min(BUCKETS - 1, Math.max(0, (int) Math.floor(o.confidence() * BUCKETS)));
            count[b]++;
            correct[b] += o.kind() == Scorer.Kind.TP ? 1 : 0;
            sum[b] += o.confidence();
        }
        List<Bucket> out = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            if (count[b] > 0) {
                out.add(new Bucket((double) b / BUCKETS, (double) (b + 1) / BUCKETS, count[b], correct[b], sum[b] / count[b]));
            }
        }
        return out;
    }

    /** Expected calibration error: the count-weighted mean gap between confidence and precision. */
    public static double expectedError(List<Bucket> table) {
        int total = table.stream().mapToInt(Bucket::count).sum();
        if (total == 0) {
            return 0;
        }
        double gap = 0;
        for (Bucket b : table) {
            gap += b.count() * Math.abs(b.meanConfidence() - b.precision());
        }
        return gap / total;
    }
}
