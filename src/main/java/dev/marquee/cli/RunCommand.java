package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.StreamApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** Runs the stream app against the configured cluster until SIGTERM/SIGINT. */
@Command(name = "run",
        description = {
                "Run the stream app against the configured Kafka cluster until stopped (SIGTERM or Ctrl-C: graceful shutdown).",
                "Reads raw articles, writes enriched events and dead letters; the awards reference topic must be loaded (load-awards)."})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() throws Exception {
        MarqueeConfig config = configOptions.load();
        StreamApp app = new StreamApp(config);
        Thread shutdownHook = new Thread(app::close, "marquee-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        app.start();
        app.awaitTermination();
        return app.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR ? 1 : 0;
    }
}
