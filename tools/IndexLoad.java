import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the reference index from the shipped data as the app does at start-up (the awards, then the films, each
 * one bulk load) several times in one JVM, and prints each build's thread CPU per step and the bytes it allocated.
 * The first rounds include JIT compilation. Usage, after {@code mvn -q -B package -DskipTests}:
 * <pre>java -Xmx512m -cp target/marquee.jar tools/IndexLoad.java [rounds, default 6]</pre>
 *
 * <p>Given two jars, it compares their builds in one JVM: each jar in a class loader of its own, the two built in
 * turn (which goes first alternates), so a machine whose speed drifts within minutes slows both alike. It then prints
 * the median, over the warm rounds, of the second jar's CPU per build over the first's:
 * <pre>java -Xmx3g tools/IndexLoad.java 16 before.jar after.jar</pre>
 */
public class IndexLoad {

    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    /** Rounds left out of the ratio: the JIT is still compiling the build then. */
    private static final int COLD_ROUNDS = 2;

    /** One build of Marquee, called through reflection so that two jars can sit side by side. */
    private static final class Build {
        final String name;
        final Class<?> indexType;
        final Method beginBulkLoad;
        final Method endBulkLoad;
        final Method upsert;
        final Method upsertFilm;
        final List<?> nominations;
        final List<?> films;
        final List<Long> totalCpuMs = new ArrayList<>();

        Build(String name, ClassLoader loader) throws Exception {
            this.name = name;
            Class<?> awardsData = loader.loadClass("dev.marquee.awards.AwardsData");
            Class<?> filmsData = loader.loadClass("dev.marquee.awards.FilmsData");
            indexType = loader.loadClass("dev.marquee.awards.ReferenceIndex");
            beginBulkLoad = indexType.getMethod("beginBulkLoad");
            endBulkLoad = indexType.getMethod("endBulkLoad");
            upsert = indexType.getMethod("upsert", loader.loadClass("dev.marquee.awards.Nomination"));
            upsertFilm = indexType.getMethod("upsertFilm", loader.loadClass("dev.marquee.awards.FilmRecord"));
            nominations = (List<?>) awardsData.getMethod("nominations").invoke(awardsData.getMethod("loadShipped").invoke(null));
            films = (List<?>) filmsData.getMethod("films").invoke(filmsData.getMethod("loadShipped").invoke(null));
        }

        void buildOnce(int round) throws Exception {
            Object index = indexType.getConstructor().newInstance();
            long allocatedBefore = THREAD.getCurrentThreadAllocatedBytes();
            long start = cpuMs();
            beginBulkLoad.invoke(index);
            for (Object nomination : nominations) {
                upsert.invoke(index, nomination);
            }
            endBulkLoad.invoke(index);
            long awardsDone = cpuMs();
            beginBulkLoad.invoke(index);
            for (Object film : films) {
                upsertFilm.invoke(index, film);
            }
            long filmsApplied = cpuMs();
            endBulkLoad.invoke(index);
            long done = cpuMs();
            totalCpuMs.add(done - start);
            System.out.printf("%sround %d: CPU ms awards %d, films applied %d, films entries built %d, total %d; allocated %d MB%n",
                    name, round, awardsDone - start, filmsApplied - awardsDone, done - filmsApplied, done - start,
                    (THREAD.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20);
        }
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        if (args.length <= 1) {
            Build build = new Build("", IndexLoad.class.getClassLoader());
            for (int round = 1; round <= rounds; round++) {
                build.buildOnce(round);
            }
            return;
        }
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: IndexLoad.java [rounds [first.jar second.jar]]");
        }
        if (rounds <= COLD_ROUNDS) {
            throw new IllegalArgumentException("comparing two jars needs more than " + COLD_ROUNDS + " rounds: the first are left out as cold");
        }
        Build first = new Build(args[1] + " ", jarLoader(args[1]));
        Build second = new Build(args[2] + " ", jarLoader(args[2]));
        for (int round = 1; round <= rounds; round++) {
            // A full GC before each build, so neither pays for the other's garbage.
            System.gc();
            (round % 2 == 1 ? first : second).buildOnce(round);
            System.gc();
            (round % 2 == 1 ? second : first).buildOnce(round);
        }
        double[] ratios = new double[rounds - COLD_ROUNDS];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = (double) second.totalCpuMs.get(i + COLD_ROUNDS) / first.totalCpuMs.get(i + COLD_ROUNDS);
        }
        Arrays.sort(ratios);
        System.out.printf("CPU per build, %s over %s, rounds %d-%d: median %.2f (%.2f-%.2f)%n", args[2], args[1],
                COLD_ROUNDS + 1, rounds, ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
    }

    private static ClassLoader jarLoader(String jar) throws Exception {
        return new URLClassLoader(new URL[]{new File(jar).toURI().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static long cpuMs() {
        return THREAD.getCurrentThreadCpuTime() / 1_000_000;
    }
}
