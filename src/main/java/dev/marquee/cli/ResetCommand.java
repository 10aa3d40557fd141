package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.Directories;
import org.apache.kafka.tools.StreamsResetter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/**
 * Resets the app so it processes its input again: Kafka's own StreamsResetter (the class behind
 * {@code kafka-streams-application-reset.sh}) for the enrichment's input offsets and the views' internal topics, then
 * this host's local state of both.
 */
@Command(name = "reset",
        mixinStandardHelpOptions = true,
        description = {
                "Reset the stream app so that its next start re-processes the raw articles topic: move the committed input "
                        + "offsets of the enrichment's consumer group (application.id), delete the internal topics of the views "
                        + "(application.id-views) so they are rebuilt from what is re-processed (Kafka's StreamsResetter, as "
                        + "kafka-streams-application-reset.sh), and delete this host's state directories for both.",
                "Every instance must be stopped first (the reset refuses while the group has members). Output topics are "
                        + "not touched: re-processing publishes the enriched events again (the compacted topic keeps the "
                        + "latest per article) and dead letters again. Run it on every host that has a state dir, or delete "
                        + "those by hand."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:offsets reset (or shown, with --dry-run) and local state deleted",
                "1:the reset failed (instances still running, broker unreachable)",
                "2:invalid configuration or options"})
final class ResetCommand implements Callable<Integer> {

    /** The resetter parses exactly this form (milliseconds required). */
    private static final DateTimeFormatter RESETTER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Mixin
    ConfigOptions configOptions;

    @ArgGroup(exclusive = true)
    Target target;

    static final class Target {
        @Option(names = "--to-datetime", paramLabel = "INSTANT",
                description = "Re-process from the first article at or after this UTC time (e.g. 2026-11-24T08:00:00Z) instead of the earliest.")
        Instant datetime;

        @Option(names = "--to-latest", description = "Skip everything already in the topic: process only articles that arrive after the reset.")
        boolean latest;
    }

    @Option(names = "--dry-run", description = "Show what would be reset; change nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MarqueeConfig config = configOptions.load();
        // Readable by this user only (createTempFile's POSIX default): it may hold SASL credentials.
        Path clientConfig = Files.createTempFile("marquee-reset", ".properties");
        try {
            writeClientConfig(config, clientConfig);
            // The enrichment re-reads the raw articles from the chosen point. The views keep their input offsets and
            // lose their internal topics (changelogs), so they are rebuilt from what the enrichment publishes again.
            if (!resetApplication(config, config.applicationId(), inputOffsets(config), clientConfig, out, err)
                    || !resetApplication(config, config.viewsApplicationId(), List.of(), clientConfig, out, err)) {
                return 1;
            }
        } finally {
            Files.deleteIfExists(clientConfig);
        }
        for (String applicationId : List.of(config.applicationId(), config.viewsApplicationId())) {
            Path stateDir = Path.of(config.streamsProperties().getProperty("state.dir"), applicationId);
            if (dryRun) {
                out.println("Would delete local state " + stateDir + (Files.exists(stateDir) ? "" : " (absent)"));
            } else {
                Directories.deleteRecursively(stateDir);
                out.println("Deleted local state " + stateDir);
            }
        }
        out.flush();
        return 0;
    }

    /** The resetter's options that move the raw articles topic's offsets to the chosen point. */
    private List<String> inputOffsets(MarqueeConfig config) {
        List<String> args = new ArrayList<>(List.of("--input-topics", config.articlesTopic()));
        if (target != null && target.datetime != null) {
            args.addAll(List.of("--to-datetime", RESETTER_TIME.format(target.datetime)));
        } else if (target != null && target.latest) {
            args.add("--to-latest");
        } else {
            args.add("--to-earliest");
        }
        return args;
    }

    private boolean resetApplication(MarqueeConfig config, String applicationId, List<String> inputOffsets, Path clientConfig,
                                     PrintWriter out, PrintWriter err) {
        List<String> args = new ArrayList<>(List.of(
                "--bootstrap-server", config.bootstrapServers(),
                "--application-id", applicationId,
                "--command-config", clientConfig.toString()));
        args.addAll(inputOffsets);
        if (dryRun) {
            args.add("--dry-run");
        }
        out.flush();
        // StreamsResetter prints its plan and progress to System.out itself.
        int code = new StreamsResetter().execute(args.toArray(String[]::new));
        if (code != 0) {
            err.println("Reset of application " + applicationId + " failed (see above); local state left as it was. "
                    + "If an instance still runs, stop every instance first: the reset refuses while the consumer group has members.");
            return false;
        }
        return true;
    }

    /** Client settings (security and the like) reach the resetter's clients through its --config-file, which it reads itself. */
    private static void writeClientConfig(MarqueeConfig config, Path file) throws IOException {
        Properties props = new Properties();
        for (Map.Entry<String, Object> e : config.kafkaClientProperties().entrySet()) {
            props.setProperty(e.getKey(), String.valueOf(e.getValue()));
        }
        try (OutputStream stream = Files.newOutputStream(file)) {
            props.store(stream, null);
        }
    }
}
