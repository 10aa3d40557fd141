package dev.marquee.bench;

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

    /** Reads the app's {@code /metrics} on this local port. */
    static AppTagging read(int httpPort) {
        return parse(AppHttp.get(httpPort, "/metrics"));
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
