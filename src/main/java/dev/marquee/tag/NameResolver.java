package dev.marquee.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lone first names and surnames, and other names, of people the article names in full or whose films it names. */
final class NameResolver {

    private final TaggingRun run;

    NameResolver(TaggingRun run) {
        this.run = run;
    }

    /**
     * "Joel and Ethan Coen", "Julius and Philip Epstein": a known given name alone, then "and" and a person's full name,
     * shares that person's surname. Linked when the catalogue knows the name so made.
     */
    void resolveSharedSurnames() {
        for (Found f : List.copyOf(run.found)) {
            Token and = run.tok(f.from() - 1);
            int end = f.from() - 1;
            int i = end - 1;
            // "Jean-Pierre and Luc Dardenne": the given name may be hyphenated.
            while (i > 0 && run.inWord(i)) {
                i--;
            }
            Token given = run.tok(i);
            if (f.type() != EntityType.PERSON || run.countWordTokens(f.from(), f.to()) < 2 || and == null || given == null
                    || !and.norm().equals("and") || given.sentence() != and.sentence() || run.used[i] || run.inHit[i]
                    || !given.isWord() || !given.capitalized() || given.allCaps() || !run.catalogue.isGivenName(given.norm())
                    || TaggingRun.runWord(run.tok(i - 1), given.sentence()) && !run.tok(i - 1).sentenceInitial()) {
                continue;
            }
            int surname = f.to() - 1;
            while (surname > f.from() + 1 && run.inWord(surname)) {
                surname--;
            }
            String name = run.text.substring(given.start(), run.toks.get(end - 1).end()) + " "
                    + run.text.substring(run.toks.get(surname).start(), run.toks.get(f.to() - 1).end());
            String normalized = Names.normalize(name);
            CatalogueEntry listed = run.catalogue.lookup(normalized).stream()
                    .filter(e -> e.type() == EntityType.PERSON).findFirst().orElse(null);
            String key = listed != null ? listed.id() : "mq:person:" + normalized.replace(' ', '-');
            run.addPerson(new Found(EntityType.PERSON, key, listed == null ? null : listed.id(),
                    listed == null ? name : listed.name(), i, end, PersonFinder.PERSON_SINGLE_NAME));
        }
    }

    /**
     * A lone capitalized word that is the first or last name of a person named in full in the article is
     * that person ("Jonze" after "Spike Jonze"): the nearest full name before it, else the nearest after.
     * Ordinary words as surnames ("West", "Stone") must be tagged proper nouns and not follow an article.
     */
    void resolvePartialNames() {
        Map<String, List<Found>> byPart = new HashMap<>();
        for (Found f : run.found) {
            if (f.type() != EntityType.PERSON || run.countWordTokens(f.from(), f.to()) < 2) {
                continue;
            }
            Token first = run.toks.get(f.from());
            Token last = run.toks.get(f.to() - 1);
            byPart.computeIfAbsent(last.norm(), k -> new ArrayList<>()).add(f);
            if (!CommonWords.contains(first.norm()) && first != last) {
                byPart.computeIfAbsent(first.norm(), k -> new ArrayList<>()).add(f);
            }
        }
        if (byPart.isEmpty()) {
            return;
        }
        Map<Integer, Hit> singleHits = new HashMap<>();
        for (Hit h : run.hits) {
            if (h.words == 1 && !h.taken) {
                singleHits.put(h.from, h);
            }
        }
        for (int i = 0; i < run.n; i++) {
            Token t = run.toks.get(i);
            // A word in quotes is a title ("the premiere of \"Oppenheimer\""), not a surname.
            if (run.used[i] || !t.isWord() || !t.capitalized() || t.allCaps()
                    || run.inHit[i] && !singleHits.containsKey(i) || run.quoted(i, i + 1)) {
                continue;
            }
            List<Found> owners = byPart.get(t.norm());
            if (owners == null || neighbourIsName(i) || run.characters.contains(t.norm())) {
                continue;
            }
            if (CommonWords.contains(t.norm())) {
                Token prev = run.tok(i - 1);
                boolean afterArticle = prev != null && Cues.ARTICLES.contains(prev.norm());
                if (!(t.pos().equals("PROPN") || subjectBeforeVerb(i)) || afterArticle) {
                    continue;
                }
            }
            Found owner = nearest(owners, i, t.norm());
            if (owner == null) {
                continue;
            }
            Hit h = singleHits.get(i);
            if (h != null) {
                h.taken = true;
            }
            run.addPerson(owner.at(i, i + 1));
        }
    }

