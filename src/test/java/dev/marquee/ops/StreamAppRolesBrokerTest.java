package dev.marquee.ops;

import dev.marquee.awards.AwardsData;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.query.Views;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.marquee.ops.OpsTestSupport.article;
import static dev.marquee.ops.OpsTestSupport.await;
import static dev.marquee.ops.OpsTestSupport.prepareTopics;
import static dev.marquee.ops.OpsTestSupport.produce;
import static dev.marquee.ops.OpsTestSupport.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The enrichment and the dashboards' views in instances of their own ({@code role}), on a real KRaft broker. */
@Tag("broker")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StreamAppRolesBrokerTest {

    @Test
    void shouldEnrichInOneInstanceAndAnswerTheDashboardsFromAnotherThatRunsOnlyTheViews() throws Exception {
        try (EmbeddedKafka kafka = new EmbeddedKafka().start()) {
            MarqueeConfig enrichmentConfig = config(kafka, "enrichment");
            int nominations = AwardsData.loadShipped().nominations().size();
            prepareTopics(enrichmentConfig.kafkaClientProperties(), enrichmentConfig, nominations);
            try (StreamApp enrichment = new StreamApp(enrichmentConfig); StreamApp views = new StreamApp(config(kafka, "views"))) {
                enrichment.start();
                views.start();
                assertTrue(enrichment.awaitRunning(Duration.ofSeconds(90)), "enrichment RUNNING, state " + enrichment.state());
                assertTrue(views.awaitRunning(Duration.ofSeconds(90)), "views RUNNING, state " + views.state());
                assertEquals(nominations, views.referenceIndex().size(), "the views' instance loads the reference itself");

                produce(enrichmentConfig.kafkaClientProperties(), enrichmentConfig.articlesTopic(), Map.of("roles-1", article("roles-1")));
                assertTrue(await(Duration.ofSeconds(60), () -> views.queries().article("roles-1", true).status() == 200
                                && her(views).latestArticles().size() == 1),
                        "the article enriched by one instance is answered by the other, and listed under the film it mentions");
                assertEquals("Her", her(views).name());
                assertEquals(8, her(views).awards().nominations(), "5 Oscar and 3 Golden Globe nominations, from the views' own index");

                assertThrows(IllegalStateException.class, enrichment::queries);
                assertEquals(200, status(enrichment.httpPort(), "/health"));
                assertEquals(404, status(enrichment.httpPort(), "/articles/roles-1"), "no query routes without the views");
            }
        }
    }

    private static Views.EntityView her(StreamApp app) {
        return (Views.EntityView) app.queries().entity("tt1798709", true).body();
    }

    private static MarqueeConfig config(EmbeddedKafka kafka, String role) throws Exception {
        return MarqueeConfig.of(Map.of(
                MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                MarqueeConfig.APPLICATION_ID, "marquee-roles-test",
                MarqueeConfig.STATE_DIR, Files.createTempDirectory("marquee-roles-" + role).toString(),
                MarqueeConfig.HTTP_PORT, "0",
                MarqueeConfig.ROLE, role));
    }
}
