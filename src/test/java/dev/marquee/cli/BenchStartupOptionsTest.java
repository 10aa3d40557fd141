package dev.marquee.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchStartupOptionsTest {

    private static List<String> appJvmArgs(String... options) {
        CommandLine cli = Marquee.commandLine();
        String[] args = new String[options.length + 2];
        args[0] = "bench";
        args[1] = "startup";
        System.arraycopy(options, 0, args, 2, options.length);
        cli.parseArgs(args);
        BenchCommand.Startup startup = cli.getSubcommands().get("bench").getSubcommands().get("startup").getCommand();
        return startup.appJvmArgs();
    }

    @Test
    void shouldStartTheAppWithHalfAGigabyteOfHeapWhenNoJvmOptionIsGiven() {
        assertEquals(List.of("-Xmx512m"), appJvmArgs());
    }

    @Test
    void shouldKeepTheDefaultHeapWhenTheUserAddsOtherJvmOptions() {
        assertEquals(List.of("-Xmx512m", "-Xlog:gc", "-Xms512m"), appJvmArgs("--jvm-arg", "-Xlog:gc", "--jvm-arg", "-Xms512m"));
    }

    @Test
    void shouldPutTheUsersHeapAfterTheDefaultSoThatTheJvmTakesTheUsers() {
        assertEquals(List.of("-Xmx512m", "-Xmx1g"), appJvmArgs("--jvm-arg", "-Xmx1g"));
    }
}
