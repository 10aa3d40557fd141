package dev.marquee.query;

import dev.marquee.awards.AwardsData;
import dev.marquee.awards.ReferencePublisher;
import dev.marquee.config.MarqueeConfig;
import dev.marquee.ops.EmbeddedKafka;
import dev.marquee.ops.StreamApp;
import dev.marquee.serde.Json;
import dev.marquee.topics.TopicApplier;
import dev.marquee.topics.TopicContracts;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The live page in a real browser: headless Chromium (Debian package {@code chromium}, installed by {@code .ci/run})
 * loads {@code /} from the app running on a real broker with the shipped awards and sample articles; the test asserts
 * on the DOM the page's script rendered and saves a screenshot to {@code target/live-page.png} (docs/live-page.png, the
 * README's copy, is one of these, copied by hand: a test run must not change tracked files). Skipped, saying why,
 * where no Chromium is installed.
 */
@Tag("broker")
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LivePageBrowserTest {

    private static final Path SCREENSHOT = Path.of("target", "live-page.png");

    static Path chromium;
    static EmbeddedKafka kafka;
    static StreamApp app;
    static String url;
    static String dom;

    @BeforeAll
    static void startAppAndLoadThePage() throws Exception {
        chromium = findChromium();
        assumeTrue(chromium != null, "No Chromium here (looked for chromium, chromium-browser, google-chrome on PATH): "
                + "install the Debian package 'chromium' (.ci/run does) to run the browser test");
        kafka = new EmbeddedKafka().start();
        MarqueeConfig config = MarqueeConfig.of(Map.of(
                MarqueeConfig.BOOTSTRAP_SERVERS, kafka.bootstrapServers(),
                MarqueeConfig.APPLICATION_ID, "marquee-browser-test",
                MarqueeConfig.STATE_DIR, Files.createTempDirectory("marquee-browser-test").toString(),
                MarqueeConfig.HTTP_PORT, "0"));
        try (Admin admin = Admin.create(config.kafkaClientProperties())) {
            new TopicApplier(admin).apply(TopicContracts.fromClasspath(), config, false);
        }
        Map<String, Object> props = new HashMap<>(config.kafkaClientProperties());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            new ReferencePublisher(producer, config.awardsTopic(), new PrintStream(PrintStream.nullOutputStream()))
                    .publish(AwardsData.loadShipped().nominations(), "nominations");
            for (String line : sampleArticles()) {
                String id = Json.MAPPER.readTree(line).path("id").asText();
                producer.send(new ProducerRecord<>(config.articlesTopic(), id, line.getBytes(StandardCharsets.UTF_8))).get();
            }
        }
        app = new StreamApp(config);
        app.start();
        assertTrue(app.awaitRunning(Duration.ofSeconds(90)), "app RUNNING");
        // One sample article: every film trends with one article, so the entity view is pinned to Her by the page's hash.
        url = "http://127.0.0.1:" + app.httpPort() + "/#entity=tt1798709";
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline && app.queries().articles(10, true).body() instanceof Views.ArticleList list && list.count() == 0) {
            Thread.sleep(200);
        }
        dom = run(List.of("--dump-dom", url));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void shouldRenderTheLatestArticleWithItsTagsHighlighted() {
        assertTrue(dom.contains("data-state=\"ready\""), "the page's script finished rendering: " + abbreviate(dom));
        assertTrue(dom.contains("data-article-id=\"spike-jonze-interview\""), abbreviate(dom));
        assertTrue(Pattern.compile("<mark class=\"FILM\"[^>]*data-entity=\"tt1798709\"[^>]*>Her</mark>").matcher(dom).find(), "Her highlighted as a film");
        assertTrue(Pattern.compile("<mark class=\"PERSON\"[^>]*data-entity=\"nm0005069\"[^>]*>Spike Jonze</mark>").matcher(dom).find());
        assertTrue(Pattern.compile("<mark class=\"AWARD\"[^>]*>Oscar</mark>").matcher(dom).find(), "award mention inside the claim");
        assertTrue(Pattern.compile("<mark[^>]*data-entity=\"tt1798709\"[^>]*>[Hh]er</mark>").matcher(dom).results().allMatch(m -> m.group().endsWith(">Her</mark>")),
                "no pronoun 'her' marked as the film");
    }

    @Test
    void shouldMarkTheCheckedAwardClaims() {
        assertEquals(2, Pattern.compile("data-claim-status=\"verified\"").matcher(dom).results().count(), abbreviate(dom));
        assertTrue(dom.contains("five Oscar nominations"));
    }

    @Test
    void shouldListTrendingFilmsAndPeopleWithSparklines() {
        String films = section(dom, "id=\"trending-films\"", "</ol>");
        assertTrue(films.contains("data-entity=\"tt1798709\""), films);
        assertTrue(films.contains("<svg class=\"sparkline\""), films);
        String people = section(dom, "id=\"trending-people\"", "</ol>");
        // One article: every person trends with 1, ten of them (the page's limit), each with its sparkline.
        assertEquals(10, Pattern.compile("<li data-entity=\"").matcher(people).results().count(), people);
        assertEquals(10, Pattern.compile("<svg class=\"sparkline\"").matcher(people).results().count(), people);
    }

    @Test
    void shouldShowThePinnedFilmsAwardHistory() {
        String entity = section(dom, "id=\"entity-view\"", "</section>");
        assertTrue(entity.contains("Her · film · tt1798709"), entity);
        assertTrue(entity.contains("86th Academy Awards (2014)"), entity);
        assertTrue(entity.contains("71st Golden Globe Awards (2014)"), entity);
        assertTrue(entity.contains("WRITING (Original Screenplay)"), entity);
    }

    @Test
    void shouldSaveAScreenshot() throws Exception {
        Files.createDirectories(SCREENSHOT.getParent());
        Files.deleteIfExists(SCREENSHOT);
        run(List.of("--screenshot=" + SCREENSHOT.toAbsolutePath(), "--window-size=1400,1000", url));
        assertTrue(Files.size(SCREENSHOT) > 10_000, "a real screenshot, not an empty page");
    }

    /** Runs headless Chromium on a throwaway profile; its virtual time budget lets the page's fetches finish before the dump. */
    private static String run(List<String> action) throws Exception {
        Path profile = Files.createTempDirectory("marquee-chromium");
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--hide-scrollbars", "--virtual-time-budget=10000", "--user-data-dir=" + profile));
        command.addAll(action);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        assertTrue(p.waitFor(90, TimeUnit.SECONDS), "chromium finished");
        assertEquals(0, p.exitValue(), "chromium exit code");
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Path findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static List<String> sampleArticles() throws IOException {
        try (InputStream in = LivePageBrowserTest.class.getResourceAsStream("/samples/articles.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static String section(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, start + " not in the DOM: " + abbreviate(html));
        int to = html.indexOf(end, from);
        return html.substring(from, to < 0 ? html.length() : to);
    }

    private static String abbreviate(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }
}
