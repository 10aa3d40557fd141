package dev.marquee.it;

import dev.marquee.config.MarqueeConfig;

import java.util.HashMap;
import java.util.Map;

/** App settings the end-to-end and fault tests share; everything else is Marquee's default, exactly_once_v2 included. */
public final class FaultSettings {

    /** Scale of the kill tests: reduced by default for CI, raised by the {@code faults-long} Maven profile. */
    public static final int KILLS = Integer.getInteger("marquee.faults.kills", 10);
    public static final int ARTICLES = Integer.getInteger("marquee.faults.articles", 5_000);

    private FaultSettings() {
    }

    public static Map<String, String> app(String bootstrapServers, String applicationId) {
        Map<String, String> settings = new HashMap<>();
        settings.put(MarqueeConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        settings.put(MarqueeConfig.APPLICATION_ID, applicationId);
        // Several instances share this machine (and other builds may too): HTTP on any free port, never a fixed one.
        settings.put(MarqueeConfig.HTTP_PORT, "0");
        // A SIGKILLed member stays in the consumer group until its session expires, and the next rebalance waits for
        // it: the 45 s default would make every kill cycle last most of a minute. 6 s is the broker's minimum.
        settings.put("kafka.session.timeout.ms", "6000");
        settings.put("kafka.heartbeat.interval.ms", "2000");
        return settings;
    }
}
