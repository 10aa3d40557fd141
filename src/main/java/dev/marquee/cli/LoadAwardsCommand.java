package dev.marquee.cli;

import dev.marquee.awards.AwardsData;
import dev.marquee.config.MarqueeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
public final class LoadAwardsCommand extends LoadReferenceCommand {

    static final String CLIENT_ID = "marquee-load-awards";

    @Option(names = "--oscars", paramLabel = "FILE",
            description = "Academy Awards TSV to load instead of the shipped reference/awards/oscars.tsv.")
    Path oscars;

    @Option(names = "--golden-globes", paramLabel = "FILE",
            description = "Golden Globe CSV to load instead of the shipped reference/awards/golden_globe_awards.csv.")
    Path goldenGlobes;

    @Override
    List<Path> overriddenFiles() {
        return Arrays.asList(oscars, goldenGlobes);
    }

    @Override
    Loaded load() {
        AwardsData data = AwardsData.load(oscars, goldenGlobes);
        return new Loaded(data.nominations(), data.report());
    }

    @Override
    String topic(MarqueeConfig cfg) {
        return cfg.awardsTopic();
    }

    @Override
    String noun() {
        return "nominations";
    }

    @Override
    String clientId() {
        return CLIENT_ID;
    }
}
