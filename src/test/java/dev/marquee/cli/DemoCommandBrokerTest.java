package dev.marquee.cli;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** README command one, run as a user runs it: the demo must exit 0 with every sample record accounted for. */
@Tag("broker")
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class DemoCommandBrokerTest {

    @Test
    void shouldRunTheWholeJobOnALocalBrokerAndExitZero() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exit;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exit = Marquee.commandLine().execute("demo");
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, out);
        assertTrue(out.contains("Enriched events: 1 of 1 expected; dead letters: 4 of 4 expected"), out);
        assertTrue(out.matches("(?s).*\\n  Her\\s+tt1798709 .*86th Academy Awards: 5 nominations, won WRITING \\(Original Screenplay\\).*"), out);
        assertTrue(out.contains("Dead letter INVALID_JSON"), out);
    }
}
