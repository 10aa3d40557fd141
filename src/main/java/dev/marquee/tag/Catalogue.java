package dev.marquee.tag;

import java.util.List;

/** What the tagger can link to: films and people by name, built from the reference data. */
public interface Catalogue {

    /** Entries whose name or alias normalizes (see {@link Names#normalize}) to {@code normalizedName}. */
    List<CatalogueEntry> lookup(String normalizedName);

    /** Entry by id, or null. */
    CatalogueEntry byId(String id);

    /** Longest name in tokens; the tagger never needs to look at longer spans. */
    int maxNameTokens();

    /**
     * An upper bound on the words of any name whose normalized form starts with the word {@code firstWord}; 0 when
     * none does. Lets the tagger stop extending a span long before {@link #maxNameTokens()} words.
     */
    default int maxNameTokens(String firstWord) {
        return maxNameTokens();
    }

    /**
     * Whether {@code normalizedToken} is the first name of people in the catalogue, so a capitalized pair such as
     * "Mark Romanek" reads as a person's name even when that person is not in the catalogue.
     */
    default boolean isGivenName(String normalizedToken) {
        return false;
    }

    /** Year in which ceremony {@code number} of award body {@code bodyId} was held, or null when the data does not say. */
    default Integer ceremonyYear(String bodyId, int number) {
        return null;
    }

    /** Number of the ceremony award body {@code bodyId} held in {@code year}, or null when the data does not say. */
    default Integer ceremonyNumber(String bodyId, int year) {
        return null;
    }
}
