package dev.marquee.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The app's own account of its tagging so far, as its {@code /metrics} reports it ({@code marquee_tagging_seconds}):
 * the time its stream threads spent tagging and joining articles, and how many. Between two readings it says how
 * long an article took to tag inside the app, beside tag mode's figure, and what share of a phase the stream threads
 * spent tagging; the e2e/tag ratio is those two together.
 *
 * @param seconds  time spent tagging, summed over the stream threads
 * @param articles articles tagged
 */
record AppTagging(double seconds, long articles) {

    private static final String SUM = "marquee_tagging_seconds_sum ";
    private static final String COUNT = "marquee_tagging_seconds_count ";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** Reads the app's {@code /metrics} on this local port. */
    static AppTagging read(int httpPort) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the app's /metrics answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the app's /metrics on port " + httpPort + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the app's /metrics", e);
        }
    }

    /** The tagging histogram's sum and count in a Prometheus text exposition. */
    static AppTagging parse(String metrics) {
        Double seconds = null;
        Long articles = null;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(SUM)) {
                seconds = Double.parseDouble(line.substring(SUM.length()).trim());
            } else if (line.startsWith(COUNT)) {
                articles = (long) Double.parseDouble(line.substring(COUNT.length()).trim());
            }
        }
        if (seconds == null || articles == null) {
            throw new IllegalStateException("the app's /metrics has no marquee_tagging_seconds sum and count");
        }
        return new AppTagging(seconds, articles);
    }

    /** What was tagged between {@code earlier} and this reading. */
    AppTagging since(AppTagging earlier) {
        return new AppTagging(seconds - earlier.seconds, articles - earlier.articles);
    }
}
