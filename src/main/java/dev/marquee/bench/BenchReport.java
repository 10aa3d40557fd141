package dev.marquee.bench;

import dev.marquee.serde.Json;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Prints a result as a two-column table (nested maps flattened to dotted names) and writes it as JSON. */
public final class BenchReport {

    private BenchReport() {
    }

    public static void print(String heading, Map<String, Object> result, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        flatten("", result, rows);
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(10);
        out.println(heading);
        out.println("-".repeat(Math.min(100, width + 40)));
        for (String[] row : rows) {
            out.printf("%-" + width + "s  %s%n", row[0], row[1]);
        }
        out.println();
    }

    public static void write(Map<String, Object> result, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.write(file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void flatten(String prefix, Object value, List<String[]> rows) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                flatten(prefix.isEmpty() ? e.getKey().toString() : prefix + "." + e.getKey(), e.getValue(), rows);
            }
        } else if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), rows);
            }
        } else {
            rows.add(new String[] {prefix, format(value)});
        }
    }

    private static String format(Object value) {
        if (value instanceof Long || value instanceof Integer) {
            return String.format("%,d", ((Number) value).longValue());
        }
        if (value instanceof Double d) {
            return Math.abs(d) >= 1000 ? String.format("%,.0f", d) : String.format("%.3f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return String.valueOf(value);
    }
}
