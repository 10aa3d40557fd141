package dev.marquee.topics;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.topics.ApplyResult.Drift;
import dev.marquee.topics.ApplyResult.Status;
import dev.marquee.topics.ApplyResult.TopicOutcome;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Makes a cluster's topics match their contracts as far as is safe: creates missing topics, and only reports
 * how existing ones differ. Changing partitions or configs of a live topic (re-keying, retention) is an
 * operator's decision, never a side effect of a deploy.
 */
public final class TopicApplier {

    private static final Duration VISIBILITY_TIMEOUT = Duration.ofSeconds(30);

    private final Admin admin;

    public TopicApplier(Admin admin) {
        this.admin = admin;
    }

    /**
     * Applies {@code contracts} under the topic names {@code config} gives their roles.
     *
     * @param dryRun report what would be created without creating it
     */
    public ApplyResult apply(TopicContracts contracts, MarqueeConfig config, boolean dryRun) throws ExecutionException, InterruptedException {
        Map<String, TopicContract> byName = contracts.byConfiguredName(config);
        int brokers = admin.describeCluster().nodes().get().size();
        Set<String> existing = new HashSet<>(admin.listTopics().names().get());

        Map<String, TopicOutcome> outcomes = new LinkedHashMap<>();
        Map<String, TopicOutcome> toCreate = new LinkedHashMap<>();
        for (Map.Entry<String, TopicContract> e : byName.entrySet()) {
            if (!existing.contains(e.getKey())) {
                TopicOutcome planned = planned(e.getKey(), e.getValue(), brokers);
                toCreate.put(e.getKey(), planned);
                outcomes.put(e.getKey(), planned);
            }
        }
        if (!dryRun && !toCreate.isEmpty()) {
            Set<String> createdElsewhere = create(toCreate.values());
            awaitVisible(toCreate.keySet());
            toCreate.keySet().removeAll(createdElsewhere);
            existing.addAll(createdElsewhere);
            toCreate.forEach((name, planned) -> outcomes.put(name, withStatus(planned, Status.CREATED)));
        }
        List<String> toCompare = byName.keySet().stream().filter(existing::contains).toList();
        if (!toCompare.isEmpty()) {
            Map<String, TopicDescription> descriptions = admin.describeTopics(toCompare).allTopicNames().get();
            Map<ConfigResource, Config> configs = admin.describeConfigs(toCompare.stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList()).all().get();
            for (String name : toCompare) {
                outcomes.put(name, compare(name, byName.get(name), brokers, descriptions.get(name),
                        configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name))));
            }
        }
        List<TopicOutcome> ordered = byName.keySet().stream().map(outcomes::get).toList();
        return new ApplyResult(brokers, dryRun, ordered);
    }

    private static TopicOutcome planned(String name, TopicContract contract, int brokers) {
        short rf = replicationFactorFor(contract, brokers);
        return new TopicOutcome(contract.role(), name, Status.WOULD_CREATE, contract.partitions(), rf,
                contract.configsFor(rf), List.of(), warnings(name, contract, rf));
    }

    /** Creates the topics; returns those another client created first, which are then compared like any existing topic. */
    private Set<String> create(Collection<TopicOutcome> planned) throws ExecutionException, InterruptedException {
        List<NewTopic> newTopics = planned.stream()
                .map(p -> new NewTopic(p.topic(), p.partitions(), p.replicationFactor()).configs(p.configs()))
                .toList();
        Set<String> createdElsewhere = new HashSet<>();
        for (Map.Entry<String, KafkaFuture<Void>> f : admin.createTopics(newTopics).values().entrySet()) {
            try {
                f.getValue().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                createdElsewhere.add(f.getKey());
            }
        }
        return createdElsewhere;
    }

    /**
     * Waits until brokers serve metadata of the new topics: creation returns once the controller has committed it,
     * a moment before brokers know, and whoever runs apply wants to use the topics next.
     */
    private void awaitVisible(Collection<String> topics) throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + VISIBILITY_TIMEOUT.toNanos();
        while (true) {
            try {
                admin.describeTopics(topics).allTopicNames().get();
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static TopicOutcome compare(String name, TopicContract contract, int brokers, TopicDescription description, Config actual) {
        short rf = replicationFactorFor(contract, brokers);
        Map<String, String> expectedConfigs = contract.configsFor(rf);
        List<Drift> drifts = new ArrayList<>();

        int partitions = description.partitions().size();
        if (partitions != contract.partitions()) {
            drifts.add(new Drift("partitions", String.valueOf(contract.partitions()), String.valueOf(partitions)));
        }
        int actualRf = description.partitions().stream().mapToInt(p -> p.replicas().size()).min().orElse(0);
        if (actualRf != rf) {
            drifts.add(new Drift("replication.factor", String.valueOf(rf), String.valueOf(actualRf)));
        }
        for (Map.Entry<String, String> e : expectedConfigs.entrySet()) {
            ConfigEntry entry = actual.get(e.getKey());
            String actualValue = entry == null ? null : entry.value();
            if (!normalize(e.getValue()).equals(normalize(actualValue))) {
                drifts.add(new Drift(e.getKey(), e.getValue(), actualValue));
            }
        }
        // A setting someone put on the topic by hand is drift too, even if the contract is silent about it.
        for (ConfigEntry entry : actual.entries()) {
            if (entry.source() == ConfigEntry.ConfigSource.DYNAMIC_TOPIC_CONFIG && !expectedConfigs.containsKey(entry.name())) {
                drifts.add(new Drift(entry.name(), null, entry.isSensitive() ? "[hidden]" : entry.value()));
            }
        }
        Status status = drifts.isEmpty() ? Status.MATCHES : Status.DRIFTED;
        return new TopicOutcome(contract.role(), name, status, partitions, rf, expectedConfigs, drifts, warnings(name, contract, rf));
    }

    private static short replicationFactorFor(TopicContract contract, int brokers) {
        return (short) Math.max(1, Math.min(contract.replicationFactor(), brokers));
    }

    private static List<String> warnings(String name, TopicContract contract, short rf) {
        if (rf >= contract.replicationFactor()) {
            return List.of();
        }
        String warning = name + ": replication factor " + rf + " instead of " + contract.replicationFactor()
                + " because the cluster has only " + rf + " broker(s)";
        String contractMinIsr = contract.configs().get(TopicContract.MIN_INSYNC_REPLICAS);
        String minIsr = contract.configsFor(rf).get(TopicContract.MIN_INSYNC_REPLICAS);
        if (contractMinIsr != null && !contractMinIsr.equals(minIsr)) {
            warning += ", and " + TopicContract.MIN_INSYNC_REPLICAS + " " + minIsr + " instead of " + contractMinIsr;
        }
        return List.of(warning);
    }

    private static TopicOutcome withStatus(TopicOutcome o, Status status) {
        return new TopicOutcome(o.role(), o.topic(), status, o.partitions(), o.replicationFactor(), o.configs(), o.drifts(), o.warnings());
    }

    /** List values such as cleanup.policy "compact,delete" mean the same in any order and spacing. */
    private static String normalize(String value) {
        if (value == null) {
            return "";
        }
        return Arrays.stream(value.split(",")).map(String::trim).sorted().collect(Collectors.joining(","));
    }
}
