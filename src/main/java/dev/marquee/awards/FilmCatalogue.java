package dev.marquee.awards;

import dev.marquee.tag.Names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The film catalogue's part of the {@link ReferenceIndex}: film records by key, the entity each one is, and the
 * people it credits. Which entity a film or person is depends on the Oscar data ({@link OscarIds}) and, for a title
 * shared by several films, on the other films of that title, never on the order records arrived in: the stream app
 * (two topics, any interleaving) and the batch path build the same index. Not thread-safe: the index calls it under
 * its lock.
 */
final class FilmCatalogue {

    /** A record resolved: its film's entity id, and its directors then cast as entity ids with the names as written. */
    record Link(String filmId, List<String> personIds, List<String> personNames) {
    }

    /** Counts for reports: films, how many became an Oscar film or a Golden Globe film, and the people credited. */
    record Stats(int films, int filmsWithImdbId, int filmsMergedWithOwnIds, int people, int peopleWithImdbId) {
    }

    /**
     * A film held: its record as the index keeps it, its own id ({@code mq:} + key) and, once resolved, its link. The
     * maps below hold these rather than keys, so going from a title, an entity or a person to a film's record and
     * link takes no further lookup: a bulk load goes that way for 98k films and 150k credits, and lookups in maps
     * that large were most of its time (docs/performance.md, twentieth round).
     */
    static final class Film {
        private final FilmRecord record;
        private final String normalizedTitle;
        private final String ownId;
        /** Null until the film is first resolved: a bulk load links its films at the end. */
        private Link link;

        private Film(FilmRecord record, String normalizedTitle) {
            this.record = record;
            this.normalizedTitle = normalizedTitle;
            this.ownId = OwnIds.filmOfKey(record.key());
        }

        FilmRecord record() {
            return record;
        }

        /** The title as {@link Names#normalize} gives it: the catalogue's key for the film's name. */
        String normalizedTitle() {
            return normalizedTitle;
        }

        /** Directors and cast as entity ids; empty until the film is linked. */
        List<String> personIds() {
            return link == null ? List.of() : link.personIds();
        }

        /** The entity the film resolved to; null until it is linked. */
        String entityId() {
            return link == null ? null : link.filmId();
        }

        /** How this film writes the name of a person it credits, by the person's entity id; null if it does not. */
        String creditedName(String personId) {
            int at = link == null ? -1 : link.personIds().indexOf(personId);
            return at < 0 ? null : link.personNames().get(at);
        }
    }

    private static final Comparator<Film> BY_KEY = Comparator.comparing(film -> film.record.key());

    private final Map<String, Film> films = new HashMap<>();
    private final Map<String, List<Film>> filmsByTitle = new HashMap<>();
    /**
     * Films by normalized credited name: the films to resolve again when the Oscar ids of a name change. Null
     * until the first such change needs it: a start-up loads the awards before any film, and keeping this map while
     * loading 98k films was an eighth of the load's time.
     */
    private Map<String, List<Film>> filmsByPersonName;
    /** Films by the entity they resolved to. */
    private final Map<String, List<Film>> filmsByEntity = new HashMap<>();
    /** Films by the entity of each person they credit. */
    private final Map<String, List<Film>> filmsByPerson = new HashMap<>();
    /**
     * Normalized form of each title and name seen: a film is normalized several times per update and
     * {@link Names#normalize} dominated loading 98k films. Bounded by the distinct names of the data.
     */
    private final Map<String, String> normalized = new HashMap<>();
    /** One instance of each credited name and own person id, however many films credit it. */
    private final Map<String, String> shared = new HashMap<>();
    /**
     * During a bulk load, the titles and names to resolve again once it ends; null outside one. A title shared by
     * k films would otherwise be resolved k times, each time linking all k films again.
     */
    private Set<String> pendingTitles;
    private Set<String> pendingPeople;

    int size() {
        return films.size();
    }

