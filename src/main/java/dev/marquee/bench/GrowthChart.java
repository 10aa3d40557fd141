package dev.marquee.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The growth result as a self-contained SVG: words per CPU-second of the tagging thread (the measure that survives
 * other people's load on a shared machine; see docs/performance.md) against article length (log scale) on the left,
 * and for each catalogue size on the right, both with a ±15% / ±10% band around the median, the targets' tolerance.
 */
public final class GrowthChart {

    private static final int W = 900;
    private static final int H = 380;
    private static final int TOP = 50;
    private static final int BOTTOM = 310;
    private static final String METRIC = "words_per_cpu_s";

    private GrowthChart() {
    }

    public static String svg(Map<String, Object> growth) {
        List<Map<String, Object>> lengths = list(growth.get("length_sweep"));
        List<Map<String, Object>> catalogues = list(growth.get("catalogue_sweep"));
        double max = 0;
        for (Map<String, Object> p : lengths) {
            max = Math.max(max, rate(p));
        }
        for (Map<String, Object> p : catalogues) {
            max = Math.max(max, rate(p));
        }
        double yMax = niceCeiling(max * 1.2);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                + "font-family=\"sans-serif\" font-size=\"12\">%n", W, H, W, H));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(text(W / 2, 22, "Marquee tagging speed (words per CPU-second, 1 thread): article length and catalogue size", "middle", 15));

        // Left panel: length sweep, log x.
        int l0 = 80;
        int l1 = 560;
        axes(s, l0, l1, yMax, "article length (words, log scale)");
        double minLen = Math.log10(lengths.stream().mapToDouble(p -> num(p.get("article_words"))).min().orElse(100));
        double maxLen = Math.log10(lengths.stream().mapToDouble(p -> num(p.get("article_words"))).max().orElse(20000));
        band(s, l0, l1, yMax, lengths, 0.15);
        StringBuilder path = new StringBuilder();
        for (Map<String, Object> p : lengths) {
            double x = l0 + 20 + (Math.log10(num(p.get("article_words"))) - minLen) / Math.max(1e-9, maxLen - minLen) * (l1 - l0 - 40);
            double y = y(rate(p), yMax);
            path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#1f77b4\"/>%n", x, y));
            s.append(text(x, BOTTOM + 16, String.format(Locale.ROOT, "%,d", (long) num(p.get("article_words"))), "middle", 11));
            s.append(text(x, y - 9, String.format(Locale.ROOT, "%,.0fk", rate(p) / 1000), "middle", 10));
        }
        s.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#1f77b4\" stroke-width=\"2\"/>\n");

        // Right panel: catalogue sizes as bars.
        int r0 = 640;
        int r1 = 870;
        axes(s, r0, r1, yMax, "catalogue size");
        band(s, r0, r1, yMax, catalogues, 0.10);
        int slot = (r1 - r0) / Math.max(1, catalogues.size());
        for (int i = 0; i < catalogues.size(); i++) {
            Map<String, Object> p = catalogues.get(i);
            double x = r0 + slot * i + slot * 0.25;
            double y = y(rate(p), yMax);
            s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#ff7f0e\"/>%n",
                    x, y, slot * 0.5, BOTTOM - y));
            s.append(text(x + slot * 0.25, BOTTOM + 16, String.format(Locale.ROOT, "%dx (%,d)", (long) num(p.get("factor")),
                    (long) num(p.get("catalogue_entities"))), "middle", 11));
            s.append(text(x + slot * 0.25, y - 6, String.format(Locale.ROOT, "%,.0fk", rate(p) / 1000), "middle", 10));
        }
        s.append(text(W / 2, H - 12, "shaded: median ±15% (length) and ±10% (catalogue), the issue-7 tolerances", "middle", 11));
        s.append("</svg>\n");
        return s.toString();
    }

    private static void axes(StringBuilder s, int x0, int x1, double yMax, String label) {
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, BOTTOM, x1, BOTTOM));
        s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>%n", x0, TOP, x0, BOTTOM));
        for (int i = 0; i <= 4; i++) {
            double v = yMax * i / 4;
            double y = y(v, yMax);
            s.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/>%n", x0, y, x1, y));
            s.append(text(x0 - 6, y + 4, String.format(Locale.ROOT, "%,.0fk", v / 1000), "end", 11));
        }
        s.append(text((x0 + x1) / 2.0, BOTTOM + 34, label, "middle", 12));
    }

    private static void band(StringBuilder s, int x0, int x1, double yMax, List<Map<String, Object>> points, double tolerance) {
        long[] rates = points.stream().mapToLong(p -> (long) rate(p)).toArray();
        if (rates.length == 0) {
            return;
        }
        double median = Percentiles.of(rates).at(50);
        double top = y(median * (1 + tolerance), yMax);
        double bottom = y(median * (1 - tolerance), yMax);
        s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#2ca02c\" fill-opacity=\"0.12\"/>%n",
                x0 + 1, top, x1 - x0 - 1, bottom - top));
    }

    private static double y(double v, double yMax) {
        return BOTTOM - v / yMax * (BOTTOM - TOP);
    }

    private static String text(double x, double y, String t, String anchor, int size) {
        return String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>%n", x, y, anchor, size,
                t.replace("&", "&amp;").replace("<", "&lt;"));
    }

    private static double niceCeiling(double v) {
        double step = Math.pow(10, Math.floor(Math.log10(Math.max(v, 1))));
        return Math.ceil(v / step) * step;
    }

    private static double rate(Map<String, Object> p) {
        return num(p.get(METRIC));
    }

    private static double num(Object o) {
        return ((Number) o).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return o == null ? List.of() : (List<Map<String, Object>>) o;
    }
}
