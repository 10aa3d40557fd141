package dev.marquee.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * This JVM's CPU time by what used it: the stream threads, the JIT compilers, the garbage collector, and the rest
 * (broker, Kafka clients, the bench itself). A bench phase reports it so a reader sees what its CPU went to, and a
 * warm-up can wait until the compilers are done: on a slow 2-core machine C2 was still taking 0.3–0.7 of a core
 * two minutes into an e2e run, CPU the measured phases would otherwise lose.
 *
 * <p>The compiler and GC threads are not Java threads, so they are read from {@code /proc/self/task} (Linux; zero
 * elsewhere); stream threads by their Java names; the rest is the process total minus those.
 */
final class ProcessCpu {

    enum Role {
        STREAM, JIT, GC, OTHER;

        /** The role's name in a result. */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Path TASKS = Path.of("/proc/self/task");
    /** USER_HZ: the unit of utime and stime in /proc, 100 on every Linux this runs on. */
    private static final long NANOS_PER_TICK = 10_000_000L;

    /** CPU nanoseconds per role at one instant, and when it was taken. */
    record Snapshot(long wallNanos, Map<Role, Long> cpuNanos) {

        /** CPU of all roles together. */
        long totalNanos() {
            return cpuNanos.values().stream().mapToLong(Long::longValue).sum();
        }

        /** CPU seconds per role so far, and their total. */
        Map<String, Object> seconds() {
            Map<String, Object> seconds = new LinkedHashMap<>();
            cpuNanos.forEach((role, used) -> seconds.put(role.key(), TagBench.round(used / 1e9)));
            seconds.put("total", TagBench.round(totalNanos() / 1e9));
            return seconds;
        }

        /** Cores used per role between {@code before} and this snapshot (1.0 = one core busy the whole time). */
        Map<String, Object> coresSince(Snapshot before) {
            double seconds = (wallNanos - before.wallNanos) / 1e9;
            Map<String, Object> cores = new LinkedHashMap<>();
            for (Role role : cpuNanos.keySet()) {
                long used = cpuNanos.get(role) - before.cpuNanos.get(role);
                cores.put(role.key(), seconds <= 0 ? 0.0 : TagBench.round(used / 1e9 / seconds));
            }
            return cores;
        }
    }

    private ProcessCpu() {
    }

    static Snapshot now() {
        long wall = System.nanoTime();
        long total = OS.getProcessCpuTime();
        Map<Role, Long> cpu = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            cpu.put(role, 0L);
        }
        readNativeThreads(TASKS, cpu);
        cpu.put(Role.STREAM, streamThreadsNanos());
        cpu.put(Role.OTHER, Math.max(0, total - cpu.get(Role.STREAM) - cpu.get(Role.JIT) - cpu.get(Role.GC)));
        return new Snapshot(wall, cpu);
    }

    /**
     * Another JVM's CPU by role, by its pid and its process CPU so far: JIT, GC and the rest. Its stream threads
     * cannot be told apart there ({@code /proc} cuts thread names to 15 characters, the client id's first ones), so
     * they count under OTHER, which has no STREAM role beside it.
     */
    static Snapshot of(long pid, long processCpuNanos) {
        long wall = System.nanoTime();
        Map<Role, Long> cpu = new EnumMap<>(Role.class);
        cpu.put(Role.JIT, 0L);
        cpu.put(Role.GC, 0L);
        readNativeThreads(Path.of("/proc", String.valueOf(pid), "task"), cpu);
        cpu.put(Role.OTHER, Math.max(0, processCpuNanos - cpu.get(Role.JIT) - cpu.get(Role.GC)));
        return new Snapshot(wall, cpu);
    }

    /** CPU this JVM's JIT compiler threads have used. */
    static long jitNanos() {
        return jitNanos(TASKS);
    }

    /** CPU the JIT compiler threads of another JVM on this machine have used, by its pid. */
    static long jitNanos(long pid) {
        return jitNanos(Path.of("/proc", String.valueOf(pid), "task"));
    }

    private static long jitNanos(Path tasks) {
        Map<Role, Long> cpu = new EnumMap<>(Role.class);
        readNativeThreads(tasks, cpu);
        return cpu.getOrDefault(Role.JIT, 0L);
    }

    /**
     * The role of a native thread by its {@code /proc} name (at most 15 characters): HotSpot's C1/C2 compiler
     * threads, and its GC workers (G1's parallel, concurrent-mark, refinement and service threads); null otherwise.
     */
    static Role nativeRole(String comm) {
        if (comm.startsWith("C1 CompilerThre") || comm.startsWith("C2 CompilerThre")) {
            return Role.JIT;
        }
        if (comm.startsWith("GC Thread#") || comm.startsWith("G1 ")) {
            return Role.GC;
        }
        return null;
    }

    /** A Kafka Streams stream thread is named {@code <client id>-StreamThread-<n>}; its producer's thread has a suffix. */
    static boolean isStreamThread(String javaName) {
        return javaName.contains("-StreamThread-") && !javaName.contains("producer");
    }

    private static void readNativeThreads(Path threads, Map<Role, Long> cpu) {
        if (!Files.isDirectory(threads)) {
            return;
        }
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(threads)) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended meanwhile
                }
                // pid (comm) state ...: comm may hold spaces and parentheses, so it ends at the last ')'.
                Role role = nativeRole(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
                if (role == null) {
                    continue;
                }
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                cpu.merge(role, ticks * NANOS_PER_TICK, Long::sum);
            }
        } catch (IOException | RuntimeException e) {
            // no usable /proc: those roles stay at zero and count as OTHER
        }
    }

    private static long streamThreadsNanos() {
        long nanos = 0;
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && isStreamThread(info.getThreadName())) {
                nanos += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return nanos;
    }
}
