package dev.marquee.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchViewsOptionsTest {

    private static BenchCommand.Views parse(String... options) {
        return BenchArgs.parse("views", options);
    }

    @Test
    void shouldStartTheViewsWithHalfAGigabyteOfHeapWhenNoJvmOptionIsGiven() {
        assertEquals(List.of("-Xmx512m"), parse().appJvmArgs());
    }

    @Test
    void shouldKeepTheDefaultHeapWhenTheUserAddsAJvmOption() {
        assertEquals(List.of("-Xmx512m", "-Xlog:gc"), parse("--app-jvm-arg", "-Xlog:gc").appJvmArgs());
    }

    @Test
    void shouldRefuseAnUnknownGuaranteeBeforeStartingAnything() {
        StringWriter err = new StringWriter();
        CommandLine cli = Marquee.commandLine().setErr(new PrintWriter(err));
        int code = cli.execute("bench", "views", "--guarantee", "maybe_once");
        assertEquals(2, code, "a usage error: " + err);
        assertTrue(err.toString().contains("--guarantee must be one of [exactly_once_v2, at_least_once]"), err.toString());
    }
}