    /** Adds or replaces a film; the ids of every entity whose entry may have changed go to {@code touched}. */
    void upsert(FilmRecord record, OscarIds oscar, Set<String> touched) {
        Film film = new Film(forIndex(record), normalize(record.title()));
        Film previous = films.put(film.record.key(), film);
        if (previous == null && pendingTitles != null) {
            // The common case of a bulk load, a film seen for the first time: its title only needs noting.
            pendingTitles.add(index(film));
            return;
        }
        Set<String> titles = new HashSet<>();
        if (previous != null) {
            // Detached first so a change the link does not show (the title's spelling) still refreshes the entries.
            detach(previous, touched);
            unindex(previous);
            titles.add(previous.normalizedTitle);
        }
        titles.add(index(film));
        relink(titles, Set.of(), oscar, touched);
    }

    void remove(String key, OscarIds oscar, Set<String> touched) {
        Film previous = films.remove(key);
        if (previous != null) {
            detach(previous, touched);
            unindex(previous);
            relink(Set.of(previous.normalizedTitle), Set.of(), oscar, touched);
        }
    }

    /**
     * Resolves again the films of these normalized titles and the films crediting these normalized names, after
     * the Oscar ids behind them changed; only films whose link changes are touched.
     */
    void relink(Set<String> titles, Set<String> personNames, OscarIds oscar, Set<String> touched) {
        if (pendingTitles != null) {
            pendingTitles.addAll(titles);
            pendingPeople.addAll(personNames);
            return;
        }
        // A name is credited by many films (150k credits of 28k names in the shipped catalogue), and its entity is
        // the same for each while the Oscar ids stand still, as they do within this call.
        Map<String, String> personIds = new HashMap<>();
        Set<Film> resolved = personNames.isEmpty() ? null : Collections.newSetFromMap(new IdentityHashMap<>());
        for (String title : titles) {
            List<Film> sameTitle = filmsByTitle.getOrDefault(title, List.of());
            String[] filmIds = resolveTitle(title, sameTitle, oscar);
            for (int i = 0; i < filmIds.length; i++) {
                relinkFilm(sameTitle.get(i), filmIds[i], oscar, personIds, touched);
            }
            if (resolved != null) {
                resolved.addAll(sameTitle);
            }
        }
        for (String name : personNames) {
            // A film without a link yet came in a bulk load; its title is among these, so it is resolved already.
            for (Film film : filmsCrediting(name)) {
                if (resolved.add(film)) {
                    relinkFilm(film, film.link.filmId(), oscar, personIds, touched);
                }
            }
        }
    }

    private void relinkFilm(Film film, String filmId, OscarIds oscar, Map<String, String> personIds, Set<String> touched) {
        Link link = link(film.record, filmId, oscar, personIds);
        if (!link.equals(film.link)) {
            detach(film, touched);
            attach(film, link, touched);
        }
    }

    /**
     * The entity of each film of one title, in the order of {@code sameTitle}: the Oscar film of the same year when
     * there is exactly one; else the one Oscar film a year either side, if no other film of the title claims it
     * (remakes a year apart stay apart); else the film's own id, {@code mq:} + its key (the Golden Globes' id for the
     * same title and year).
     */
    private static String[] resolveTitle(String normalizedTitle, List<Film> sameTitle, OscarIds oscar) {
        String[] ids = new String[sameTitle.size()];
        // Most titles have one film and no Oscar film near it: what the remake rule needs comes only when needed
        // (a bulk load resolves every title of the catalogue).
        String[] near = null;
        Map<String, Integer> claims = null;
        for (int i = 0; i < ids.length; i++) {
            Film film = sameTitle.get(i);
            ids[i] = film.ownId;
            Integer year = film.record.year();
            if (year == null) {
                continue;
            }
            Set<String> exact = oscar.filmsAt(normalizedTitle, year);
            String id = OscarIds.only(exact.isEmpty() ? oscar.filmsNear(normalizedTitle, year) : exact);
            if (id == null) {
                continue;
            }
            if (claims == null) {
                claims = new HashMap<>();
            }
            claims.merge(id, exact.isEmpty() ? 1 : 2, Integer::sum);
            if (!exact.isEmpty()) {
                ids[i] = id;
            } else {
                if (near == null) {
                    near = new String[ids.length];
                }
                near[i] = id;
            }
        }
        if (near != null) {
            for (int i = 0; i < ids.length; i++) {
                if (near[i] != null && claims.get(near[i]) == 1) {
                    ids[i] = near[i];
                }
            }
        }
        return ids;
    }

