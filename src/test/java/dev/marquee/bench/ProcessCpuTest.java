package dev.marquee.bench;

import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcessCpuTest {

    @Test
    void shouldTellCompilerAndCollectorThreadsByTheirProcNames() {
        assertEquals(ProcessCpu.Role.JIT, ProcessCpu.nativeRole("C2 CompilerThre"));
        assertEquals(ProcessCpu.Role.JIT, ProcessCpu.nativeRole("C1 CompilerThre"));
        assertEquals(ProcessCpu.Role.GC, ProcessCpu.nativeRole("GC Thread#1"));
        assertEquals(ProcessCpu.Role.GC, ProcessCpu.nativeRole("G1 Conc#0"));
        assertEquals(ProcessCpu.Role.GC, ProcessCpu.nativeRole("G1 Refine#0"));
        assertNull(ProcessCpu.nativeRole("kafka-producer-"));
        assertNull(ProcessCpu.nativeRole("VM Thread"));
    }

    @Test
    void shouldCountStreamThreadsButNotTheirProducers() {
        assertTrue(ProcessCpu.isStreamThread("marquee-bench-5f1c-StreamThread-1"));
        assertFalse(ProcessCpu.isStreamThread("kafka-producer-network-thread | marquee-bench-5f1c-StreamThread-1-producer"));
        assertFalse(ProcessCpu.isStreamThread("marquee-bench-5f1c-GlobalStreamThread"));
    }

    @Test
    void shouldChargeABusyStreamThreadToTheStreamRole() throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ProcessCpu.Snapshot before = ProcessCpu.now();
        AtomicBoolean stop = new AtomicBoolean();
        Thread busy = new Thread(() -> {
            long x = 0;
            while (!stop.get()) {
                x += Long.numberOfTrailingZeros(x + 1);
            }
            if (x == 42) {
                System.out.print("");
            }
        }, "test-StreamThread-1");
        busy.start();
        try {
            // Waits for CPU actually used rather than for a time: on a loaded machine the thread may not run at once.
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (threads.getThreadCpuTime(busy.getId()) < 100_000_000L && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            long spun = threads.getThreadCpuTime(busy.getId());
            ProcessCpu.Snapshot during = ProcessCpu.now();

            assertTrue(spun >= 100_000_000L, "the thread got 0.1 s of CPU within 30 s: " + spun);
            long charged = during.cpuNanos().get(ProcessCpu.Role.STREAM) - before.cpuNanos().get(ProcessCpu.Role.STREAM);
            assertTrue(charged >= spun, "the stream role holds all the CPU of the thread: " + charged + " < " + spun);
            assertTrue((Double) during.coresSince(before).get("stream") > 0, "and shows in the cores by role");
        } finally {
            stop.set(true);
            busy.join();
        }
    }

    @Test
    void shouldReportEachRolesSecondsAndTheirTotal() {
        Map<ProcessCpu.Role, Long> cpu = new EnumMap<>(ProcessCpu.Role.class);
        cpu.put(ProcessCpu.Role.JIT, 1_500_000_000L);
        cpu.put(ProcessCpu.Role.GC, 250_000_000L);
        cpu.put(ProcessCpu.Role.OTHER, 4_000_000_000L);

        Map<String, Object> seconds = new ProcessCpu.Snapshot(0, cpu).seconds();

        assertEquals(Map.of("jit", 1.5, "gc", 0.25, "other", 4.0, "total", 5.75), seconds);
        assertEquals(List.of("jit", "gc", "other", "total"), List.copyOf(seconds.keySet()), "the roles in their order, the total last");
    }

    @Test
    void shouldSplitAnotherJvmsCpuIntoJitGcAndTheRest() {
        long pid = ProcessHandle.current().pid();
        long total = ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();

        ProcessCpu.Snapshot snapshot = ProcessCpu.of(pid, total);

        assertEquals(List.of(ProcessCpu.Role.JIT, ProcessCpu.Role.GC, ProcessCpu.Role.OTHER), List.copyOf(snapshot.cpuNanos().keySet()),
                "no stream role: its threads cannot be told apart from outside");
        assertTrue(snapshot.cpuNanos().get(ProcessCpu.Role.JIT) > 0, "this JVM has compiled the test's code by now");
        long sum = snapshot.cpuNanos().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(total, sum, "the roles add up to the process CPU");
    }

    @Test
    void shouldWarmUpForExactlyTheMinimumWhenTheMaximumIsNoLonger() throws InterruptedException {
        List<Double> slices = new ArrayList<>();
        Warmup.Result r = Warmup.run(0.3, 0, ProcessCpu::jitNanos, slices::add, new PrintStream(PrintStream.nullOutputStream()));
        assertEquals(0.3, slices.stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertTrue(r.seconds() >= 0, "elapsed is measured");
    }

    @Test
    void shouldWarmUpAtLeastTheMinimumAndAtMostOneSlicePastTheMaximum() throws InterruptedException {
        List<Double> slices = new ArrayList<>();
        Warmup.Result r = Warmup.run(0.2, 0.4, ProcessCpu::jitNanos, seconds -> {
            slices.add(seconds);
            Thread.sleep(Math.round(seconds * 1000));
        }, new PrintStream(PrintStream.nullOutputStream()));
        double total = slices.stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(total >= 0.2 - 1e-9, "at least the minimum: " + slices);
        assertTrue(total <= 0.4 + 0.2 + 1e-9, "at most one slice past the maximum: " + slices);
        assertEquals(r.settled(), r.lastSliceJitCores() <= Warmup.JIT_SETTLED_CORES);
    }

    @Test
    void shouldWarmUpUntilTheWatchedCompilersSettle() throws InterruptedException {
        List<Double> slices = new ArrayList<>();
        AtomicBoolean compiling = new AtomicBoolean(true);
        AtomicLong compilerCpu = new AtomicLong();
        // While compiling, the compilers' CPU grows as fast as the clock (one core busy); then it stays put. They go
        // quiet as the fourth call starts: the first is the minimum less one slice, then two busy slices.
        Warmup.Result r = Warmup.run(0.1, 30, () -> compiling.get() ? compilerCpu.updateAndGet(x -> System.nanoTime()) : compilerCpu.get(),
                seconds -> {
                    slices.add(seconds);
                    if (slices.size() == 4) {
                        compiling.set(false);
                    }
                    Thread.sleep(Math.round(seconds * 1000));
                }, new PrintStream(PrintStream.nullOutputStream()));
        assertTrue(r.settled(), "settled once the compilers went quiet");
        assertEquals(4, slices.size(), "went on through the busy slices and stopped after the first quiet one: " + slices);
        assertTrue(r.lastSliceJitCores() <= Warmup.JIT_SETTLED_CORES);
    }

    @Test
    void shouldReadTheCompilersOfAJvmByItsPid() {
        long before = ProcessCpu.jitNanos();
        long byPid = ProcessCpu.jitNanos(ProcessHandle.current().pid());
        assertTrue(byPid > 0, "this JVM has compiled something by now");
        assertTrue(byPid >= before, "the same threads read through /proc/PID: " + byPid + " < " + before);
    }
}
