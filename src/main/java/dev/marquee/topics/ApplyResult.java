package dev.marquee.topics;

import java.util.List;
import java.util.Map;

/**
 * What {@link TopicApplier#apply} found and did, per topic.
 *
 * @param brokers number of brokers in the cluster, which caps replication factors
 * @param dryRun  true if nothing was created
 */
public record ApplyResult(int brokers, boolean dryRun, List<TopicOutcome> topics) {

    public ApplyResult {
        topics = List.copyOf(topics);
    }

    public boolean hasDrift() {
        return topics.stream().anyMatch(t -> t.status() == Status.DRIFTED);
    }

    public List<TopicOutcome> withStatus(Status status) {
        return topics.stream().filter(t -> t.status() == status).toList();
    }

    public TopicOutcome forTopic(String topic) {
        return topics.stream().filter(t -> t.topic().equals(topic)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No outcome for topic " + topic));
    }

    public enum Status {
        /** Did not exist and was created from the contract. */
        CREATED,
        /** Does not exist; a dry run left it so. */
        WOULD_CREATE,
        /** Exists and matches the contract. */
        MATCHES,
        /** Exists and differs from the contract; left as it is. */
        DRIFTED
    }

    /**
     * One topic.
     *
     * @param partitions        partitions it has now (or would have, for WOULD_CREATE)
     * @param replicationFactor what this cluster should have: the contract's, capped to the broker count
     * @param configs           the configs the contract asks for on this cluster
     * @param warnings          where this cluster gets less than the contract asks for (a capped replication factor)
     */
    public record TopicOutcome(
            TopicRole role,
            String topic,
            Status status,
            int partitions,
            short replicationFactor,
            Map<String, String> configs,
            List<Drift> drifts,
            List<String> warnings) {

        public TopicOutcome {
            configs = Map.copyOf(configs);
            drifts = List.copyOf(drifts);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * One difference between a topic and its contract.
     *
     * @param property {@code partitions}, {@code replication.factor} or a topic config name
     * @param expected what the contract asks for; null if the contract does not set this config
     * @param actual   what the topic has
     */
    public record Drift(String property, String expected, String actual) {

        @Override
        public String toString() {
            return property + ": contract " + (expected == null ? "(not set)" : expected) + ", topic " + actual;
        }
    }
}
