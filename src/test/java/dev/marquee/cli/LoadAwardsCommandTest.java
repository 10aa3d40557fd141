package dev.marquee.cli;

import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadAwardsCommandTest {

    @Test
    void shouldExplainItsOptionsInHelp() {
        StringWriter out = new StringWriter();
        CommandLine cli = Marquee.commandLine();
        cli.setOut(new PrintWriter(out));

        int exit = cli.execute("load-awards", "--help");

        assertEquals(0, exit);
        String help = out.toString();
        for (String option : new String[]{"--oscars", "--golden-globes", "--bootstrap-servers", "--config", "Exit codes"}) {
            assertTrue(help.contains(option), option + " missing from:\n" + help);
        }
    }

    @Test
    void shouldUseAnIdempotentProducerWithOneRequestInFlightAndBoundedTimeouts() {
        Map<String, Object> props = ReferencePublisher.producerProperties(MarqueeConfig.of(Map.of("bootstrap.servers", "broker:9092")), LoadAwardsCommand.CLIENT_ID);

        assertEquals("all", props.get(ProducerConfig.ACKS_CONFIG));
        assertEquals(true, props.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals(1, props.get(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION));
        assertEquals("broker:9092", props.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertTrue((int) props.get(ProducerConfig.MAX_BLOCK_MS_CONFIG) <= 15_000);
        assertTrue((int) props.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG) <= 30_000);
    }

    @Test
    void shouldLetAKafkaOverrideOfTheConfigWinOverTheDefaults() {
        Map<String, Object> props = ReferencePublisher.producerProperties(MarqueeConfig.of(Map.of("kafka.max.block.ms", "2000")), LoadAwardsCommand.CLIENT_ID);

        assertEquals("2000", props.get(ProducerConfig.MAX_BLOCK_MS_CONFIG));
    }

    @Test
    void shouldFailWithAClearMessageForAMissingFile() {
        StringWriter err = new StringWriter();
        CommandLine cli = Marquee.commandLine();
        cli.setErr(new PrintWriter(err));

        int exit = cli.execute("load-awards", "--oscars", Path.of("no-such-dir", "oscars.tsv").toString());

        assertEquals(1, exit);
        assertTrue(err.toString().contains("Cannot read"), err.toString());
    }
}
