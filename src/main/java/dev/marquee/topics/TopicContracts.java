package dev.marquee.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.serde.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every topic's contract, loaded from {@code topics/topics.json} (in the jar, or a directory holding a checkout of
 * {@code topics/}) and validated as a whole: a contract that loads is complete and can be applied.
 */
public final class TopicContracts {

    public static final String INDEX = "topics.json";
    public static final String CLASSPATH_DIR = "topics/";
    public static final String JSON_SCHEMA_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    private static final int FORMAT_VERSION = 1;
    private static final Pattern LEGAL_TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
    private static final Set<String> CLEANUP_POLICIES = Set.of("delete", "compact");

    private final String source;
    private final Map<TopicRole, TopicContract> byRole;

    private TopicContracts(String source, Map<TopicRole, TopicContract> byRole) {
        this.source = source;
        this.byRole = byRole;
    }

    /** The contracts shipped in the jar under {@code topics/}. */
    public static TopicContracts fromClasspath() {
        ClassLoader loader = TopicContracts.class.getClassLoader();
        return load("classpath:" + CLASSPATH_DIR, relative -> {
            try (InputStream in = loader.getResourceAsStream(CLASSPATH_DIR + relative)) {
                return in == null ? null : in.readAllBytes();
            }
        });
    }

    /** The contracts in {@code dir} ({@code dir/topics.json}, schemas relative to it). */
    public static TopicContracts fromDirectory(Path dir) {
        Path base = dir.toAbsolutePath().normalize();
        return load(base.toString(), relative -> {
            Path file = base.resolve(relative).normalize();
            return file.startsWith(base) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        });
    }

    public String source() {
        return source;
    }

    /** Contracts in role order: articles, enriched, dead-letter, awards. */
    public List<TopicContract> all() {
        return List.copyOf(byRole.values());
    }

    public TopicContract forRole(TopicRole role) {
        return byRole.get(role);
    }

