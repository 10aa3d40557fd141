package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.NominationPublisher;
import dev.marquee.awards.NominationPublisher.PublishException;
import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;

/** Loads the awards reference files and publishes every nomination to the compacted awards topic. */
@Command(name = "load-awards",
        mixinStandardHelpOptions = true,
        description = {
                "Reads the Academy Awards and Golden Globe files (the shipped ones unless overridden), publishes every "
                        + "nomination to the awards topic keyed by its stable nomination key, and prints the odd rows "
                        + "found by kind.",
                "Reloading the same files produces the same keys, so the compacted topic keeps one record per nomination."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all nominations published and acknowledged",
                "1:a file could not be read or publishing failed (broker unreachable, timeout)",
                "2:invalid configuration"})
public final class LoadAwardsCommand implements Callable<Integer> {

    /** Bounded so an unreachable broker fails in seconds rather than after the client's one-minute default. */
    static final Duration MAX_BLOCK = Duration.ofSeconds(15);
    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);
    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    @Mixin
    ConfigOptions config;

    @Option(names = "--oscars", paramLabel = "FILE",
            description = "Academy Awards TSV to load instead of the shipped reference/awards/oscars.tsv.")
    Path oscars;

    @Option(names = "--golden-globes", paramLabel = "FILE",
            description = "Golden Globe CSV to load instead of the shipped reference/awards/golden_globe_awards.csv.")
    Path goldenGlobes;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        for (Path file : new Path[]{oscars, goldenGlobes}) {
            if (file != null && !Files.isReadable(file)) {
                err.println("Cannot read " + file.toAbsolutePath());
                return 1;
            }
        }
        MarqueeConfig cfg = config.load();
        AwardsData data;
        try {
            data = AwardsData.load(oscars, goldenGlobes);
        } catch (RuntimeException e) {
            err.println("Cannot load the awards files: " + e.getMessage());
            return 1;
        }
        err.printf("Loaded %,d nominations in %d ms; publishing to %s at %s%n",
                data.nominations().size(), data.report().loadMillis(), cfg.awardsTopic(), cfg.bootstrapServers());
        err.flush();

        NominationPublisher.Result result;
        Producer<String, byte[]> producer = null;
        try {
            producer = new KafkaProducer<>(producerProperties(cfg), new StringSerializer(), new ByteArraySerializer());
            result = new NominationPublisher(producer, cfg.awardsTopic(), System.err).publish(data.nominations());
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
        out.printf("Published %,d nominations to %s, %,d acknowledged, in %d ms%n",
                result.sent(), cfg.awardsTopic(), result.acknowledged(), result.millis());
        out.flush();
        return 0;
    }

    static Map<String, Object> producerProperties(MarqueeConfig cfg) {
        Map<String, Object> props = cfg.kafkaClientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "marquee-load-awards");
        return props;
    }
}
