package dev.marquee.ops;

import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StreamAppPropertiesTest {

    @Test
    void shouldRunExactlyOnceV2WhenNothingIsConfigured() {
        Properties props = StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of()));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Test
    void shouldLetTheProducerWriteDeadLettersUpToTheTopicContractLimit() {
        Properties props = StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of()));
        assertEquals(4 * 1024 * 1024, props.get("producer.max.request.size"));
    }

    @Test
    void shouldLingerFiveMillisecondsUnlessTheOperatorSetsTheProducerLinger() {
        Properties defaults = StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of()));
        assertEquals(5, defaults.get("producer.linger.ms"), "not the 100 ms Kafka Streams would set");

        Properties configured = StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of("MARQUEE_KAFKA_PRODUCER_LINGER_MS", "50")));
        assertEquals("50", String.valueOf(configured.get("producer.linger.ms")));
    }

    @Test
    void shouldLetTheKernelSizeTheReceiveBufferOfEveryConsumerUnlessTheOperatorSetsIt() {
        StreamsConfig defaults = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of())));
        for (Map<String, Object> consumer : List.of(defaults.getMainConsumerConfigs("group", "client", 0),
                defaults.getRestoreConsumerConfigs("client"), defaults.getGlobalConsumerConfigs("client"))) {
            assertEquals("-1", String.valueOf(consumer.get(ConsumerConfig.RECEIVE_BUFFER_CONFIG)), "not Kafka's fixed 64 KB");
        }

        StreamsConfig configured = new StreamsConfig(StreamApp.streamsProperties(
                MarqueeConfig.load(null, Map.of("MARQUEE_KAFKA_CONSUMER_RECEIVE_BUFFER_BYTES", "65536"))));
        assertEquals("65536", String.valueOf(configured.getMainConsumerConfigs("group", "client", 0).get(ConsumerConfig.RECEIVE_BUFFER_CONFIG)));
    }
}
