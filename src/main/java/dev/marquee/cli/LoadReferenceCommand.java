package dev.marquee.cli;

import dev.marquee.awards.KeyedRecord;
import dev.marquee.awards.LoadReport;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.awards.ReferencePublisher.PublishException;
import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * What {@code load-awards} and {@code load-films} share: read reference files, publish every record to its
 * compacted topic keyed by its stable key, print the odd rows found. Subclasses say which files, topic and records.
 */
abstract class LoadReferenceCommand implements Callable<Integer> {

    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** Records read from the files, with what reading them met. */
    record Loaded(List<? extends KeyedRecord> records, LoadReport report) {
    }

    @Mixin
    ConfigOptions config;

    @Spec
    CommandSpec spec;

    /** Files the user named instead of the shipped ones (null where not overridden). */
    abstract List<Path> overriddenFiles();

    abstract Loaded load();

    abstract String topic(MarqueeConfig cfg);

    /** What one record is, for messages ("nominations", "films"). */
    abstract String noun();

    abstract String clientId();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : overriddenFiles()) {
            if (file != null && !Files.isReadable(file)) {
                err.println("Cannot read " + file.toAbsolutePath());
                return 1;
            }
        }
        MarqueeConfig cfg = config.load();
        Loaded data;
        try {
            data = load();
        } catch (RuntimeException e) {
            err.println("Cannot load the " + noun() + ": " + e.getMessage());
            return 1;
        }
        String topic = topic(cfg);
        err.printf("Loaded %,d %s in %d ms; publishing to %s at %s%n",
                data.records().size(), noun(), data.report().loadMillis(), topic, cfg.bootstrapServers());
        err.flush();

        ReferencePublisher.Result result;
        Producer<String, byte[]> producer = null;
        try {
            producer = ReferencePublisher.newProducer(cfg, clientId());
            result = new ReferencePublisher(producer, topic, System.err).publish(data.records(), noun());
        } catch (PublishException | KafkaException e) {
            err.println("Publishing to " + cfg.bootstrapServers() + " failed: " + e.getMessage()
                    + " (is the broker running and reachable?)");
            return 1;
        } finally {
            if (producer != null) {
                // Records still buffered after a failure are abandoned rather than waited for.
                producer.close(CLOSE_TIMEOUT);
            }
        }
        out.print(data.report().format());
        out.printf("Published %,d %s to %s, %,d acknowledged, in %d ms%n",
                result.sent(), noun(), topic, result.acknowledged(), result.millis());
        out.flush();
        return 0;
    }
}
