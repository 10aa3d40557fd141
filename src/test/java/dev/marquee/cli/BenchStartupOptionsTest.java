package dev.marquee.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BenchStartupOptionsTest {

    private static List<String> appJvmArgs(String... options) {
        return BenchArgs.<BenchCommand.Startup>parse("startup", options).appJvmArgs();
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
