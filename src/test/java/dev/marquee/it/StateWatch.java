package dev.marquee.it;

import dev.marquee.ops.StreamApp;
import org.apache.kafka.streams.KafkaStreams;

import java.util.ArrayList;
import java.util.List;

/**
 * Every transition of an in-process app's state (its two Streams clients' together), recorded from before it starts.
 */
public final class StateWatch {

    private final List<String> transitions = new ArrayList<>();
    private boolean reachedRunning;
    private boolean leftRunning;

    public static StateWatch on(StreamApp app) {
        StateWatch watch = new StateWatch();
        app.onStateChange(watch::record);
        return watch;
    }

    private synchronized void record(KafkaStreams.State now, KafkaStreams.State before) {
        transitions.add(before + "->" + now);
        if (now == KafkaStreams.State.RUNNING) {
            reachedRunning = true;
        } else if (before == KafkaStreams.State.RUNNING) {
            leftRunning = true;
        }
    }

    public synchronized List<String> transitions() {
        return List.copyOf(transitions);
    }

    /** True once the app left RUNNING after having reached it (rebalance, thread replaced, error or shutdown). */
    public synchronized boolean leftRunning() {
        return reachedRunning && leftRunning;
    }

    /** True if the app ever reached a state it cannot come back from by itself. */
    public synchronized boolean failed() {
        return transitions.stream().anyMatch(t -> t.endsWith("->ERROR") || t.endsWith("->PENDING_ERROR"));
    }
}
