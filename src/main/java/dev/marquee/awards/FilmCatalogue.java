package dev.marquee.awards;

import dev.marquee.tag.Names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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

    private final Map<String, FilmRecord> records = new HashMap<>();
    private final Map<String, Link> links = new HashMap<>();
    private final Map<String, List<String>> keysByTitle = new HashMap<>();
    /**
     * Film keys by normalized credited name: the films to resolve again when the Oscar ids of a name change. Null
     * until the first such change needs it: a start-up loads the awards before any film, and keeping this map while
     * loading 98k films was an eighth of the load's time.
     */
    private Map<String, List<String>> keysByPersonName;
    private final Map<String, List<String>> keysByFilm = new HashMap<>();
    private final Map<String, List<String>> keysByPerson = new HashMap<>();
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
        return records.size();
    }

    /** Adds or replaces a film; the ids of every entity whose entry may have changed go to {@code touched}. */
    void upsert(FilmRecord record, OscarIds oscar, Set<String> touched) {
        FilmRecord film = forIndex(record);
        FilmRecord previous = records.put(film.key(), film);
        if (previous == null && pendingTitles != null) {
            // The common case of a bulk load, a film seen for the first time: its title only needs noting.
            pendingTitles.add(index(film));
            return;
        }
        Set<String> titles = new HashSet<>();
        if (previous != null) {
            // Detached first so a change the link does not show (the title's spelling) still refreshes the entries.
            detach(film.key(), touched);
            unindex(previous);
            titles.add(normalize(previous.title()));
        }
        titles.add(index(film));
        relink(titles, Set.of(), oscar, touched);
    }

    void remove(String key, OscarIds oscar, Set<String> touched) {
        FilmRecord previous = records.remove(key);
        if (previous != null) {
            detach(key, touched);
            unindex(previous);
            relink(Set.of(normalize(previous.title())), Set.of(), oscar, touched);
        }
    }

    /**
     * Resolves again the films of these normalized titles and the films crediting these normalized names, after
     * the Oscar ids behind them changed; only records whose link changes are touched.
     */
    void relink(Set<String> titles, Set<String> personNames, OscarIds oscar, Set<String> touched) {
        if (pendingTitles != null) {
            pendingTitles.addAll(titles);
            pendingPeople.addAll(personNames);
            return;
        }
        // Title by title: a bulk load resolves every title of the catalogue, and gathering all its films' ids first
        // built a map of 98k entries only to walk it once.
        Map<String, String> filmIds = new HashMap<>();
        Set<String> resolved = personNames.isEmpty() ? null : new HashSet<>();
        for (String title : titles) {
            resolveTitle(title, oscar, filmIds);
            filmIds.forEach((key, filmId) -> relinkFilm(key, filmId, oscar, touched));
            if (resolved != null) {
                resolved.addAll(filmIds.keySet());
            }
            filmIds.clear();
        }
        for (String name : personNames) {
            // A film without a link yet came in a bulk load; its title is among these, so it is resolved already.
            for (String key : filmsCrediting(name)) {
                if (resolved.add(key)) {
                    relinkFilm(key, links.get(key).filmId(), oscar, touched);
                }
            }
        }
    }

    private void relinkFilm(String key, String filmId, OscarIds oscar, Set<String> touched) {
        Link link = link(records.get(key), filmId, oscar);
        if (!link.equals(links.get(key))) {
            detach(key, touched);
            attach(key, link, touched);
        }
    }

    /**
     * The entity of each film of one title: the Oscar film of the same year when there is exactly one; else the one
     * Oscar film a year either side, if no other film of the title claims it (remakes a year apart stay apart);
     * else the film's own id, {@code mq:} + its key (the Golden Globes' id for the same title and year).
     */
    private void resolveTitle(String normalizedTitle, OscarIds oscar, Map<String, String> ids) {
        // Most titles have one film and no Oscar film near it: the maps for the remake rule come only when needed
        // (a bulk load resolves every title of the catalogue).
        Map<String, String> near = null;
        Map<String, Integer> claims = null;
        for (String key : keysByTitle.getOrDefault(normalizedTitle, List.of())) {
            FilmRecord film = records.get(key);
            ids.put(key, "mq:" + key);
            if (film.year() == null) {
                continue;
            }
            Set<String> exact = oscar.filmsAt(normalizedTitle, film.year());
            String id = OscarIds.only(exact.isEmpty() ? oscar.filmsNear(normalizedTitle, film.year()) : exact);
            if (id == null) {
                continue;
            }
            if (claims == null) {
                claims = new HashMap<>();
            }
            claims.merge(id, exact.isEmpty() ? 1 : 2, Integer::sum);
            if (!exact.isEmpty()) {
                ids.put(key, id);
            } else {
                if (near == null) {
                    near = new HashMap<>();
                }
                near.put(key, id);
            }
        }
        if (near != null) {
            for (Map.Entry<String, String> nearFilm : near.entrySet()) {
                if (claims.get(nearFilm.getValue()) == 1) {
                    ids.put(nearFilm.getKey(), nearFilm.getValue());
                }
            }
        }
    }

    /** Directors and cast as entities: the one Oscar nominee of that name, else the own person id. */
    private Link link(FilmRecord film, String filmId, OscarIds oscar) {
        int credits = film.directors().size() + film.cast().size();
        List<String> ids = new ArrayList<>(credits);
        List<String> names = new ArrayList<>(credits);
        credit(film.directors(), oscar, ids, names);
        credit(film.cast(), oscar, ids, names);
        return new Link(filmId, List.copyOf(ids), List.copyOf(names));
    }

    // A film credits a dozen people at most, so a scan finds the person credited twice (director and cast) more
    // cheaply than a map would; the first credit's name is kept.
    private void credit(List<String> credited, OscarIds oscar, List<String> ids, List<String> names) {
        for (String name : credited) {
            String norm = normalize(name);
            String imdb = oscar.personOfNormalized(norm);
            String id = imdb != null ? imdb : shared(OwnIds.person(name, norm));
            if (!ids.contains(id)) {
                ids.add(id);
                names.add(name);
            }
        }
    }

    private void attach(String key, Link link, Set<String> touched) {
        links.put(key, link);
        add(keysByFilm, link.filmId(), key);
        touched.add(link.filmId());
        for (String id : link.personIds()) {
            add(keysByPerson, id, key);
            touched.add(id);
        }
    }

    private void detach(String key, Set<String> touched) {
        Link link = links.remove(key);
        if (link == null) {
            return;
        }
        remove(keysByFilm, link.filmId(), key);
        touched.add(link.filmId());
        for (String id : link.personIds()) {
            remove(keysByPerson, id, key);
            touched.add(id);
        }
    }

    /** @return the film's normalized title */
    private String index(FilmRecord film) {
        String title = normalize(film.title());
        add(keysByTitle, title, film.key());
        if (keysByPersonName != null) {
            indexCredits(film);
        }
        return title;
    }

    private void unindex(FilmRecord film) {
        remove(keysByTitle, normalize(film.title()), film.key());
        if (keysByPersonName != null) {
            for (String name : people(film)) {
                remove(keysByPersonName, name, film.key());
            }
        }
    }

    private void indexCredits(FilmRecord film) {
        for (String name : people(film)) {
            add(keysByPersonName, name, film.key());
        }
    }

    private List<String> filmsCrediting(String normalizedName) {
        if (keysByPersonName == null) {
            if (records.isEmpty()) {
                return List.of();
            }
            keysByPersonName = new HashMap<>();
            records.values().forEach(this::indexCredits);
        }
        return keysByPersonName.getOrDefault(normalizedName, List.of());
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
        relink(titles, links.isEmpty() ? Set.of() : people, oscar, touched);
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

    /** Catalogue films that are this entity, by key. */
    List<FilmRecord> filmsOf(String entityId) {
        List<String> keys = keysByFilm.getOrDefault(entityId, List.of());
        List<FilmRecord> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(records.get(k)));
        return out;
    }

    /** Directors and cast of a catalogue film as entity ids. */
    List<String> peopleOf(String filmKey) {
        Link link = links.get(filmKey);
        return link == null ? List.of() : link.personIds();
    }

    /** Entity ids of the catalogue films crediting this person, in film key order. */
    List<String> creditedFilms(String personId) {
        List<String> keys = keysByPerson.getOrDefault(personId, List.of());
        List<String> out = new ArrayList<>(keys.size());
        keys.forEach(k -> out.add(links.get(k).filmId()));
        return out;
    }

    /** The person's name as the first film crediting them (by key) writes it; null if none does. */
    String creditedName(String personId) {
        List<String> keys = keysByPerson.getOrDefault(personId, List.of());
        if (keys.isEmpty()) {
            return null;
        }
        Link link = links.get(keys.get(0));
        return link.personNames().get(link.personIds().indexOf(personId));
    }

    Stats stats(Set<String> entitiesWithNominations) {
        int imdb = 0;
        int merged = 0;
        for (Link link : links.values()) {
            if (link.filmId().startsWith("tt")) {
                imdb++;
            } else if (entitiesWithNominations.contains(link.filmId())) {
                merged++;
            }
        }
        int peopleImdb = (int) keysByPerson.keySet().stream().filter(id -> id.startsWith("nm")).count();
        return new Stats(records.size(), imdb, merged, keysByPerson.size(), peopleImdb);
    }

    // Key lists are sorted, so every reader's order is independent of arrival order. Most hold one key (one film per
    // entity, one per title) and stay the smallest list there is, an immutable one; a second key turns a list into an
    // ArrayList changed in place, since copying a list on every change was a fifth of loading the catalogue. They
    // never leave this class, which the index only calls under its lock.
    private static void add(Map<String, List<String>> map, String id, String key) {
        List<String> keys = map.get(id);
        if (keys == null) {
            map.put(id, List.of(key));
            return;
        }
        int at = Collections.binarySearch(keys, key);
        if (at >= 0) {
            return;
        }
        if (!(keys instanceof ArrayList)) {
            keys = new ArrayList<>(keys);
            map.put(id, keys);
        }
        keys.add(-at - 1, key);
    }

    private static void remove(Map<String, List<String>> map, String id, String key) {
        List<String> keys = map.get(id);
        int at = keys == null ? -1 : Collections.binarySearch(keys, key);
        if (at < 0) {
            return;
        }
        if (keys.size() == 1) {
            map.remove(id);
        } else if (keys.size() == 2) {
            map.put(id, List.of(keys.get(1 - at)));
        } else {
            keys.remove(at);
        }
    }
}
