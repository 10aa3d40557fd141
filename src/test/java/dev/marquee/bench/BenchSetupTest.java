package dev.marquee.bench;

import dev.marquee.config.MarqueeConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchSetupTest {

    @Test
    void shouldKeepTheUsersSettingsButPointTheAppAtTheBenchsBrokerStateAndPortWithTheModesSettingsLast() {
        Map<String, String> user = Map.of("kafka.producer.linger.ms", "100", MarqueeConfig.BOOTSTRAP_SERVERS, "elsewhere:9092",
                MarqueeConfig.ROLE, "all");
        Map<String, String> settings = BenchSetup.appSettings(user, "localhost:1234", Path.of("/tmp/state-x"), "at_least_once",
                Map.of(MarqueeConfig.ROLE, "views"));

        assertEquals("100", settings.get("kafka.producer.linger.ms"), "a --set the bench has no reason to touch");
        assertEquals("localhost:1234", settings.get(MarqueeConfig.BOOTSTRAP_SERVERS), "the embedded broker, not the user's");
        assertEquals("marquee-bench", settings.get(MarqueeConfig.APPLICATION_ID));
        assertEquals("/tmp/state-x", settings.get(MarqueeConfig.STATE_DIR));
        assertEquals("at_least_once", settings.get(MarqueeConfig.PROCESSING_GUARANTEE));
        assertEquals("0", settings.get(MarqueeConfig.HTTP_PORT), "any free port");
        assertEquals("views", settings.get(MarqueeConfig.ROLE), "the mode's own setting wins");
    }
}