    /**
     * "Butler was nominated", "Stone won": a word first in its sentence and followed by a verb is its subject,
     * which the POS model, seeing an English word, often tags a noun.
     */
    private boolean subjectBeforeVerb(int i) {
        Token t = run.toks.get(i);
        Token next = run.tok(i + 1);
        return t.sentenceInitial() && next != null && next.sentence() == t.sentence()
                && (next.pos().equals("VERB") || next.pos().equals("AUX"));
    }

    /** A capitalized free word right next to this one means a different, longer name. */
    private boolean neighbourIsName(int i) {
        for (int j : new int[] {i - 1, i + 1}) {
            Token t = run.tok(j);
            if (t != null && t.sentence() == run.toks.get(i).sentence() && !run.used[j] && t.isWord() && t.capitalized()
                    && !t.sentenceInitial() && !Cues.FUNCTION_WORDS.contains(t.norm())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The nearest full name before token {@code i}; else, for a surname only, the nearest after it (a lone
     * first name before the full name is more often someone else, such as a character).
     */
    private Found nearest(List<Found> owners, int i, String part) {
        Found before = null;
        Found after = null;
        for (Found f : owners) {
            if (f.from() < i && (before == null || f.from() > before.from())) {
                before = f;
            }
            boolean surname = run.toks.get(f.to() - 1).norm().equals(part);
            if (f.from() > i && surname && (after == null || f.from() < after.from())) {
                after = f;
            }
        }
        return before != null ? before : after;
    }

    /**
     * A lone capitalized word that is the surname of a catalogue person related to a film of the article
     * ("Kubrick" next to "2001: A Space Odyssey") is that person, even when the full name never appears.
     */
    void resolveSurnamesOfRelatedPeople() {
        Map<String, CatalogueEntry> bySurname = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Found f : run.found) {
            CatalogueEntry film = f.type() == EntityType.FILM && f.id() != null ? run.catalogue.byId(f.id()) : null;
            if (film == null) {
                continue;
            }
            for (String id : film.relatedIds()) {
                CatalogueEntry p = run.catalogue.byId(id);
                String norm = p == null || p.type() != EntityType.PERSON ? "" : Names.normalize(p.name());
                int space = norm.lastIndexOf(' ');
                if (space > 0) {
                    CatalogueEntry previous = bySurname.put(norm.substring(space + 1), p);
                    if (previous != null && !previous.id().equals(p.id())) {
                        ambiguous.add(norm.substring(space + 1));
                    }
                }
            }
        }
        ambiguous.forEach(bySurname::remove);
        // "Malkovich fans" after "Being John Malkovich": a title word is shorthand for the film, not its actor.
        for (Found f : run.found) {
            if (f.type() == EntityType.FILM) {
                for (String word : Names.normalize(f.name()).split(" ")) {
                    bySurname.remove(word);
                }
            }
        }
        for (int i = 0; i < run.n && !bySurname.isEmpty(); i++) {
            Token t = run.toks.get(i);
            CatalogueEntry p = bySurname.get(t.norm());
            if (p == null || run.used[i] || run.inHit[i] || !t.capitalized() || t.allCaps() || neighbourIsName(i) || run.quoted(i, i + 1)
                    || run.characters.contains(t.norm())
                    || CommonWords.contains(t.norm()) && !t.pos().equals("PROPN")) {
                continue;
            }
            run.addPerson(new Found(EntityType.PERSON, p.id(), p.id(), p.name(), i, i + 1, PersonFinder.PERSON_SINGLE_NAME));
        }
    }

    /** Another name of the person mentioned just before, in the same sentence. */
    void attachAliases() {
        for (int[] span : run.aliasSpans) {
            Found owner = null;
            for (int i = span[0] - 1; i >= 0 && run.toks.get(i).sentence() == run.toks.get(span[0]).sentence(); i--) {
                if (run.personAt[i] != null) {
                    owner = run.personAt[i];
                    break;
                }
            }
            if (owner != null) {
                run.add(owner.at(span[0], span[1]));
            }
        }
    }
}
