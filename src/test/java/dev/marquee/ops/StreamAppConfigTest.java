package dev.marquee.ops;

import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Operations settings reach the Streams client the way an operator sets them: through the environment. */
class StreamAppConfigTest {

    @Test
    void shouldHandStateDirAndStandbyReplicasFromTheEnvironmentToKafkaStreams() {
        MarqueeConfig config = MarqueeConfig.load(null, Map.of(
                "MARQUEE_STATE_DIR", "/var/lib/marquee/state",
                "MARQUEE_NUM_STANDBY_REPLICAS", "2"));

        StreamsConfig streams = new StreamsConfig(StreamApp.streamsProperties(config));

        assertEquals("/var/lib/marquee/state", streams.getString(StreamsConfig.STATE_DIR_CONFIG));
        assertEquals(2, streams.getInt(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG));
    }

    @Test
    void shouldServeHttpOn8080UnlessToldOtherwiseAndAcceptMinusOneToTurnItOff() {
        assertEquals(8080, MarqueeConfig.load(null, Map.of()).httpPort());
        assertEquals(-1, MarqueeConfig.load(null, Map.of("MARQUEE_HTTP_PORT", "-1")).httpPort());
        assertEquals(0, MarqueeConfig.load(null, Map.of("MARQUEE_HTTP_PORT", "0")).httpPort());
        assertThrows(ConfigException.class, () -> MarqueeConfig.load(null, Map.of("MARQUEE_HTTP_PORT", "70000")));
    }
}
