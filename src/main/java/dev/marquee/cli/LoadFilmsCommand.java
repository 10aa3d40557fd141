package dev.marquee.cli;

import dev.marquee.awards.FilmsData;
import dev.marquee.config.MarqueeConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Loads the film catalogue and publishes every film to the compacted films topic. */
@Command(name = "load-films",
        mixinStandardHelpOptions = true,
        description = {
                "Reads the film catalogue (the shipped reference/films/films.tsv unless overridden), publishes every "
                        + "film to the films topic keyed by its stable key (film:<title>:<year>), and prints the odd "
                        + "rows found by kind.",
                "Reloading the same file produces the same keys, so the compacted topic keeps one record per film."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all films published and acknowledged",
                "1:the file could not be read or publishing failed (broker unreachable, timeout)",
                "2:invalid configuration"})
public final class LoadFilmsCommand extends LoadReferenceCommand {

    static final String CLIENT_ID = "marquee-load-films";

    @Option(names = "--films", paramLabel = "FILE",
            description = "Film catalogue TSV (same columns) to load instead of the shipped reference/films/films.tsv.")
    Path films;

    @Override
    List<Path> overriddenFiles() {
        return Arrays.asList(films);
    }

    @Override
    Loaded load() {
        FilmsData data = FilmsData.load(films);
        return new Loaded(data.films(), data.report());
    }

    @Override
    String topic(MarqueeConfig cfg) {
        return cfg.filmsTopic();
    }

    @Override
    String noun() {
        return "films";
    }

    @Override
    String clientId() {
        return CLIENT_ID;
    }
}
