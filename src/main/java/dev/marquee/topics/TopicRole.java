package dev.marquee.topics;

import dev.marquee.config.MarqueeConfig;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a topic is for. Contracts name topics by their defaults, but a deployment may rename any of them in its
 * config, so a contract is matched to its actual topic by role.
 */
public enum TopicRole {
    ARTICLES("articles", MarqueeConfig::articlesTopic),
    ENRICHED("enriched", MarqueeConfig::enrichedTopic),
    DEAD_LETTER("dead-letter", MarqueeConfig::deadLetterTopic),
    AWARDS("awards", MarqueeConfig::awardsTopic),
    FILMS("films", MarqueeConfig::filmsTopic);

    private final String id;
    private final Function<MarqueeConfig, String> configuredName;

    TopicRole(String id, Function<MarqueeConfig, String> configuredName) {
        this.id = id;
        this.configuredName = configuredName;
    }

    /** The role as contracts write it. */
    public String id() {
        return id;
    }

    /** The topic that plays this role in the deployment {@code config} describes. */
    public String configuredName(MarqueeConfig config) {
        return configuredName.apply(config);
    }

    public static Optional<TopicRole> byId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
