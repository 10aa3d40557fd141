package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.topics.ApplyResult;
import dev.marquee.topics.ApplyResult.Status;
import dev.marquee.topics.ApplyResult.TopicOutcome;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContract;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

/** {@code marquee topics …}: the topic contracts in {@code topics/} and their state on a cluster. */
@Command(name = "topics",
        mixinStandardHelpOptions = true,
        versionProvider = Marquee.Version.class,
        description = "Topic contracts (names, partitions, configs, key and value formats) and applying them to a cluster.",
        subcommands = {TopicsCommand.Apply.class, TopicsCommand.ListContracts.class})
public final class TopicsCommand implements Runnable {

    public static final int EXIT_DRIFT = 3;
    public static final int EXIT_FAILED = 1;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "apply",
            mixinStandardHelpOptions = true,
            versionProvider = Marquee.Version.class,
            description = {
                    "Creates every missing topic from its contract and reports how existing topics differ from theirs (drift).",
                    "Existing topics are never changed. Topic names come from the config (topic.articles etc.).",
                    "Replication factors above the broker count are lowered to it, with a warning."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {
                    "0:every topic exists (or, with --dry-run, would) and matches its contract",
                    "1:could not apply: invalid contracts, or Kafka unreachable or refusing",
                    "2:invalid configuration or command line",
                    "3:drift: an existing topic differs from its contract (nothing was changed)"})
    static final class Apply implements Callable<Integer> {

        @Mixin
        ConfigOptions config;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "Directory with topics.json and schemas/ (default: the contracts shipped in the jar).")
        Path dir;

        @Option(names = "--dry-run", description = "Report what would be created; create nothing.")
        boolean dryRun;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws InterruptedException {
            MarqueeConfig cfg = config.load();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            ApplyResult result;
            try {
                TopicContracts contracts = dir == null ? TopicContracts.fromClasspath() : TopicContracts.fromDirectory(dir);
                try (Admin admin = Admin.create(cfg.kafkaClientProperties())) {
                    result = new TopicApplier(admin).apply(contracts, cfg, dryRun);
                }
            } catch (ExecutionException e) {
                err.println("Cannot apply topics on " + cfg.bootstrapServers() + ": " + e.getCause());
                return EXIT_FAILED;
            } catch (RuntimeException e) {
                err.println("Cannot apply topics: " + e.getMessage());
                return EXIT_FAILED;
            }
            print(result, out);
            return result.hasDrift() ? EXIT_DRIFT : 0;
        }

        private static void print(ApplyResult result, PrintWriter out) {
            for (TopicOutcome t : result.topics()) {
                String label = switch (t.status()) {
                    case CREATED -> "created";
                    case WOULD_CREATE -> "would create";
                    case MATCHES -> "ok";
                    case DRIFTED -> "DRIFT";
                };
                out.printf("%-12s %s (%s)", label, t.topic(), t.role().id());
                if (t.status() == Status.CREATED || t.status() == Status.WOULD_CREATE) {
                    out.printf(": %d partitions, replication factor %d, %s", t.partitions(), t.replicationFactor(), configs(t.configs()));
                }
                out.println();
                t.drifts().forEach(d -> out.println("               " + d));
                t.warnings().forEach(w -> out.println("  warning: " + w));
            }
            out.printf("%d created, %d to create, %d matching, %d with drift (%d broker(s)).%n",
                    result.withStatus(Status.CREATED).size(), result.withStatus(Status.WOULD_CREATE).size(),
                    result.withStatus(Status.MATCHES).size(), result.withStatus(Status.DRIFTED).size(), result.brokers());
            if (result.hasDrift()) {
                out.println("Drift is only reported: change the topic (kafka-configs.sh, kafka-topics.sh) or the contract.");
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Marquee.Version.class,
            description = "Prints the contracts: the topic name for each role under the current config, partitions, configs, key and value.")
    static final class ListContracts implements Callable<Integer> {

        @Mixin
        ConfigOptions config;

        @Option(names = "--dir", paramLabel = "DIR",
                description = "Directory with topics.json and schemas/ (default: the contracts shipped in the jar).")
        Path dir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            MarqueeConfig cfg = config.load();
            PrintWriter out = spec.commandLine().getOut();
            TopicContracts contracts = dir == null ? TopicContracts.fromClasspath() : TopicContracts.fromDirectory(dir);
            for (Map.Entry<String, TopicContract> e : contracts.byConfiguredName(cfg).entrySet()) {
                TopicContract c = e.getValue();
                out.printf("%s (%s)%n  %s%n", e.getKey(), c.role().id(), c.description());
                out.printf("  partitions %d, replication factor %d, %s%n", c.partitions(), c.replicationFactor(), configs(c.configs()));
                out.printf("  key:   %s (%s%s): %s%n", c.key().format(), c.key().encoding(), c.key().nullable() ? ", may be null" : "", c.key().description());
                out.printf("  value: %s, schema %s%s%n", c.valueFormat(), c.valueSchema(), c.valueNullable() ? " (null = tombstone)" : "");
            }
            return 0;
        }
    }

    private static String configs(Map<String, String> configs) {
        return new TreeMap<>(configs).toString();
    }
}
