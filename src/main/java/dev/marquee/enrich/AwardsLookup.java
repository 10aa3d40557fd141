package dev.marquee.enrich;

import dev.marquee.awards.Nomination;

import java.util.List;
import java.util.Optional;

/** The join side of enrichment: every nomination naming a film or person. */
public interface AwardsLookup {

    /** Nominations naming {@code entityId} as film or nominee, oldest ceremony first; empty if none. */
    List<Nomination> nominationsOf(String entityId);

    /**
     * The ceremonies the reference holds for an award body, so a claim checker can tell "not in the data" from
     * "false"; empty when the body is not in the data at all. A default, so a lookup that only joins need not know.
     */
    default Optional<Coverage> coverage(String body) {
        return Optional.empty();
    }

    /** First and last ceremony (number and year) of one body in the reference. */
    record Coverage(int firstCeremony, int lastCeremony, int firstYear, int lastYear) {

        public static Coverage of(Nomination n) {
            return new Coverage(n.ceremony(), n.ceremony(), n.ceremonyYear(), n.ceremonyYear());
        }

        /** This coverage widened to include {@code n}'s ceremony. */
        public Coverage with(Nomination n) {
            return new Coverage(Math.min(firstCeremony, n.ceremony()), Math.max(lastCeremony, n.ceremony()),
                    Math.min(firstYear, n.ceremonyYear()), Math.max(lastYear, n.ceremonyYear()));
        }
    }
}
