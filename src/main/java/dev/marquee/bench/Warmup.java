package dev.marquee.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A warm-up that lasts at least a minimum, then goes on in slices until the JIT compilers have settled (under
 * {@link #JIT_SETTLED_CORES} of a core over the last slice) or a maximum is reached. A fixed warm-up that is enough on
 * a fast machine leaves the compilers busy on a slow one, and the measured phases then pay for compilation and run
 * partly interpreted code.
 */
final class Warmup {

    static final double JIT_SETTLED_CORES = 0.1;
    static final double SLICE_SECONDS = 5;

    /** Runs the workload for about the given time (the tag workers keep running meanwhile, so for them it is a wait). */
    @FunctionalInterface
    interface Workload {
        void run(double seconds) throws InterruptedException;
    }

    /** How long the warm-up took, what the compilers used over its last slice, and whether they had settled. */
    record Result(double seconds, double lastSliceJitCores, boolean settled) {

        Map<String, Object> toJson() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seconds", TagBench.round(seconds));
            m.put("jit_cores_last_slice", TagBench.round(lastSliceJitCores));
            m.put("jit_settled", settled);
            return m;
        }
    }

    private Warmup() {
    }

    /**
     * @param minSeconds at least this long
     * @param maxSeconds at most about this long (one slice more at worst); at or below {@code minSeconds}, the
     *                   warm-up is exactly {@code minSeconds}
     * @param jitNanos   CPU used so far by the compilers to wait for: of this JVM, and of the app's when it has its own
     */
    static Result run(double minSeconds, double maxSeconds, LongSupplier jitNanos, Workload workload, PrintStream progress)
            throws InterruptedException {
        long start = System.nanoTime();
        double slice = Math.min(SLICE_SECONDS, Math.max(minSeconds, 0.001));
        workload.run(Math.max(0, minSeconds - slice));
        while (true) {
            long jitBefore = jitNanos.getAsLong();
            long sliceStart = System.nanoTime();
            workload.run(slice);
            double jit = (jitNanos.getAsLong() - jitBefore) / (double) (System.nanoTime() - sliceStart);
            double elapsed = (System.nanoTime() - start) / 1e9;
            boolean settled = jit <= JIT_SETTLED_CORES;
            if (settled || elapsed >= maxSeconds) {
                return new Result(elapsed, jit, settled);
            }
            progress.printf("  warm-up %.0f s: JIT compilers still at %.2f cores, going on (up to %.0f s) ...%n", elapsed, jit, maxSeconds);
        }
    }
}
