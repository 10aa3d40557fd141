package dev.marquee.ops;

import dev.marquee.config.MarqueeConfig;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static dev.marquee.ops.OpsTestSupport.article;
import static dev.marquee.ops.OpsTestSupport.await;
import static dev.marquee.ops.OpsTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * §4: a broker that requires SCRAM-SHA-512 over TLS and authorizes with ACLs. The app runs as its own principal
 * with only the ACLs of docs/security.md, configured through a properties file and env vars like a deployment;
 * a principal without ACLs is refused the enriched topic.
 *
 * <p>Listeners: CLIENT (SASL_SSL) for every client under test; PLAINTEXT (inter-broker) and CONTROLLER on
 * loopback only, whose unauthenticated principal User:ANONYMOUS is the super user that sets the cluster up.
 */
@Tag("broker")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class SaslSslAclTest {

    private static final String APP_ID = "marquee-secure";
    private static final String APP_USER = "marquee-app";
    private static final String INTRUDER = "intruder";
    private static final String APP_PASSWORD = "app-" + UUID.randomUUID();
    private static final String INTRUDER_PASSWORD = "intruder-" + UUID.randomUUID();
    private static final String SCRAM_LOGIN = "org.apache.kafka.common.security.scram.ScramLoginModule required";

    @TempDir
    static Path dir;
    private static TlsFiles tls;
    private static EmbeddedKafka kafka;
    private static MarqueeConfig topics;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        tls = TlsFiles.generate(dir);
        kafka = new EmbeddedKafka()
                .withListener("CLIENT", SecurityProtocol.SASL_SSL)
                .withBrokerProperties(Map.of(
                        "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                        "super.users", "User:ANONYMOUS",
                        "listener.name.client.sasl.enabled.mechanisms", "SCRAM-SHA-512",
                        "listener.name.client.scram-sha-512.sasl.jaas.config", SCRAM_LOGIN + ";",
                        "listener.name.client.ssl.keystore.type", "PKCS12",
                        "listener.name.client.ssl.keystore.location", tls.keystore().toString(),
                        "listener.name.client.ssl.keystore.password", tls.keystorePassword(),
                        "listener.name.client.ssl.key.password", tls.keystorePassword()))
                .start();
        topics = MarqueeConfig.of(Map.of(MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(), MarqueeConfig.APPLICATION_ID, APP_ID));
        try (Admin admin = Admin.create(topics.kafkaClientProperties())) {
            admin.alterUserScramCredentials(List.of(
                    new UserScramCredentialUpsertion(APP_USER, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), APP_PASSWORD),
                    new UserScramCredentialUpsertion(INTRUDER, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), INTRUDER_PASSWORD)))
                    .all().get(30, TimeUnit.SECONDS);
            admin.createAcls(appAcls("User:" + APP_USER, topics)).all().get(30, TimeUnit.SECONDS);
        }
        OpsTestSupport.prepareTopics(topics.kafkaClientProperties(), topics, 25);
    }

    @AfterAll
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    /**
     * The ACLs of docs/security.md, for the app's principal. Each one was removed in turn and the app test failed
     * every time (TopicAuthorizationException on each topic, GroupAuthorizationException, TransactionalIdAuthorizationException).
     */
    static List<AclBinding> appAcls(String principal, MarqueeConfig config) {
        return List.of(
                allow(principal, ResourceType.TOPIC, config.articlesTopic(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, config.awardsTopic(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, config.filmsTopic(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, config.enrichedTopic(), PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, config.deadLetterTopic(), PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, config.enrichedTopic(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, config.entityMentionsTopic(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, config.entityMentionsTopic(), PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, config.trendingTopic(), PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, config.applicationId() + "-", PatternType.PREFIXED, AclOperation.CREATE),
                allow(principal, ResourceType.TOPIC, config.applicationId() + "-", PatternType.PREFIXED, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, config.applicationId() + "-", PatternType.PREFIXED, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, config.applicationId() + "-", PatternType.PREFIXED, AclOperation.DELETE),
                allow(principal, ResourceType.TOPIC, config.applicationId() + "-", PatternType.PREFIXED, AclOperation.DESCRIBE),
                allow(principal, ResourceType.TOPIC, config.applicationId() + "-", PatternType.PREFIXED, AclOperation.DESCRIBE_CONFIGS),
                allow(principal, ResourceType.GROUP, config.applicationId(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.GROUP, config.viewsApplicationId(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TRANSACTIONAL_ID, config.applicationId(), PatternType.PREFIXED, AclOperation.WRITE));
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation op) {
        return new AclBinding(new ResourcePattern(type, name, pattern), new AccessControlEntry(principal, "*", op, AclPermissionType.ALLOW));
    }

    /** Client settings for {@code user} on the SASL_SSL listener. */
    private static Map<String, Object> saslClient(String user, String password) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers("CLIENT"));
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        props.put(SaslConfigs.SASL_JAAS_CONFIG, SCRAM_LOGIN + " username=\"" + user + "\" password=\"" + password + "\";");
        props.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12");
        props.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, tls.truststore().toString());
        props.put(SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, tls.truststorePassword());
        return props;
    }

    @Test
    void shouldRunAndEnrichAsItsOwnPrincipalConfiguredByFileAndEnvWithoutLoggingSecrets() throws Exception {
        int port = OpsTestSupport.freePort();
        Path configFile = dir.resolve("marquee.properties");
        // Everything that is not a secret goes in the file; the secrets come from the environment.
        Files.writeString(configFile, String.join("\n",
                "bootstrap.servers=" + kafka.bootstrapServers("CLIENT"),
                "application.id=" + APP_ID,
                "state.dir=" + dir.resolve("state"),
                "http.port=" + port,
                "kafka.security.protocol=SASL_SSL",
                "kafka.sasl.mechanism=SCRAM-SHA-512",
                "kafka.ssl.truststore.type=PKCS12",
                "kafka.ssl.truststore.location=" + tls.truststore(),
                ""));
        Map<String, String> env = Map.of(
                "MARQUEE_KAFKA_SASL_JAAS_CONFIG", SCRAM_LOGIN + " username=\"" + APP_USER + "\" password=\"" + APP_PASSWORD + "\";",
                "MARQUEE_KAFKA_SSL_TRUSTSTORE_PASSWORD", tls.truststorePassword(),
                // Everything at INFO, Kafka clients included: they log their whole configuration at start.
                "MARQUEE_LOG_LEVEL", "INFO",
                "MARQUEE_LIB_LOG_LEVEL", "INFO");

        String output;
        try (MarqueeProcess app = MarqueeProcess.start(dir.resolve("marquee.log"), env, "run", "--config", configFile.toString())) {
            assertTrue(await(Duration.ofSeconds(90), () -> status(port, "/ready") == 200 || !app.isAlive()) && app.isAlive(),
                    "RUNNING with the app principal's ACLs only:\n" + tail(app.output()));
            // A valid article and a malformed one: both output topics are written, so both WRITE ACLs are exercised.
            OpsTestSupport.produce(topics.kafkaClientProperties(), topics.articlesTopic(),
                    Map.of("secure-1", article("secure-1"), "secure-bad", "{not json"));
            Set<String> enriched = Set.of("secure-1");
            assertEquals(enriched, OpsTestSupport.committedKeys(topics.kafkaClientProperties(), topics.enrichedTopic(), enriched,
                    Duration.ofSeconds(30)), "enriched:\n" + tail(app.output()));
            Set<String> deadLetters = Set.of("secure-bad");
            assertEquals(deadLetters, OpsTestSupport.committedKeys(topics.kafkaClientProperties(), topics.deadLetterTopic(), deadLetters,
                    Duration.ofSeconds(30)), "dead-lettered:\n" + tail(app.output()));
            app.terminate();
            assertEquals(0, app.awaitExit(Duration.ofSeconds(60)), tail(app.output()));
            output = app.output();
        }
        assertTrue(output.contains("sasl.jaas.config = [hidden]"), "the Kafka clients did log their configuration");
        assertFalse(output.contains(APP_PASSWORD), "app password in the logs");
        assertFalse(output.contains(tls.truststorePassword()), "truststore password in the logs");
        assertFalse(output.contains("password=\""), "JAAS config in the logs");
    }

    @Test
    void shouldRefuseThePrincipalWithoutAclsTheEnrichedTopic() {
        Map<String, Object> props = saslClient(INTRUDER, INTRUDER_PASSWORD);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(List.of(new TopicPartition(topics.enrichedTopic(), 0)));
            consumer.seekToBeginning(consumer.assignment());
            TopicAuthorizationException denied = assertThrows(TopicAuthorizationException.class,
                    () -> consumer.poll(Duration.ofSeconds(10)));
            assertEquals(Set.of(topics.enrichedTopic()), denied.unauthorizedTopics());
        }
    }

    @Test
    void shouldRefuseAWrongPassword() {
        Map<String, Object> props = saslClient(APP_USER, "not-" + APP_PASSWORD);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, APP_ID + "-wrong-password");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topics.enrichedTopic()));
            assertThrows(SaslAuthenticationException.class, () -> consumer.poll(Duration.ofSeconds(10)));
        }
    }

    private static String tail(String output) {
        return output.length() <= 20_000 ? output : output.substring(output.length() - 20_000);
    }
}
