package dev.marquee.ops;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes metrics in the Prometheus text exposition format 0.0.4: per family one {@code # HELP} and one
 * {@code # TYPE} line, then its samples. Names and label names are sanitized to the format's alphabet; label
 * values and help texts are escaped. The format is small enough that a client library would add more than it saves.
 */
public final class PrometheusWriter {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    /** One value of a gauge or counter family, with its labels (sanitized and escaped on output). */
    public record Sample(Map<String, String> labels, double value) {
    }

    private final StringBuilder out;

    public PrometheusWriter(StringBuilder out) {
        this.out = out;
    }

    public PrometheusWriter counter(String name, String help, List<Sample> samples) {
        return family(name, "counter", help, samples);
    }

    public PrometheusWriter gauge(String name, String help, List<Sample> samples) {
        return family(name, "gauge", help, samples);
    }

    /**
     * A histogram series: {@code _bucket} lines with cumulative counts (the last {@code le="+Inf"}), {@code _sum}
     * and {@code _count}.
     *
     * @param upperBounds  inclusive bucket bounds, increasing
     * @param bucketCounts counts per bucket, not cumulative: one per bound, then the count above the last bound
     */
    public PrometheusWriter histogram(String name, String help, Map<String, String> labels, double[] upperBounds,
                                      long[] bucketCounts, double sum) {
        if (bucketCounts.length != upperBounds.length + 1) {
            throw new IllegalArgumentException("Need one count per bound plus the overflow count: "
                    + upperBounds.length + " bounds, " + bucketCounts.length + " counts");
        }
        String family = metricName(name);
        header(family, "histogram", help);
        long cumulative = 0;
        for (int i = 0; i < upperBounds.length; i++) {
            cumulative += bucketCounts[i];
            line(family + "_bucket", labels, "le", formatValue(upperBounds[i]), cumulative);
        }
        cumulative += bucketCounts[upperBounds.length];
        line(family + "_bucket", labels, "le", "+Inf", cumulative);
        line(family + "_sum", labels, null, null, sum);
        line(family + "_count", labels, null, null, cumulative);
        return this;
    }

    private PrometheusWriter family(String name, String type, String help, List<Sample> samples) {
        if (samples.isEmpty()) {
            return this;
        }
        String family = metricName(name);
        header(family, type, help);
        for (Sample s : samples) {
            line(family, s.labels(), null, null, s.value());
        }
        return this;
    }

    private void header(String family, String type, String help) {
        if (help != null && !help.isBlank()) {
            out.append("# HELP ").append(family).append(' ').append(escapeHelp(help)).append('\n');
        }
        out.append("# TYPE ").append(family).append(' ').append(type).append('\n');
    }

    private void line(String name, Map<String, String> labels, String extraLabel, String extraValue, double value) {
        out.append(name);
        if (!labels.isEmpty() || extraLabel != null) {
            out.append('{');
            boolean first = true;
            // Sorted, so a series prints the same way every time whatever map the caller built.
            for (Map.Entry<String, String> l : new TreeMap<>(labels).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                out.append(labelName(l.getKey())).append("=\"").append(escapeLabelValue(String.valueOf(l.getValue()))).append('"');
            }
            if (extraLabel != null) {
                out.append(first ? "" : ",").append(extraLabel).append("=\"").append(extraValue).append('"');
            }
            out.append('}');
        }
        out.append(' ').append(formatValue(value)).append('\n');
    }

    /** {@code [a-zA-Z_:][a-zA-Z0-9_:]*}: every other character becomes '_' ("stream-thread-metrics" → "stream_thread_metrics"). */
    static String metricName(String raw) {
        return sanitize(raw, true);
    }

    /** {@code [a-zA-Z_][a-zA-Z0-9_]*} ("client-id" → "client_id"). */
    static String labelName(String raw) {
        return sanitize(raw, false);
    }

    private static String sanitize(String raw, boolean colonAllowed) {
        StringBuilder s = new StringBuilder(raw.length() + 1);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colonAllowed && c == ':')
                    || (i > 0 && c >= '0' && c <= '9');
            if (i == 0 && c >= '0' && c <= '9') {
                s.append('_').append(c);
            } else {
                s.append(ok ? c : '_');
            }
        }
        return s.length() == 0 ? "_" : s.toString();
    }

    /** Label values escape backslash, double quote and line feed. */
    static String escapeLabelValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Help texts escape backslash and line feed (quotes stay as they are). */
    static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }

    /** Whole numbers without a fraction, others in plain decimal, and the format's spellings of NaN and infinities. */
    static String formatValue(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