    /** Directors and cast as entities: the one Oscar nominee of that name, else the own person id. */
    private Link link(FilmRecord film, String filmId, OscarIds oscar, Map<String, String> personIds) {
        int credits = film.directors().size() + film.cast().size();
        List<String> ids = new ArrayList<>(credits);
        List<String> names = new ArrayList<>(credits);
        credit(film.directors(), oscar, personIds, ids, names);
        credit(film.cast(), oscar, personIds, ids, names);
        return new Link(filmId, List.copyOf(ids), List.copyOf(names));
    }

    // A film credits a dozen people at most, so a scan finds the person credited twice (director and cast) more
    // cheaply than a map would; the first credit's name is kept.
    private void credit(List<String> credited, OscarIds oscar, Map<String, String> personIds, List<String> ids, List<String> names) {
        for (String name : credited) {
            String id = personIds.get(name);
            if (id == null) {
                String norm = normalize(name);
                String imdb = oscar.personOfNormalized(norm);
                id = imdb != null ? imdb : shared(OwnIds.person(name, norm));
                personIds.put(name, id);
            }
            if (!ids.contains(id)) {
                ids.add(id);
                names.add(name);
            }
        }
    }

    private void attach(Film film, Link link, Set<String> touched) {
        film.link = link;
        add(filmsByEntity, link.filmId(), film);
        touched.add(link.filmId());
        for (String id : link.personIds()) {
            add(filmsByPerson, id, film);
            touched.add(id);
        }
    }

    private void detach(Film film, Set<String> touched) {
        Link link = film.link;
        if (link == null) {
            return;
        }
        film.link = null;
        remove(filmsByEntity, link.filmId(), film);
        touched.add(link.filmId());
        for (String id : link.personIds()) {
            remove(filmsByPerson, id, film);
            touched.add(id);
        }
    }

    /** @return the film's normalized title */
    private String index(Film film) {
        add(filmsByTitle, film.normalizedTitle, film);
        if (filmsByPersonName != null) {
            indexCredits(film);
        }
        return film.normalizedTitle;
    }

    private void unindex(Film film) {
        remove(filmsByTitle, film.normalizedTitle, film);
        if (filmsByPersonName != null) {
            for (String name : people(film.record)) {
                remove(filmsByPersonName, name, film);
            }
        }
    }

    private void indexCredits(Film film) {
        for (String name : people(film.record)) {
            add(filmsByPersonName, name, film);
        }
    }

    private List<Film> filmsCrediting(String normalizedName) {
        if (filmsByPersonName == null) {
            if (films.isEmpty()) {
                return List.of();
            }
            filmsByPersonName = new HashMap<>();
            films.values().forEach(this::indexCredits);
        }
        return filmsByPersonName.getOrDefault(normalizedName, List.of());
    }

    private Set<String> people(FilmRecord film) {
        Set<String> names = new HashSet<>();
        film.directors().forEach(n -> names.add(normalize(n)));
        film.cast().forEach(n -> names.add(normalize(n)));
        return names;
    }

    /**
     * What the index needs of a record: title, year and credits, each name one shared string however many films
     * credit it. Origin, source and URL stay on the topic; held for 98k films they cost tens of MB of heap.
     */
    private FilmRecord forIndex(FilmRecord film) {
        return new FilmRecord(film.key(), film.title(), film.year(), shared(film.directors()), shared(film.cast()), null, null, null);
    }

