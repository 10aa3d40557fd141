package dev.marquee.bench;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.AppJvmOptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stream app in a JVM of its own, as it is deployed: {@code java <jvm args> -cp <this classpath>
 * dev.marquee.cli.Marquee run}, its settings given as {@code MARQUEE_*} env vars, launched and followed until its
 * "-> RUNNING" log line. Closing it stops it (SIGTERM: a graceful shutdown). A bench stopped by a signal or Ctrl-C
 * stops it too: an app left running would share the cores with the next measurement.
 */
final class AppProcess implements AutoCloseable {

    static final String MAIN_CLASS = "dev.marquee.cli.Marquee";
    private static final Pattern RUNNING = Pattern.compile("-> RUNNING");
    /** StreamApp's own count, from creating the Streams client to RUNNING: the rest of the time is JVM and CLI start. */
    private static final Pattern APP_MS = Pattern.compile("\\((\\d+) ms after start");
    /** The app's own account of restoring each reference store (ReferenceRestoreListener). */
    private static final Pattern REFERENCE_LOADED = Pattern.compile("(Loaded \\S+-reference-store .*)");
    /** StreamApp's line naming the port its HTTP endpoints bound (the bench gives it port 0: any free one). */
    private static final Pattern HTTP_PORT = Pattern.compile("HTTP endpoints .* on port (\\d+)");
    /**
     * One heap space of {@code GC.heap_info}: G1 prints the whole heap on one such line, Serial and Parallel one line
     * per generation. Metaspace lines ("used …K, committed") do not match.
     */
    private static final Pattern HEAP_SPACE_USED = Pattern.compile("total \\d+K, used (\\d+)K");
    /** Log lines kept for the error report of a start that fails. */
    private static final int LOG_LINES_KEPT = 200;

    private final Process process;
    private final Thread stopOnExit;
    private final long runningMs;
    private final List<String> log;

    private AppProcess(Process process, Thread stopOnExit, long runningMs, List<String> log) {
        this.process = process;
        this.stopOnExit = stopOnExit;
        this.runningMs = runningMs;
        this.log = log;
    }

    /** The app JVM as a result reports it: {@code java}, the shipped options, then the bench user's. */
    static String describeJvm(List<String> jvmArgs) {
        return "java " + String.join(" ", jvmOptions(jvmArgs));
    }

    private static List<String> jvmOptions(List<String> jvmArgs) {
        List<String> options = new ArrayList<>(AppJvmOptions.RECOMMENDED);
        options.addAll(jvmArgs);
        return options;
    }

