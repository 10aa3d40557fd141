package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.StreamApp;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import sun.misc.Signal;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** Runs the stream app against the configured cluster until SIGTERM/SIGINT. */
@Command(name = "run",
        description = {
                "Run the stream app against the configured Kafka cluster until stopped (SIGTERM or Ctrl-C: graceful shutdown",
                "within shutdown.timeout.ms; exit code 0 when it was clean). HTTP endpoints /health, /ready, /metrics on http.port.",
                "Reads raw articles, writes enriched events and dead letters; the awards reference topic must be loaded (load-awards)."})
final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    /** After shutdown.timeout.ms, time for the HTTP endpoints and the reference loader to close and the exit code to be set. */
    private static final long HALT_GRACE_MS = 2_000;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        MarqueeConfig config = configOptions.load();
        StreamApp app = new StreamApp(config);
        // SIGTERM and SIGINT are handled here instead of in a shutdown hook: a JVM stopped by a signal exits with
        // 143/130 whatever its hooks do, while this way the exit code says whether the shutdown was clean.
        CountDownLatch stop = new CountDownLatch(1);
        for (String signal : new String[]{"TERM", "INT"}) {
            Signal.handle(new Signal(signal), s -> {
                LOG.info("SIG{} received: shutting down gracefully (at most {} ms)", s.getName(), config.shutdownTimeoutMs());
                if (stop.getCount() > 0) {
                    haltAfter(config.shutdownTimeoutMs() + HALT_GRACE_MS);
                }
                stop.countDown();
            });
        }
        // Any other way out of the JVM (System.exit elsewhere, SIGHUP) still closes the app.
        Runtime.getRuntime().addShutdownHook(new Thread(app::close, "marquee-shutdown"));
        Thread fatal = new Thread(() -> {
            try {
                app.awaitTermination();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop.countDown();
        }, "marquee-termination-watch");
        fatal.setDaemon(true);
        fatal.start();

        app.start();
        stop.await();
        boolean failed = app.state() == KafkaStreams.State.ERROR || app.state() == KafkaStreams.State.PENDING_ERROR;
        boolean clean = app.shutdown();
        return failed || !clean ? 1 : 0;
    }

    /**
     * Bounds the exit after a signal even where the graceful path cannot run: while the Streams client starts it
     * holds its lock until the global thread has its partitions, which with an unreachable broker takes the
     * client's {@code default.api.timeout.ms} (60 s), longer than an orchestrator waits before SIGKILL.
     * Nothing has been processed then, so exiting loses nothing.
     */
    private static void haltAfter(long millis) {
        Thread deadline = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            LOG.error("Shutdown not finished {} ms after the signal (the Streams client is still starting or closing): exiting with code 1",
                    millis);
            Runtime.getRuntime().halt(1);
        }, "marquee-shutdown-deadline");
        deadline.setDaemon(true);
        deadline.start();
    }
}
