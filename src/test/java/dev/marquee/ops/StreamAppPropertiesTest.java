package dev.marquee.ops;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.config.RocksDbSettings;
import dev.marquee.stream.MarqueeTopology;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StreamAppPropertiesTest {

    @Test
    void shouldRunExactlyOnceV2WhenNothingIsConfigured() {
        Properties props = StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of()));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Test
    void shouldLetTheProducerWriteDeadLettersUpToTheTopicContractLimitUnlessTheOperatorSetsALimitUnderEitherName() {
        StreamsConfig defaults = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of())));
        assertEquals(String.valueOf(4 * 1024 * 1024), String.valueOf(defaults.getProducerConfigs("client").get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)));

        for (String variable : List.of("MARQUEE_KAFKA_PRODUCER_MAX_REQUEST_SIZE", "MARQUEE_KAFKA_MAX_REQUEST_SIZE")) {
            StreamsConfig configured = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of(variable, "8388608"))));
            assertEquals("8388608", String.valueOf(configured.getProducerConfigs("client").get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)), variable);
        }
    }

    @Test
    void shouldLimitTheBackgroundWritesOfTheArticlesStoreOfBothClients() {
        MarqueeConfig config = MarqueeConfig.load(null, Map.of("MARQUEE_ROCKSDB_ARTICLES_WRITE_MB_PER_S", "16"));
        for (Properties props : List.of(StreamApp.streamsProperties(config), StreamApp.viewsStreamsProperties(config))) {
            assertEquals(MarqueeTopology.ARTICLES_STORE, props.get(RocksDbSettings.ARTICLES_STORE_CONFIG));
            assertEquals(String.valueOf(16L << 20), props.get(RocksDbSettings.WRITE_LIMIT_BYTES_CONFIG));
        }
    }

    @Test
    void shouldLingerFiveMillisecondsUnlessTheOperatorSetsTheProducerLingerUnderEitherName() {
        MarqueeConfig defaults = MarqueeConfig.load(null, Map.of());
        for (Properties props : List.of(StreamApp.streamsProperties(defaults), StreamApp.viewsStreamsProperties(defaults))) {
            assertEquals("5", String.valueOf(new StreamsConfig(props).getProducerConfigs("client").get(ProducerConfig.LINGER_MS_CONFIG)),
                    "not the 100 ms Kafka Streams would set");
        }

        for (String variable : List.of("MARQUEE_KAFKA_PRODUCER_LINGER_MS", "MARQUEE_KAFKA_LINGER_MS")) {
            MarqueeConfig configured = MarqueeConfig.load(null, Map.of(variable, "50"));
            for (Properties props : List.of(StreamApp.streamsProperties(configured), StreamApp.viewsStreamsProperties(configured))) {
                assertEquals("50", String.valueOf(new StreamsConfig(props).getProducerConfigs("client").get(ProducerConfig.LINGER_MS_CONFIG)),
                        variable);
            }
        }
    }

    @Test
    void shouldLetTheKernelSizeTheReceiveBufferOfEveryConsumerUnlessTheOperatorSetsIt() {
        StreamsConfig defaults = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of())));
        for (Map<String, Object> consumer : List.of(defaults.getMainConsumerConfigs("group", "client", 0),
                defaults.getRestoreConsumerConfigs("client"), defaults.getGlobalConsumerConfigs("client"))) {
            assertEquals("-1", String.valueOf(consumer.get(ConsumerConfig.RECEIVE_BUFFER_CONFIG)), "not Kafka's fixed 64 KB");
        }

        StreamsConfig configured = new StreamsConfig(StreamApp.streamsProperties(
                MarqueeConfig.load(null, Map.of("MARQUEE_KAFKA_CONSUMER_RECEIVE_BUFFER_BYTES", "65536"))));
        assertEquals("65536", String.valueOf(configured.getMainConsumerConfigs("group", "client", 0).get(ConsumerConfig.RECEIVE_BUFFER_CONFIG)));

        StreamsConfig plain = new StreamsConfig(StreamApp.streamsProperties(
                MarqueeConfig.load(null, Map.of("MARQUEE_KAFKA_RECEIVE_BUFFER_BYTES", "131072"))));
        for (Map<String, Object> consumer : List.of(plain.getMainConsumerConfigs("group", "client", 0),
                plain.getRestoreConsumerConfigs("client"), plain.getGlobalConsumerConfigs("client"))) {
            assertEquals("131072", String.valueOf(consumer.get(ConsumerConfig.RECEIVE_BUFFER_CONFIG)), "the operator's plain setting");
        }
    }

    @Test
    void shouldKeepEveryMainConsumerFetchUnderHalfAG1RegionButLeaveTheBulkReadsAtStartUpAlone() {
        StreamsConfig defaults = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of())));
        Map<String, Object> main = defaults.getMainConsumerConfigs("group", "client", 0);
        int fetchMax = Integer.parseInt(String.valueOf(main.get(ConsumerConfig.FETCH_MAX_BYTES_CONFIG)));
        int partitionMax = Integer.parseInt(String.valueOf(main.get(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG)));
        assertTrue(fetchMax < 512 * 1024, "G1's humongous threshold with 1 MiB regions: " + fetchMax);
        assertTrue(partitionMax <= fetchMax, partitionMax + " per partition");
        StreamsConfig views = new StreamsConfig(StreamApp.viewsStreamsProperties(MarqueeConfig.load(null, Map.of())));
        assertEquals(fetchMax, Integer.parseInt(String.valueOf(views.getMainConsumerConfigs("group", "client", 0).get(ConsumerConfig.FETCH_MAX_BYTES_CONFIG))));
        for (Map<String, Object> bulk : List.of(defaults.getRestoreConsumerConfigs("client"), defaults.getGlobalConsumerConfigs("client"))) {
            assertNull(bulk.get(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), "Kafka's default of 50 MB");
            assertNull(bulk.get(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), "Kafka's default of 1 MB");
        }
    }

    @Test
    void shouldLetTheOperatorsFetchSizeReachTheMainConsumerWhicheverPrefixTheyUse() {
        for (String variable : List.of("MARQUEE_KAFKA_FETCH_MAX_BYTES", "MARQUEE_KAFKA_CONSUMER_FETCH_MAX_BYTES",
                "MARQUEE_KAFKA_MAIN_CONSUMER_FETCH_MAX_BYTES")) {
            StreamsConfig configured = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of(variable, "2000000"))));
            assertEquals("2000000", String.valueOf(configured.getMainConsumerConfigs("group", "client", 0).get(ConsumerConfig.FETCH_MAX_BYTES_CONFIG)),
                    variable);
        }
    }

    @Test
    void shouldLetTheRestoreConsumerWaitBrieflyUnlessTheOperatorSetsTheWaitUnderAnyNameThatReachesIt() {
        MarqueeConfig defaults = MarqueeConfig.load(null, Map.of());
        for (Properties props : List.of(StreamApp.streamsProperties(defaults), StreamApp.viewsStreamsProperties(defaults))) {
            StreamsConfig streams = new StreamsConfig(props);
            assertEquals("50", String.valueOf(streams.getRestoreConsumerConfigs("client").get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)));
            assertNull(streams.getMainConsumerConfigs("group", "client", 0).get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG),
                    "the main consumers keep Kafka's default wait");
        }
        for (String variable : List.of("MARQUEE_KAFKA_FETCH_MAX_WAIT_MS", "MARQUEE_KAFKA_CONSUMER_FETCH_MAX_WAIT_MS",
                "MARQUEE_KAFKA_RESTORE_CONSUMER_FETCH_MAX_WAIT_MS")) {
            StreamsConfig configured = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of(variable, "200"))));
            assertEquals("200", String.valueOf(configured.getRestoreConsumerConfigs("client").get(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG)),
                    variable);
        }
    }

    @Test
    void shouldRunTheViewsWithoutARecordCacheUnlessTheOperatorSizesOneUnderEitherName() {
        StreamsConfig defaults = new StreamsConfig(StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of())));
        assertEquals(0L, defaults.getLong(StreamsConfig.STATESTORE_CACHE_MAX_BYTES_CONFIG));

        for (String variable : List.of("MARQUEE_KAFKA_STATESTORE_CACHE_MAX_BYTES", "MARQUEE_KAFKA_CACHE_MAX_BYTES_BUFFERING")) {
            Properties configured = StreamApp.streamsProperties(MarqueeConfig.load(null, Map.of(variable, "1048576")));
            assertEquals(1, configured.keySet().stream().filter(k -> k.toString().contains("cache.max.bytes")).count(), variable);
            assertEquals("1048576", configured.getProperty(variable.substring("MARQUEE_KAFKA_".length()).toLowerCase(Locale.ROOT).replace('_', '.')),
                    variable);
        }
    }
}