    /** Each contract under the topic name {@code config} gives its role, in role order. */
    public Map<String, TopicContract> byConfiguredName(MarqueeConfig config) {
        Map<String, TopicContract> out = new LinkedHashMap<>();
        for (TopicContract contract : byRole.values()) {
            String name = contract.role().configuredName(config);
            TopicContract clash = out.put(name, contract);
            if (clash != null) {
                throw new IllegalArgumentException("Roles " + clash.role().id() + " and " + contract.role().id()
                        + " are both configured to use topic '" + name + "'");
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface FileReader {
        /** Bytes of the file at {@code relative}, or null if there is none. */
        byte[] read(String relative) throws IOException;
    }

    private static TopicContracts load(String source, FileReader files) {
        List<String> problems = new ArrayList<>();
        JsonNode index = readJson(files, INDEX, problems);
        if (index == null) {
            throw new InvalidContractException(source, problems);
        }
        if (index.path("format_version").asInt(-1) != FORMAT_VERSION) {
            problems.add(INDEX + ": format_version must be " + FORMAT_VERSION);
        }
        JsonNode topics = index.path("topics");
        if (!topics.isArray() || topics.isEmpty()) {
            problems.add(INDEX + ": 'topics' must be a non-empty array");
            throw new InvalidContractException(source, problems);
        }
        Map<TopicRole, TopicContract> byRole = new EnumMap<>(TopicRole.class);
        for (int i = 0; i < topics.size(); i++) {
            TopicContract contract = parse(topics.get(i), "topics[" + i + "]", files, problems);
            if (contract != null && byRole.put(contract.role(), contract) != null) {
                problems.add("role '" + contract.role().id() + "' has more than one contract");
            }
        }
        for (TopicRole role : TopicRole.values()) {
            if (!byRole.containsKey(role) && problems.isEmpty()) {
                problems.add("no contract for role '" + role.id() + "'");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidContractException(source, problems);
        }
        return new TopicContracts(source, byRole);
    }

    private static TopicContract parse(JsonNode node, String where, FileReader files, List<String> problems) {
        int before = problems.size();
        String roleId = text(node, "role", where, problems);
        TopicRole role = roleId == null ? null : TopicRole.byId(roleId).orElse(null);
        if (roleId != null && role == null) {
            problems.add(where + ".role: '" + roleId + "' is not one of " + Arrays.stream(TopicRole.values()).map(TopicRole::id).toList());
        }
        String name = text(node, "name", where, problems);
        if (name != null && !LEGAL_TOPIC_NAME.matcher(name).matches()) {
            problems.add(where + ".name: '" + name + "' is not a legal Kafka topic name");
        }
        String description = text(node, "description", where, problems);
        int partitions = positiveInt(node, "partitions", where, problems);
        int replicationFactor = positiveInt(node, "replication_factor", where, problems);
        if (replicationFactor > Short.MAX_VALUE) {
            problems.add(where + ".replication_factor: too large");
        }
        Map<String, String> configs = configs(node.path("configs"), where + ".configs", replicationFactor, problems);

        JsonNode keyNode = node.path("key");
        String keyFormat = text(keyNode, "format", where + ".key", problems);
        String keyEncoding = text(keyNode, "encoding", where + ".key", problems);
        boolean keyNullable = bool(keyNode, "nullable", where + ".key", problems);
        String keyDescription = text(keyNode, "description", where + ".key", problems);

        JsonNode valueNode = node.path("value");
        String valueFormat = text(valueNode, "format", where + ".value", problems);
        if (valueFormat != null && !"json".equals(valueFormat)) {
            problems.add(where + ".value.format: only 'json' is supported, not '" + valueFormat + "'");
        }
        String schema = text(valueNode, "schema", where + ".value", problems);
        boolean valueNullable = bool(valueNode, "nullable", where + ".value", problems);
        if (schema != null) {
            checkSchema(files, schema, where + ".value.schema", problems);
        }
        if (problems.size() > before) {
            return null;
        }
        return new TopicContract(role, name, description, partitions, (short) replicationFactor, new TreeMap<>(configs),
                new TopicContract.KeyFormat(keyFormat, keyEncoding, keyNullable, keyDescription), valueFormat, schema, valueNullable);
    }

    private static Map<String, String> configs(JsonNode node, String where, int replicationFactor, List<String> problems) {
        Map<String, String> out = new TreeMap<>();
        if (!node.isObject()) {
            problems.add(where + ": missing (an object of Kafka topic configs)");
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // Strings only: Kafka configs are strings, and "604800000" vs 6.048E8 must not depend on JSON number formatting.
            if (!e.getValue().isTextual()) {
                problems.add(where + "." + e.getKey() + ": must be a string");
            } else {
                out.put(e.getKey(), e.getValue().asText());
            }
        }
        String policy = out.get(TopicContract.CLEANUP_POLICY);
        if (policy == null) {
            problems.add(where + ": " + TopicContract.CLEANUP_POLICY + " is required");
        } else {
            List<String> policies = Arrays.stream(policy.split(",")).map(String::trim).toList();
            if (policies.isEmpty() || !CLEANUP_POLICIES.containsAll(policies)) {
                problems.add(where + "." + TopicContract.CLEANUP_POLICY + ": '" + policy + "' is not delete, compact or both");
            }
            if (policies.contains("delete") && !out.containsKey(TopicContract.RETENTION_MS)) {
                problems.add(where + ": " + TopicContract.RETENTION_MS + " is required when cleanup.policy includes delete");
            }
        }
        checkLong(out, TopicContract.RETENTION_MS, -1, where, problems);
        checkLong(out, TopicContract.MIN_INSYNC_REPLICAS, 1, where, problems);
        String minIsr = out.get(TopicContract.MIN_INSYNC_REPLICAS);
        if (minIsr != null && minIsr.matches("\\d+") && Long.parseLong(minIsr) > replicationFactor && replicationFactor > 0) {
            problems.add(where + "." + TopicContract.MIN_INSYNC_REPLICAS + ": " + minIsr + " exceeds the replication factor " + replicationFactor);
        }
        return out;
    }

    private static void checkLong(Map<String, String> configs, String key, long min, String where, List<String> problems) {
        String value = configs.get(key);
        if (value == null) {
            return;
        }
        try {
            if (Long.parseLong(value) < min) {
                problems.add(where + "." + key + ": must be at least " + min);
            }
        } catch (NumberFormatException e) {
            problems.add(where + "." + key + ": '" + value + "' is not a whole number");
        }
    }

    private static void checkSchema(FileReader files, String path, String where, List<String> problems) {
        JsonNode schema = readJson(files, path, problems);
        if (schema == null) {
            return;
        }
        if (!JSON_SCHEMA_2020_12.equals(schema.path("$schema").asText())) {
            problems.add(where + ": " + path + " must declare \"$schema\": \"" + JSON_SCHEMA_2020_12 + "\"");
        }
        if (!"object".equals(schema.path("type").asText())) {
            problems.add(where + ": " + path + " must describe a JSON object (\"type\": \"object\")");
        }
    }

    private static JsonNode readJson(FileReader files, String relative, List<String> problems) {
        byte[] bytes;
        try {
            bytes = files.read(relative);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + relative, e);
        }
        if (bytes == null) {
            problems.add(relative + ": not found");
            return null;
        }
        try {
            JsonNode node = Json.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                problems.add(relative + ": must hold a JSON object");
                return null;
            }
            return node;
        } catch (JsonProcessingException e) {
            problems.add(relative + ": not valid JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + relative, e);
        }
    }

    private static String text(JsonNode node, String field, String where, List<String> problems) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            problems.add(where + "." + field + ": required, a non-empty string");
            return null;
        }
        return value.asText();
    }

    private static int positiveInt(JsonNode node, String field, String where, List<String> problems) {
        JsonNode value = node.path(field);
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > Integer.MAX_VALUE) {
            problems.add(where + "." + field + ": required, a whole number of at least 1");
            return 0;
        }
        return value.asInt();
    }

    private static boolean bool(JsonNode node, String field, String where, List<String> problems) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            problems.add(where + "." + field + ": required, true or false");
            return false;
        }
        return value.asBoolean();
    }
}