    /**
     * The app's command line: the options the app ships with ({@link AppJvmOptions#RECOMMENDED}), then the bench user's,
     * which win where they set the same option.
     */
    static List<String> command(List<String> jvmArgs) {
        List<String> command = new ArrayList<>();
        command.add(jdkTool("java").toString());
        command.addAll(jvmOptions(jvmArgs));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN_CLASS, "run"));
        return command;
    }

    /** A tool of the JDK this bench runs on ({@code java}, {@code jcmd}), so child JVMs match it. */
    static Path jdkTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name);
    }

    /** Launches the app with these settings and waits up to two minutes for RUNNING. */
    static AppProcess launch(Map<String, String> settings, List<String> jvmArgs) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command(jvmArgs)).redirectErrorStream(true);
        settings.forEach((setting, value) -> builder.environment().put(MarqueeConfig.envName(setting), value));
        // The bench follows the app's own INFO lines (RUNNING, the reference loads), whatever level the caller logs at.
        builder.environment().put("MARQUEE_LOG_LEVEL", "INFO");
        long launched = System.nanoTime();
        Process process = builder.start();
        Thread stopOnExit = new Thread(process::destroy, "bench-app-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        CompletableFuture<Long> running = new CompletableFuture<>();
        List<String> log = new ArrayList<>();
        Thread pump = new Thread(() -> pump(process, running, log), "bench-app-log");
        pump.setDaemon(true);
        pump.start();
        try {
            long runningAt = running.get(120, TimeUnit.SECONDS);
            return new AppProcess(process, stopOnExit, TimeUnit.NANOSECONDS.toMillis(runningAt - launched), log);
        } catch (Exception e) {
            stop(process, stopOnExit);
            synchronized (log) {
                throw new IllegalStateException("the app never reported RUNNING; its log:\n" + String.join("\n", log), e);
            }
        }
    }

    /** From launch to the RUNNING log line. */
    long runningMs() {
        return runningMs;
    }

    long pid() {
        return process.pid();
    }

    /** The port of the app's HTTP endpoints, from its log. */
    int httpPort() {
        return firstLogged(HTTP_PORT).map(m -> Integer.parseInt(m.group(1)))
                .orElseThrow(() -> new IllegalStateException("the app logged no HTTP port before RUNNING"));
    }

    /** CPU the app's JVM has used since it was launched, all its threads. */
    private long cpuNanos() {
        return process.toHandle().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    /** The app JVM's CPU so far by role (JIT, GC, the rest). */
    ProcessCpu.Snapshot cpuByRole() {
        return ProcessCpu.of(process.pid(), cpuNanos());
    }

    double rssMb() {
        return TagBench.round(BenchEnv.rssMb(process.pid()));
    }

    /** What the app logged of its own start: Streams client to RUNNING, and the reference loads. */
    Map<String, Object> appAccount() {
        Map<String, Object> m = new LinkedHashMap<>();
        firstLogged(APP_MS).ifPresent(x -> m.put("streams_client_to_running_ms", Long.parseLong(x.group(1))));
        synchronized (log) {
            m.put("reference_loads", log.stream().map(REFERENCE_LOADED::matcher).filter(Matcher::find).map(x -> x.group(1)).toList());
        }
        return m;
    }

    /** The first kept log line with this pattern, matched. */
    private Optional<Matcher> firstLogged(Pattern pattern) {
        synchronized (log) {
            return log.stream().map(pattern::matcher).filter(Matcher::find).findFirst();
        }
    }

    /** Heap in use after a full GC of the app, via jcmd (GC.run, then GC.heap_info); -1 if jcmd is unavailable. */
    double heapAfterGcMb() throws IOException, InterruptedException {
        Path jcmd = jdkTool("jcmd");
        if (!Files.isExecutable(jcmd)) {
            return -1;
        }
        String pid = String.valueOf(process.pid());
        new ProcessBuilder(jcmd.toString(), pid, "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, TimeUnit.SECONDS);
        Process info = new ProcessBuilder(jcmd.toString(), pid, "GC.heap_info").redirectErrorStream(true).start();
        String out = new String(info.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        info.waitFor(60, TimeUnit.SECONDS);
        long usedKb = heapUsedKb(out);
        return usedKb < 0 ? -1 : TagBench.round(usedKb / 1024.0);
    }

    /** Heap in use in {@code jcmd GC.heap_info} output, summed over generations, in KiB; -1 if it shows none. */
    static long heapUsedKb(String heapInfo) {
        Matcher used = HEAP_SPACE_USED.matcher(heapInfo);
        long total = 0;
        boolean found = false;
        while (used.find()) {
            total += Long.parseLong(used.group(1));
            found = true;
        }
        return found ? total : -1;
    }

    @Override
    public void close() throws InterruptedException {
        stop(process, stopOnExit);
    }

    private static void stop(Process process, Thread stopOnExit) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it only repeats the destroy
        }
    }

    private static void pump(Process app, CompletableFuture<Long> running, List<String> log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!running.isDone() && RUNNING.matcher(line).find()) {
                    running.complete(System.nanoTime());
                }
                synchronized (log) {
                    if (log.size() < LOG_LINES_KEPT) {
                        log.add(line);
                    }
                }
            }
        } catch (IOException ignored) {
            // the app went away; the caller's timeout reports it
        }
        running.completeExceptionally(new IllegalStateException("the app exited"));
    }
}