    private List<String> shared(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String name : names) {
            out.add(shared(name));
        }
        return out;
    }

    private String shared(String value) {
        return shared.computeIfAbsent(value, v -> v);
    }

    /**
     * From here until {@link #endBulkLoad}, films are stored and indexed but not linked: {@link #relink} only notes
     * what to resolve. Links, and what is read from them, are stale meanwhile; the index reads them only after.
     */
    void beginBulkLoad() {
        pendingTitles = new HashSet<>();
        pendingPeople = new HashSet<>();
    }

    /**
     * Resolves every title and name noted since {@link #beginBulkLoad}, once each: the same links as resolving them
     * after every record, since a link depends only on the records and Oscar ids held. The memo of normalized names
     * stays until {@link #forgetNormalized}, for the index to build its entries with.
     */
    void endBulkLoad(OscarIds oscar, Set<String> touched) {
        Set<String> titles = pendingTitles;
        Set<String> people = pendingPeople;
        pendingTitles = null;
        pendingPeople = null;
        // With no film linked before this load, every film's title is among those noted, so resolving the titles
        // links every film; looking up the films of each noted name would only build the map of credited names
        // (awards and films in one load, as the batch path loads them) to find films resolved already.
        relink(titles, filmsByEntity.isEmpty() ? Set.of() : people, oscar, touched);
    }

    /**
     * A name normalized ({@link Names#normalize}), from the memo a bulk load fills: the same instance as the catalogue's
     * keys, so an entry's key is not one more copy of its title.
     */
    String normalize(String name) {
        return normalized.computeIfAbsent(name, Names::normalize);
    }

    /**
     * Drops the memo of normalized names once a bulk load's entries are built: it has done its job (each name is
     * normalized many times while films arrive by the thousand), and single updates afterwards normalize again.
     */
    void forgetNormalized() {
        normalized.clear();
    }

    /** Catalogue films that are this entity, in key order; read it at once, under the index's lock. */
    List<Film> filmsOf(String entityId) {
        return Collections.unmodifiableList(filmsByEntity.getOrDefault(entityId, List.of()));
    }

    /** Catalogue films crediting this person (an entity id), in key order; read it at once, under the index's lock. */
    List<Film> filmsCreditingPerson(String personId) {
        return Collections.unmodifiableList(filmsByPerson.getOrDefault(personId, List.of()));
    }

    Stats stats(Set<String> entitiesWithNominations) {
        int imdb = 0;
        int merged = 0;
        for (Film film : films.values()) {
            // A film of an open bulk load is linked only when the load ends.
            String filmId = film.entityId();
            if (filmId == null) {
                continue;
            }
            if (filmId.startsWith("tt")) {
                imdb++;
            } else if (entitiesWithNominations.contains(filmId)) {
                merged++;
            }
        }
        int peopleImdb = (int) filmsByPerson.keySet().stream().filter(id -> id.startsWith("nm")).count();
        return new Stats(films.size(), imdb, merged, filmsByPerson.size(), peopleImdb);
    }

    // Film lists are sorted by key, so every reader's order is independent of arrival order. Most hold one film (one
    // film per entity, one per title) and stay the smallest list there is, an immutable one; a second film turns a
    // list into an ArrayList changed in place, since copying a list on every change was a fifth of loading the
    // catalogue. Only this class changes them, under the index's lock.
    private static void add(Map<String, List<Film>> map, String id, Film film) {
        List<Film> list = map.get(id);
        if (list == null) {
            map.put(id, List.of(film));
            return;
        }
        int at = Collections.binarySearch(list, film, BY_KEY);
        if (at >= 0) {
            return;
        }
        if (!(list instanceof ArrayList)) {
            list = new ArrayList<>(list);
            map.put(id, list);
        }
        list.add(-at - 1, film);
    }

    private static void remove(Map<String, List<Film>> map, String id, Film film) {
        List<Film> list = map.get(id);
        int at = list == null ? -1 : Collections.binarySearch(list, film, BY_KEY);
        if (at < 0) {
            return;
        }
        if (list.size() == 1) {
            map.remove(id);
        } else if (list.size() == 2) {
            map.put(id, List.of(list.get(1 - at)));
        } else {
            list.remove(at);
        }
    }
}
