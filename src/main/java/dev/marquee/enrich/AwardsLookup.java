package dev.marquee.enrich;

import dev.marquee.awards.Nomination;

import java.util.List;

/** The join side of enrichment: every nomination naming a film or person. */
public interface AwardsLookup {

    /** Nominations naming {@code entityId} as film or nominee, oldest ceremony first; empty if none. */
    List<Nomination> nominationsOf(String entityId);
}
