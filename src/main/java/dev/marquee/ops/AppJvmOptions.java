package dev.marquee.ops;

import java.util.List;

/**
 * JVM options the app is started with where Marquee starts it: the Docker image's entry point and the benches' app
 * JVM. They cannot travel in the jar; a plain {@code java -jar} start takes them on the command line or in
 * {@code JDK_JAVA_OPTIONS} (README, operations).
 */
public final class AppJvmOptions {

    /**
     * G1 starts its concurrent marking at a fixed 75% of the heap. The app keeps about 190 MB live, most of it the
     * reference index. In a 512 MB heap, G1's adaptive threshold sat just above that: it marked the whole heap every
     * 3.4 s (17–20 cycles a minute at 86 articles/s), and on 2 cores its marking took CPU from the stream threads.
     * With 75%: 2–3 cycles a minute, GC 0.06 of a core instead of 0.18, at-least-once p99 50 and 53 ms against 87 and
     * 68 ms (alternating runs, docs/performance.md, tenth round). Heap after GC and RSS did not change.
     */
    public static final List<String> RECOMMENDED = List.of("-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=75");

    private AppJvmOptions() {
    }
}
