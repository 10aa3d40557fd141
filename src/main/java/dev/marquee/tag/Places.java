package dev.marquee.tag;

import java.util.Set;

/**
 * Names of places news writes about: continents and regions, countries, states, large cities and film districts
 * ({@code places.txt}, see {@code PLACES.md}). Many are also film titles ("London", "Chicago", "Broadway"), so the
 * tagger asks a title that names a place, where prose writes a place, for more than a film word nearby.
 */
final class Places {

    private static final Set<String> NORMALIZED = WordList.load("/dev/marquee/tag/places.txt", Names::normalize);

    private Places() {
    }

    /** {@code normalizedName} is a whole name normalized by {@link Names#normalize}. */
    static boolean contains(String normalizedName) {
        return NORMALIZED.contains(normalizedName);
    }
}
