import dev.marquee.awards.AwardsData;
import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.FilmsData;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Builds the reference index from the shipped data as the app does at start-up (the awards, then the films, each
 * one bulk load) several times in one JVM, and prints each build's thread CPU per step and the bytes it allocated.
 * The first rounds include JIT compilation. Usage, after {@code mvn -q -B package -DskipTests}:
 * <pre>java -Xmx512m -cp target/marquee.jar tools/IndexLoad.java [rounds, default 6]</pre>
 */
public class IndexLoad {

    private static final com.sun.management.ThreadMXBean THREAD =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        List<Nomination> nominations = AwardsData.loadShipped().nominations();
        List<FilmRecord> films = FilmsData.loadShipped().films();
        for (int round = 1; round <= rounds; round++) {
            ReferenceIndex index = new ReferenceIndex();
            long allocatedBefore = THREAD.getCurrentThreadAllocatedBytes();
            long start = cpuMs();
            index.beginBulkLoad();
            nominations.forEach(index::upsert);
            index.endBulkLoad();
            long awardsDone = cpuMs();
            index.beginBulkLoad();
            films.forEach(index::upsertFilm);
            long filmsApplied = cpuMs();
            index.endBulkLoad();
            long done = cpuMs();
            System.out.printf("round %d: CPU ms awards %d, films applied %d, films entries built %d, total %d; allocated %d MB%n",
                    round, awardsDone - start, filmsApplied - awardsDone, done - filmsApplied, done - start,
                    (THREAD.getCurrentThreadAllocatedBytes() - allocatedBefore) >> 20);
        }
    }

    private static long cpuMs() {
        return THREAD.getCurrentThreadCpuTime() / 1_000_000;
    }
}
