package dev.marquee.it;

import dev.marquee.config.MarqueeConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stream app as users run it, {@code marquee run}, in a child JVM configured only through {@code MARQUEE_*}
 * env vars, with a state dir of its own. Killed with SIGKILL to test crash recovery.
 */
public final class AppProcess implements AutoCloseable {

    /** Logged by StreamApp's state listener; the only view a test has of a child's state. */
    private static final String RUNNING_LINE = "-> RUNNING";

    private final String name;
    private final ChildJvm jvm;

    /**
     * @param settings Marquee settings ({@code bootstrap.servers}, {@code kafka.session.timeout.ms}…), passed as env vars
     */
    public AppProcess(String name, Map<String, String> settings, Path workDir) {
        this.name = name;
        Map<String, String> env = new HashMap<>();
        // MarqueeConfig.envName maps kafka.* settings to MARQUEE_KAFKA_* too.
        settings.forEach((k, v) -> env.put(MarqueeConfig.envName(k), v));
        env.putIfAbsent(MarqueeConfig.envName(MarqueeConfig.STATE_DIR), workDir.resolve(name + "-state").toAbsolutePath().toString());
        // INFO so the state transitions reach the log; libraries stay at ERROR (logback-test.xml).
        env.put("MARQUEE_LOG_LEVEL", "INFO");
        this.jvm = new ChildJvm(name, List.of("-Xmx384m", "-XX:+UseSerialGC"), "dev.marquee.cli.Marquee", List.of("run"), env,
                workDir.resolve(name + ".log"));
    }

    public AppProcess start() {
        jvm.start();
        return this;
    }

    /** Waits until this run of the app has logged RUNNING; fails with the log tail if it exits or takes too long. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (jvm.logSinceStart().contains(RUNNING_LINE)) {
                return;
            }
            if (!jvm.isAlive()) {
                throw new IllegalStateException(name + " exited before RUNNING; log tail:\n" + jvm.tail(40));
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException(name + " not RUNNING within " + timeout + "; log tail:\n" + jvm.tail(40));
    }

    public void kill() throws InterruptedException {
        jvm.kill();
    }

    public boolean isAlive() {
        return jvm.isAlive();
    }

    public String logTail(int lines) {
        return jvm.tail(lines);
    }

    /** SIGTERM: the graceful shutdown path a user's Ctrl-C or a container stop takes. */
    @Override
    public void close() throws InterruptedException {
        jvm.stop(Duration.ofSeconds(30));
    }
}
