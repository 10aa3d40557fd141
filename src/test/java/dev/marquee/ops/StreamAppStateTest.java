package dev.marquee.ops;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The app's state from its two Streams clients' (enrichment and views): what /ready, /health and RUNNING mean. */
class StreamAppStateTest {

    @Test
    void shouldBeRunningOnlyWhenBothClientsAre() {
        assertEquals(State.RUNNING, StreamApp.combine(State.RUNNING, State.RUNNING));
        assertEquals(State.REBALANCING, StreamApp.combine(State.RUNNING, State.REBALANCING));
        assertEquals(State.REBALANCING, StreamApp.combine(State.REBALANCING, State.RUNNING));
        assertEquals(State.CREATED, StreamApp.combine(State.REBALANCING, State.CREATED), "one client not started yet");
    }

    @Test
    void shouldReportAnErrorOrAStopOfEitherClientOverTheOthersProgress() {
        assertEquals(State.ERROR, StreamApp.combine(State.RUNNING, State.ERROR));
        assertEquals(State.ERROR, StreamApp.combine(State.ERROR, State.NOT_RUNNING));
        assertEquals(State.PENDING_ERROR, StreamApp.combine(State.PENDING_ERROR, State.RUNNING));
        assertEquals(State.NOT_RUNNING, StreamApp.combine(State.PENDING_SHUTDOWN, State.NOT_RUNNING));
        assertEquals(State.PENDING_SHUTDOWN, StreamApp.combine(State.RUNNING, State.PENDING_SHUTDOWN));
    }
}
