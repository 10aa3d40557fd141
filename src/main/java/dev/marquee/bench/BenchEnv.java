package dev.marquee.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The machine and its load, recorded next to every result: figures from a busy shared machine are noisy. */
public final class BenchEnv {

    private BenchEnv() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("time", Instant.now().toString());
        env.put("cpus", Runtime.getRuntime().availableProcessors());
        env.put("cpu_model", cpuModel());
        env.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("jvm_args", ManagementFactory.getRuntimeMXBean().getInputArguments());
        env.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        env.put("load_average", loadAverage());
        return env;
    }

    /** The 1, 5 and 15 minute load averages from /proc/loadavg; empty where there is no /proc. */
    public static List<Double> loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return List.of(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2]));
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Resident set size of a process in MiB from /proc/PID/status (VmRSS), or -1 where unavailable. */
    public static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** Heap in use after a full collection, in MiB. */
    public static double heapAfterGcMb() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }

    /** The first fields of every corpus-driven result: mode, machine, and which corpus was measured. */
    static Map<String, Object> resultHeader(String mode, BenchCorpus corpus) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("mode", mode);
        result.put("env", describe());
        result.put("corpus", corpus.description());
        result.put("corpus_articles", corpus.size());
        result.put("corpus_words", corpus.words());
        result.put("corpus_skipped_lines", corpus.skipped());
        return result;
    }
}
