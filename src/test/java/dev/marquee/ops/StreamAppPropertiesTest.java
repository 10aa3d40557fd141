package dev.marquee.ops;

import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

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
}
