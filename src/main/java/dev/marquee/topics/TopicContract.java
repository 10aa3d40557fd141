package dev.marquee.topics;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The contract of one topic as {@code topics/topics.json} states it.
 *
 * @param name              default topic name; the deployment's config may rename it (see {@link TopicRole})
 * @param replicationFactor production replication factor; smaller clusters get at most their broker count
 * @param configs           topic-level Kafka configs the topic must have, by Kafka config name
 * @param valueSchema       path of the value's JSON Schema, relative to the contracts' directory
 */
public record TopicContract(
        TopicRole role,
        String name,
        String description,
        int partitions,
        short replicationFactor,
        SortedMap<String, String> configs,
        KeyFormat key,
        String valueFormat,
        String valueSchema,
        boolean valueNullable) {

    public static final String CLEANUP_POLICY = "cleanup.policy";
    public static final String RETENTION_MS = "retention.ms";
    public static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";

    public TopicContract {
        configs = Collections.unmodifiableSortedMap(new TreeMap<>(configs));
    }

    /** How the Kafka key is written. */
    public record KeyFormat(String format, String encoding, boolean nullable, String description) {
    }

    public String cleanupPolicy() {
        return configs.get(CLEANUP_POLICY);
    }

    /** Configs to create the topic with on a cluster whose replication factor is {@code replicationFactor}. */
    public Map<String, String> configsFor(short replicationFactor) {
        SortedMap<String, String> out = new TreeMap<>(configs);
        String minIsr = out.get(MIN_INSYNC_REPLICAS);
        // min.insync.replicas above the replication factor would make every acks=all write fail.
        if (minIsr != null && Integer.parseInt(minIsr) > replicationFactor) {
            out.put(MIN_INSYNC_REPLICAS, String.valueOf(replicationFactor));
        }
        return out;
    }
}
