package dev.marquee.bench;

import dev.marquee.ops.AppJvmOptions;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The heap figure of an app process ({@code bench startup}, {@code bench e2e --app-jvm-arg}), read from what
 * {@code jcmd GC.heap_info} prints for each collector.
 */
class AppProcessTest {

    // Lines as JDK 17's jcmd printed them for a JVM holding 100 MiB of arrays after GC.run.
    private static final String G1 = """
             garbage-first heap   total 389120K, used 207765K [0x00000000e0000000, 0x0000000100000000)
              region size 1024K, 0 young (0K), 0 survivors (0K)
             Metaspace       used 9107K, committed 9344K, reserved 1114112K
              class space    used 1094K, committed 1216K, reserved 1048576K
            """;
    private static final String SERIAL = """
             def new generation   total 116224K, used 312K [0x00000000e0000000, 0x00000000e7e10000, 0x00000000eaaa0000)
              eden space 103360K,   0% used [0x00000000e0000000, 0x00000000e0000000, 0x00000000e64f0000)
              from space 12864K,   0% used [0x00000000e64f0000, 0x00000000e64f0000, 0x00000000e7180000)
              to   space 12864K,   0% used [0x00000000e7180000, 0x00000000e7180000, 0x00000000e7e10000)
             tenured generation   total 258048K, used 104721K [0x00000000eaaa0000, 0x00000000fa6a0000, 0x0000000100000000)
               the space 258048K,  40% used [0x00000000eaaa0000, 0x00000000f10e4578, 0x00000000f10e4600, 0x00000000fa6a0000)
             Metaspace       used 9121K, committed 9344K, reserved 1114112K
            """;
    private static final String PARALLEL = """
             PSYoungGen      total 158720K, used 0K [0x00000000f5580000, 0x0000000100000000, 0x0000000100000000)
              eden space 142848K, 0% used [0x00000000f5580000,0x00000000f5580000,0x00000000fe100000)
             ParOldGen       total 258048K, used 104694K [0x00000000e0000000, 0x00000000efc00000, 0x00000000f5580000)
              object space 258048K, 40% used [0x00000000e0000000,0x00000000e663da70,0x00000000efc00000)
             Metaspace       used 9132K, committed 9344K, reserved 1114112K
            """;

    @Test
    void shouldStartTheAppWithItsShippedJvmOptionsAndLetTheBenchUsersOwnComeAfterThem() {
        List<String> command = AppProcess.command(List.of("-Xmx512m", "-XX:InitiatingHeapOccupancyPercent=45"));
        int users = command.indexOf("-XX:InitiatingHeapOccupancyPercent=45");
        for (String option : AppJvmOptions.RECOMMENDED) {
            assertTrue(command.indexOf(option) > 0 && command.indexOf(option) < users, option + " before the user's options: " + command);
        }
        assertTrue(command.indexOf("-Xmx512m") < command.indexOf("-cp"), "JVM options before the class path: " + command);
        assertEquals(List.of("dev.marquee.cli.Marquee", "run"), command.subList(command.size() - 2, command.size()));
    }

    @Test
    void shouldReadTheWholeG1HeapWithoutMetaspace() {
        assertEquals(207_765, AppProcess.heapUsedKb(G1));
    }

    @Test
    void shouldSumTheGenerationsOfSerialAndParallelHeaps() {
        assertEquals(312 + 104_721, AppProcess.heapUsedKb(SERIAL));
        assertEquals(104_694, AppProcess.heapUsedKb(PARALLEL));
    }

    @Test
    void shouldReportNoHeapWhenJcmdPrintsNone() {
        assertEquals(-1, AppProcess.heapUsedKb("8038:\nCould not attach to the JVM"));
    }
}
