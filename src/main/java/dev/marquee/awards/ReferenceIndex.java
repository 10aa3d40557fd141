package dev.marquee.awards;

import dev.marquee.enrich.AwardsLookup;
import dev.marquee.enrich.AwardsLookup.Coverage;
import dev.marquee.tag.Catalogue;
import dev.marquee.tag.CatalogueEntry;
import dev.marquee.tag.EntityType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory view of the reference data, the awards table and the film catalogue: the tagger's catalogue of films
 * and people, and the join side of enrichment. One writer (the global stores' processors, or a file load) applies
 * upserts and deletes by record key; any number of stream threads read concurrently. Readers see immutable
 * snapshots per name and per entity, so a lookup never observes half an update of one entry.
 *
 * <p>A catalogue film is the same entity as the Oscar film of its title and year (it takes the IMDb id, so the
 * join finds its nominations) or else as the Golden Globe film of its title and year (same own id); its directors
 * and cast are people entries linked both ways. See {@link FilmCatalogue}.
 */
public final class ReferenceIndex implements Catalogue, AwardsLookup {

    private static final Comparator<Nomination> CHRONOLOGICAL = Comparator
            .comparingInt(Nomination::ceremonyYear)
            .thenComparing(Nomination::body)
            .thenComparing(Nomination::category)
            .thenComparing(Nomination::key);

    private final Map<String, Nomination> nominationsByKey = new ConcurrentHashMap<>();
    private final Map<String, List<Nomination>> nominationsByEntity = new ConcurrentHashMap<>();
    private final Map<String, CatalogueEntry> entriesById = new ConcurrentHashMap<>();
    private final Map<String, List<CatalogueEntry>> entriesByName = new ConcurrentHashMap<>();
    private final Map<String, Integer> givenNameCounts = new ConcurrentHashMap<>();
    private final OscarIds oscarIds = new OscarIds();
    private final FilmCatalogue films = new FilmCatalogue();
    private volatile int maxNameTokens = 1;
    /** Per first word of a name, its most words; only grows, so it stays an upper bound when names go. */
    private final Map<String, Integer> maxNameTokensByFirstWord = new ConcurrentHashMap<>();
    // Only ever widens: a removed nomination does not shrink what the loaded data covers, and the claim checker only
    // needs to know which ceremonies a body's data spans.
    private final Map<String, Coverage> coverageByBody = new ConcurrentHashMap<>();
    /** Entities to refresh at the end of a bulk load; null outside one. */
    private Set<String> deferred;
    private int bulkLoads;
    /** Per body, ceremony number to year and back: facts of the calendar, kept when a nomination goes away. */
    private final Map<String, Map<Integer, Integer>> ceremonyYears = new ConcurrentHashMap<>();
    private final Map<String, Map<Integer, Integer>> ceremonyNumbers = new ConcurrentHashMap<>();

    public static ReferenceIndex of(Iterable<Nomination> nominations) {
        return of(nominations, List.of());
    }

    /**
     * The index of whole tables, as the batch path loads them. Entries are built once at the end instead of after
     * every record (a prolific actor's entry would otherwise be rebuilt for each of his films); since an entry is a
     * function of the records held, the result equals applying the records one by one, in any order.
     */
    public static ReferenceIndex of(Iterable<Nomination> nominations, Iterable<FilmRecord> catalogue) {
        ReferenceIndex index = new ReferenceIndex();
        index.beginBulkLoad();
        for (Nomination n : nominations) {
            index.upsert(n);
        }
        for (FilmRecord f : catalogue) {
            index.upsertFilm(f);
        }
        index.endBulkLoad();
        return index;
    }

    /**
     * From now until the matching {@link #endBulkLoad()}, records are applied but the catalogue entries they touch
     * are rebuilt once at the end instead of after every record: a prolific actor's entry would otherwise be rebuilt
     * for each of his films, which dominated restoring the reference stores at start-up. Lookups in between see the
     * entries as they were before. Calls nest (one per restoring partition).
     */
    public synchronized void beginBulkLoad() {
        if (bulkLoads++ == 0) {
            deferred = new LinkedHashSet<>();
            films.beginBulkLoad();
        }
    }

    /** Ends one {@link #beginBulkLoad()}; the last one rebuilds every entry touched since the first. */
    public synchronized void endBulkLoad() {
        if (bulkLoads == 0) {
            throw new IllegalStateException("endBulkLoad without beginBulkLoad");
        }
        if (--bulkLoads == 0) {
            Set<String> touched = deferred;
            deferred = null;
            films.endBulkLoad(oscarIds, touched);
            refreshEntries(touched);
            films.forgetNormalized();
        }
    }

    public synchronized void upsert(Nomination nomination) {
        Nomination previous = nominationsByKey.put(nomination.key(), nomination);
        Set<String> touched = new LinkedHashSet<>();
        OscarIds.Changed changed = new OscarIds.Changed();
        if (previous != null) {
            detach(previous, touched);
            if (isOscar(previous)) {
                oscarIds.remove(previous, changed);
            }
        }
        attach(nomination, touched);
        if (isOscar(nomination)) {
            oscarIds.add(nomination, changed);
        }
        relinkFilms(changed, touched);
        refreshEntries(touched);
        ceremonyYears.computeIfAbsent(nomination.body(), b -> new ConcurrentHashMap<>())
                .put(nomination.ceremony(), nomination.ceremonyYear());
        ceremonyNumbers.computeIfAbsent(nomination.body(), b -> new ConcurrentHashMap<>())
                .put(nomination.ceremonyYear(), nomination.ceremony());
        coverageByBody.merge(nomination.body(), Coverage.of(nomination), (a, b) -> a.with(nomination));
    }

    public synchronized void remove(String key) {
        Nomination previous = nominationsByKey.remove(key);
        if (previous != null) {
            Set<String> touched = new LinkedHashSet<>();
            OscarIds.Changed changed = new OscarIds.Changed();
            detach(previous, touched);
            if (isOscar(previous)) {
                oscarIds.remove(previous, changed);
            }
            relinkFilms(changed, touched);
            refreshEntries(touched);
        }
    }

    public synchronized void upsertFilm(FilmRecord film) {
        if (deferred != null) {
            films.upsert(film, oscarIds, deferred);
            return;
        }
        Set<String> touched = new LinkedHashSet<>();
        films.upsert(film, oscarIds, touched);
        refreshEntries(touched);
    }

    public synchronized void removeFilm(String key) {
        Set<String> touched = new LinkedHashSet<>();
        films.remove(key, oscarIds, touched);
        refreshEntries(touched);
    }

    /** Nominations held. */
    public int size() {
        return nominationsByKey.size();
    }

    /** Catalogue films held. */
    public synchronized int filmCount() {
        return films.size();
    }

    /** How the catalogue joined the awards: films that took an IMDb id or a Golden Globe film's id, people credited. */
    public synchronized FilmCatalogue.Stats filmStats() {
        return films.stats(nominationsByEntity.keySet());
    }

    private static boolean isOscar(Nomination n) {
        return AwardBodies.ACADEMY_AWARDS.equals(n.body());
    }

    // An Oscar film or nominee appeared or went: catalogue films of that title, or crediting that name, may now be
    // another entity.
    private void relinkFilms(OscarIds.Changed changed, Set<String> touched) {
        if (!changed.isEmpty()) {
            films.relink(changed.titles(), changed.people(), oscarIds, touched);
        }
    }

    @Override
    public List<Nomination> nominationsOf(String entityId) {
        return nominationsByEntity.getOrDefault(entityId, List.of());
    }

    @Override
    public Optional<Coverage> coverage(String body) {
        return Optional.ofNullable(coverageByBody.get(body));
    }

    @Override
    public List<CatalogueEntry> lookup(String normalizedName) {
        return entriesByName.getOrDefault(normalizedName, List.of());
    }

    @Override
    public CatalogueEntry byId(String id) {
        return entriesById.get(id);
    }

    @Override
    public int maxNameTokens() {
        return maxNameTokens;
    }

    @Override
    public int maxNameTokens(String firstWord) {
        return maxNameTokensByFirstWord.getOrDefault(firstWord, 0);
    }

    @Override
    public boolean isGivenName(String normalizedToken) {
        return givenNameCounts.containsKey(normalizedToken);
    }

    @Override
    public Integer ceremonyYear(String bodyId, int number) {
        return ceremonyYears.getOrDefault(bodyId, Map.of()).get(number);
    }

    @Override
    public Integer ceremonyNumber(String bodyId, int year) {
        return ceremonyNumbers.getOrDefault(bodyId, Map.of()).get(year);
    }

    private static Set<String> entityIds(Nomination n) {
        Set<String> ids = new LinkedHashSet<>();
        n.films().forEach(f -> ids.add(f.id()));
        n.nominees().forEach(p -> ids.add(p.id()));
        return ids;
    }

    private void attach(Nomination n, Set<String> touched) {
        for (String id : entityIds(n)) {
            List<Nomination> list = new ArrayList<>(nominationsByEntity.getOrDefault(id, List.of()));
            list.add(n);
            list.sort(CHRONOLOGICAL);
            nominationsByEntity.put(id, List.copyOf(list));
            touched.add(id);
        }
    }

    private void detach(Nomination n, Set<String> touched) {
        for (String id : entityIds(n)) {
            List<Nomination> list = new ArrayList<>(nominationsByEntity.getOrDefault(id, List.of()));
            list.removeIf(x -> x.key().equals(n.key()));
            if (list.isEmpty()) {
                nominationsByEntity.remove(id);
            } else {
                nominationsByEntity.put(id, List.copyOf(list));
            }
            touched.add(id);
        }
    }

    // Rebuilds the catalogue entries of the entities one record touched, so an update stays cheap
    // however large the table is.
    private void refreshEntries(Set<String> entityIds) {
        if (deferred != null) {
            deferred.addAll(entityIds);
            return;
        }
        for (String id : entityIds) {
            CatalogueEntry after = entryOf(id);
            // One map operation gives the entry replaced too: a bulk load refreshes every entry of the catalogue.
            CatalogueEntry before = after == null ? entriesById.remove(id) : entriesById.put(id, after);
            if (before != null) {
                unindexName(before);
            }
            if (after != null) {
                indexName(after);
            }
        }
    }

    // The Oscar data spells titles as released ("Where the Wild Things Are") and dates films by their Oscar year;
    // the Globes title-case every word and can be a year off, so an Oscar nomination's name and year win, then the
    // catalogue's, then the Globes'. Null when nothing names the entity any more.
    private CatalogueEntry entryOf(String id) {
        List<Nomination> nominations = nominationsByEntity.getOrDefault(id, List.of());
        List<FilmCatalogue.Film> catalogueFilms = films.filmsOf(id);
        List<FilmCatalogue.Film> crediting = films.filmsCreditingPerson(id);
        if (nominations.isEmpty() && catalogueFilms.isEmpty() && crediting.isEmpty()) {
            return null;
        }
        boolean film = false;
        String name = null;
        // The normalized name, when a catalogue film gives the name: it holds it already.
        String key = null;
        Integer year = null;
        boolean fromOscars = false;
        // Unordered like the entry's set; built straight from this one, since Set.copyOf would copy it once more.
        Set<String> related = new HashSet<>();
        for (Nomination n : nominations) {
            boolean oscars = AwardBodies.ACADEMY_AWARDS.equals(n.body());
            boolean replace = name == null || (oscars && !fromOscars);
            for (EntityRef f : n.films()) {
                if (f.id().equals(id)) {
                    film = true;
                    if (replace) {
                        name = f.name();
                        year = firstYear(n.filmYear());
                        fromOscars = oscars;
                        replace = false;
                    }
                    n.nominees().forEach(p -> related.add(p.id()));
                }
            }
            for (EntityRef p : n.nominees()) {
                if (p.id().equals(id)) {
                    if (replace) {
                        name = p.name();
                        fromOscars = oscars;
                        replace = false;
                    }
                    n.films().forEach(f -> related.add(f.id()));
                }
            }
        }
        if (!catalogueFilms.isEmpty() && !fromOscars) {
            FilmCatalogue.Film first = catalogueFilms.get(0);
            name = first.record().title();
            key = first.normalizedTitle();
            year = first.record().year();
        }
        for (FilmCatalogue.Film catalogueFilm : catalogueFilms) {
            film = true;
            related.addAll(catalogueFilm.personIds());
        }
        if (name == null && !crediting.isEmpty()) {
            name = crediting.get(0).creditedName(id);
        }
        for (FilmCatalogue.Film creditingFilm : crediting) {
            related.add(creditingFilm.entityId());
        }
        return new CatalogueEntry(film ? EntityType.FILM : EntityType.PERSON, id, name, key != null ? key : films.normalize(name),
                film ? year : null, Set.of(related.toArray(String[]::new)));
    }

    /** "1927/28" and "2013" both give the first year; anything unreadable gives null. */
    static Integer firstYear(String filmYear) {
        if (filmYear == null || filmYear.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(filmYear.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void indexName(CatalogueEntry entry) {
        String key = entry.key();
        if (key.isEmpty()) {
            return;
        }
        // Most names are one entity's: no list to copy then (a bulk load indexes every name of the catalogue).
        List<CatalogueEntry> others = entriesByName.putIfAbsent(key, List.of(entry));
        if (others != null) {
            List<CatalogueEntry> list = new ArrayList<>(others);
            list.removeIf(e -> e.id().equals(entry.id()));
            list.add(entry);
            entriesByName.put(key, List.copyOf(list));
        }
        int space = key.indexOf(' ');
        int words = 1;
        for (int i = space; i >= 0; i = key.indexOf(' ', i + 1)) {
            words++;
        }
        maxNameTokens = Math.max(maxNameTokens, words);
        String firstWord = space < 0 ? key : key.substring(0, space);
        maxNameTokensByFirstWord.merge(firstWord, words, Math::max);
        if (isGivenName(entry, key)) {
            givenNameCounts.merge(firstWord, 1, Integer::sum);
        }
    }

    /** Whether the first token of this name is a given name: a person's name of two or more tokens (not a mononym). */
    private static boolean isGivenName(CatalogueEntry entry, String normalizedName) {
        return entry.type() == EntityType.PERSON && normalizedName.indexOf(' ') > 0;
    }

    private void unindexName(CatalogueEntry entry) {
        String key = entry.key();
        List<CatalogueEntry> list = new ArrayList<>(entriesByName.getOrDefault(key, List.of()));
        list.removeIf(e -> e.id().equals(entry.id()));
        if (isGivenName(entry, key)) {
            givenNameCounts.computeIfPresent(key.substring(0, key.indexOf(' ')), (k, n) -> n > 1 ? n - 1 : null);
        }
        if (list.isEmpty()) {
            entriesByName.remove(key);
        } else {
            entriesByName.put(key, List.copyOf(list));
        }
    }
}
