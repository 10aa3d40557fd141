package dev.marquee.awards;

import dev.marquee.tag.Names;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IMDb ids of the Oscar data by normalized name, so rows of a source without ids (the Golden Globes, the film
 * catalogue) can borrow them. A match must be unique: two Oscar films or people behind one name give no id rather
 * than a guess. Counts how many nominations name each id, so the {@link ReferenceIndex} can keep it current as
 * nominations come and go.
 */
final class OscarIds {

    /** Normalized film titles and person names whose set of ids changed, so whoever borrowed them can look again. */
    record Changed(Set<String> titles, Set<String> people) {

        Changed() {
            this(new HashSet<>(), new HashSet<>());
        }

        boolean isEmpty() {
            return titles.isEmpty() && people.isEmpty();
        }
    }

    private final Map<String, Map<Integer, Map<String, Integer>>> filmsByTitle = new HashMap<>();
    private final Map<String, Map<String, Integer>> peopleByName = new HashMap<>();

    static OscarIds of(List<Nomination> oscars) {
        OscarIds ids = new OscarIds();
        Changed ignored = new Changed();
        oscars.forEach(n -> ids.add(n, ignored));
        return ids;
    }

    /** Counts the IMDb ids of an Oscar nomination; a nomination whose film year cannot be read lends no film id. */
    void add(Nomination n, Changed changed) {
        count(n, 1, changed);
    }

    void remove(Nomination n, Changed changed) {
        count(n, -1, changed);
    }

    private void count(Nomination n, int delta, Changed changed) {
        int[] years = years(n.filmYear());
        for (EntityRef f : n.films()) {
            if (f.id().startsWith("tt") && years != null) {
                String title = Names.normalize(f.name());
                Map<Integer, Map<String, Integer>> byYear = filmsByTitle.computeIfAbsent(title, k -> new HashMap<>());
                for (int y = years[0]; y <= years[1]; y++) {
                    if (bump(byYear.computeIfAbsent(y, k -> new HashMap<>()), f.id(), delta)) {
                        changed.titles().add(title);
                    }
                    if (byYear.get(y).isEmpty()) {
                        byYear.remove(y);
                    }
                }
                if (byYear.isEmpty()) {
                    filmsByTitle.remove(title);
                }
            }
        }
        for (EntityRef p : n.nominees()) {
            if (p.id().startsWith("nm")) {
                String name = Names.normalize(p.name());
                Map<String, Integer> ids = peopleByName.computeIfAbsent(name, k -> new HashMap<>());
                if (bump(ids, p.id(), delta)) {
                    changed.people().add(name);
                }
                if (ids.isEmpty()) {
                    peopleByName.remove(name);
                }
            }
        }
    }

    /** Adds delta to the id's count; true when the id appeared or disappeared. */
    private static boolean bump(Map<String, Integer> counts, String id, int delta) {
        Integer after = counts.merge(id, delta, (a, b) -> a + b == 0 ? null : a + b);
        return after == null || after == delta;
    }

    private static int[] years(String filmYear) {
        try {
            return OscarsReader.filmYears(filmYear);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The one Oscar film of this title and year, else of this title a year either side; null if none or several. */
    String film(String title, int year) {
        String normalized = Names.normalize(title);
        Set<String> exact = filmsAt(normalized, year);
        return only(exact.isEmpty() ? filmsNear(normalized, year) : exact);
    }

    /** Oscar films of this normalized title dated {@code year}. */
    Set<String> filmsAt(String normalizedTitle, int year) {
        Map<Integer, Map<String, Integer>> byYear = filmsByTitle.get(normalizedTitle);
        return byYear == null ? Set.of() : byYear.getOrDefault(year, Map.of()).keySet();
    }

    /** Oscar films of this normalized title dated a year before or after {@code year}. */
    Set<String> filmsNear(String normalizedTitle, int year) {
        if (!filmsByTitle.containsKey(normalizedTitle)) {
            // Most catalogue titles: loading the catalogue asks this for each of them.
            return Set.of();
        }
        Set<String> near = new HashSet<>(filmsAt(normalizedTitle, year - 1));
        near.addAll(filmsAt(normalizedTitle, year + 1));
        return near;
    }

    /** The one Oscar nominee id of this name; null if none or several. */
    String person(String name) {
        return personOfNormalized(Names.normalize(name));
    }

    /** The one Oscar nominee id of this normalized name; null if none or several. */
    String personOfNormalized(String normalizedName) {
        return only(peopleByName.getOrDefault(normalizedName, Map.of()).keySet());
    }

    static String only(Set<String> ids) {
        return ids.size() == 1 ? ids.iterator().next() : null;
    }
}
