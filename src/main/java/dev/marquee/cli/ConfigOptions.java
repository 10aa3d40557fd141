package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The options every command that talks to Kafka shares: a config file and one-off overrides. */
public final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "Properties file (see config/marquee.properties). Env vars MARQUEE_* override it.")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT",
            description = "Kafka brokers; overrides the file and MARQUEE_BOOTSTRAP_SERVERS.")
    String bootstrapServers;

    public MarqueeConfig load() {
        if (bootstrapServers == null) {
            return MarqueeConfig.load(configFile, System.getenv());
        }
        return MarqueeConfig.load(configFile, withOverride(System.getenv(), MarqueeConfig.BOOTSTRAP_SERVERS, bootstrapServers));
    }

    private static Map<String, String> withOverride(Map<String, String> env, String setting, String value) {
        Map<String, String> out = new HashMap<>(env);
        out.put(MarqueeConfig.envName(setting), value);
        return out;
    }
}
