package dev.marquee.bench;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.Nomination;

import java.util.List;

/** A few hand-made nominations: enough reference data for a corpus without loading the shipped files. */
final class Fixtures {

    private Fixtures() {
    }

    static List<Nomination> nominations() {
        return List.of(
                nomination("n1", "tt1798709", "Her", "nm0005069", "Spike Jonze"),
                nomination("n2", "tt0993846", "The Wolf of Wall Street", "nm0000217", "Martin Scorsese"),
                nomination("n3", "tt0335266", "Lost in Translation", "nm0001068", "Sofia Coppola"),
                nomination("n4", "tt0120601", "Being John Malkovich", "nm0442109", "Charlie Kaufman"));
    }

    private static Nomination nomination(String key, String filmId, String film, String personId, String person) {
        return new Nomination(key, AwardBodies.ACADEMY_AWARDS, 86, 2014, "2013", "DIRECTING", "DIRECTING",
                List.of(new EntityRef(filmId, film)), List.of(new EntityRef(personId, person)), false, null);
    }
}
