package dev.marquee.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -cp <test classpath> dev.marquee.cli.Marquee <args>} as a child process, configured the way a
 * deployment configures it (environment variables, a config file). Its stdout and stderr go to a file: reading the
 * pipe instead races with the JDK draining it at exit, and the last lines, the shutdown ones, get lost.
 */
final class MarqueeProcess implements AutoCloseable {

    private final Process process;
    private final Path outputFile;

    private MarqueeProcess(Process process, Path outputFile) {
        this.process = process;
        this.outputFile = outputFile;
    }

    /** Starts the child with {@code env} on top of this JVM's environment minus any {@code MARQUEE_*} of the developer's shell. */
    static MarqueeProcess start(Path outputFile, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                // Surefire sets java.class.path to the whole test classpath, test logback config included.
                "-cp", System.getProperty("java.class.path"),
                "dev.marquee.cli.Marquee"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(outputFile.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("MARQUEE_"));
        builder.environment().putAll(env);
        try {
            return new MarqueeProcess(builder.start(), outputFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the Marquee child process", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Sends SIGTERM. */
    void terminate() {
        process.destroy();
    }

    /** Waits up to {@code timeout} for the exit; returns the exit code, or null if the process still runs. */
    Integer awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
    }

    /** Everything the child printed so far (stdout and stderr interleaved). */
    String output() {
        try {
            return Files.readString(outputFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Kills the child if it still runs (a failed test must not leave it behind). */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
