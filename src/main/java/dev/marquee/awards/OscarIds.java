package dev.marquee.awards;

import dev.marquee.tag.Names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IMDb ids of the Oscar data by normalized name, so rows of a source without ids (the Golden Globes) can
 * borrow them. A match must be unique: two Oscar films or people behind one name give no id rather than a guess.
 */
final class OscarIds {

    private final Map<String, Map<Integer, Set<String>>> filmsByTitle = new HashMap<>();
    private final Map<String, Set<String>> peopleByName = new HashMap<>();

    static OscarIds of(List<Nomination> oscars) {
        OscarIds ids = new OscarIds();
        for (Nomination n : oscars) {
            int[] years = OscarsReader.filmYears(n.filmYear());
            for (EntityRef f : n.films()) {
                if (f.id().startsWith("tt")) {
                    Map<Integer, Set<String>> byYear = ids.filmsByTitle.computeIfAbsent(Names.normalize(f.name()), k -> new HashMap<>());
                    for (int y = years[0]; y <= years[1]; y++) {
                        byYear.computeIfAbsent(y, k -> new HashSet<>()).add(f.id());
                    }
                }
            }
            for (EntityRef p : n.nominees()) {
                if (p.id().startsWith("nm")) {
                    ids.peopleByName.computeIfAbsent(Names.normalize(p.name()), k -> new HashSet<>()).add(p.id());
                }
            }
        }
        return ids;
    }

    /** The one Oscar film of this title and year, else of this title a year either side; null if none or several. */
    String film(String title, int year) {
        Map<Integer, Set<String>> byYear = filmsByTitle.get(Names.normalize(title));
        if (byYear == null) {
            return null;
        }
        Set<String> exact = byYear.get(year);
        if (exact != null) {
            return only(exact);
        }
        Set<String> near = new HashSet<>(byYear.getOrDefault(year - 1, Set.of()));
        near.addAll(byYear.getOrDefault(year + 1, Set.of()));
        return only(near);
    }

    /** The one Oscar nominee id of this name; null if none or several. */
    String person(String name) {
        return only(peopleByName.getOrDefault(Names.normalize(name), Set.of()));
    }

    private static String only(Set<String> ids) {
        return ids.size() == 1 ? ids.iterator().next() : null;
    }
}
