package dev.marquee.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java main class run in a child JVM on this test run's classpath, its output appended to a log file. A child can
 * be killed with SIGKILL, which is the only honest way to test what a crash leaves behind.
 */
final class ChildJvm {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;

    ChildJvm(String name, List<String> jvmOptions, String mainClass, List<String> args, Map<String, String> environment, Path logFile) {
        this.name = name;
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        // Under Surefire this is the full test classpath (main + test classes + every dependency).
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        this.command = List.copyOf(cmd);
        this.environment = Map.copyOf(environment);
        this.logFile = logFile;
    }

    synchronized void start() {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.getParent());
            appendLog("==== start " + name + " ====\n");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** SIGKILL: no shutdown hook, no flush, no commit, exactly like a crashed host. */
    synchronized void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
            appendLog("==== killed -9 " + name + " ====\n");
        }
    }

    /** SIGTERM, then SIGKILL if it has not exited within {@code grace}. */
    synchronized void stop(Duration grace) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
        }
    }

    synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The log written since the last start, for waiting on a line and for failure messages. */
    String logSinceStart() {
        try {
            String all = Files.readString(logFile, StandardCharsets.UTF_8);
            int start = all.lastIndexOf("==== start " + name + " ====");
            return start < 0 ? all : all.substring(start);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String tail(int lines) {
        String[] all = logSinceStart().split("\n");
        return String.join("\n", List.of(all).subList(Math.max(0, all.length - lines), all.length));
    }

    private void appendLog(String line) {
        try {
            Files.writeString(logFile, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
