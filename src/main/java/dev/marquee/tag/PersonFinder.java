package dev.marquee.tag;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** People: catalogue names, then names outside the catalogue that have evidence of a person. */
final class PersonFinder {

    // Mention confidences by evidence kind.
    private static final double PERSON_UNIQUE = 0.9;
    private static final double PERSON_HOMONYM_RESOLVED = 0.85;
    private static final double PERSON_HOMONYM_GUESSED = 0.6;
    static final double PERSON_SINGLE_NAME = 0.7;
    private static final double PERSON_UNLISTED_BASE = 0.55;
    private static final double PERSON_EVIDENCE_STEP = 0.1;
    private static final double PERSON_UNLISTED_MAX = 0.85;
    /** Capitalized words that make a sequence a place, organisation or date rather than a person. */
    private static final Set<String> NOT_PERSON_WORDS = union(Cues.ORGANISATION_WORDS, Cues.MONTHS, Cues.WEEKDAYS, Set.of("office",
            "street", "avenue", "road", "boulevard", "co", "news", "times", "post", "journal", "magazine", "press",
            "network", "channel", "tv", "radio", "club", "hotel", "theatre", "theater", "cinema", "cinemas",
            "center", "centre", "hall", "park", "square", "museum", "gallery", "airport", "station", "bridge",
            "river", "lake", "island", "islands", "mountain", "mountains", "city", "county", "state", "states",
            "republic", "kingdom", "council", "party", "university", "school", "college",
            "academy", "church", "festival", "awards", "award", "prize", "music", "house", "tower", "bank", "fund",
            "league", "association", "society", "union", "department", "ministry", "agency", "court", "senate",
            "congress", "parliament", "government", "army", "navy", "police", "hospital", "mall", "plaza",
            "beach", "valley", "bay", "coast", "international", "festivals", "guild", "circle", "review", "series",
            "season", "episode", "show", "christmas", "easter", "god", "lord"));
    /** Nouns that introduce or describe a person ("the rapper Kanye West", "directors David Fincher"). */
    private static final Set<String> ROLE_WORDS = Set.of("actor", "actors", "actress", "actresses", "director",
            "directors", "filmmaker", "filmmakers", "producer", "producers", "writer", "writers", "screenwriter",
            "screenwriters", "author", "novelist", "playwright", "poet", "rapper", "singer", "songwriter",
            "musician", "composer", "comedian", "star", "stars", "co", "costar", "presenter", "host", "critic",
            "editor", "cinematographer", "designer", "artist", "painter", "photographer", "dancer", "choreographer",
            "model", "executive", "chief", "chairman", "president", "founder", "mr", "mrs", "ms", "miss", "dr",
            "sir", "dame", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
            "partner", "boyfriend", "girlfriend", "nominee", "nominees", "winner", "legend", "veteran", "creator",
            "animator", "journalist", "frontman", "drummer", "guitarist", "band");
    private static final Set<String> SPEECH_VERBS = Set.of("says", "said", "told", "tells", "adds", "added",
            "explains", "explained", "recalls", "recalled", "admits", "admitted", "insists", "insisted", "notes",
            "noted", "laughs", "jokes", "joked", "wrote", "writes", "argues", "argued", "puts");
    /** Work nouns and credit verbs before "by" and their maker's name: "a short story by", "directed by". */
    private static final Set<String> MADE_BY = Set.of("directed", "written", "produced", "composed", "adapted",
            "photographed", "edited", "narrated", "created", "story", "stories", "novel", "novels", "book", "books",
            "play", "film", "films", "movie", "documentary", "song", "songs", "score", "screenplay", "script", "memoir",
            "poem", "poems", "music", "lyrics", "album", "essay", "biography", "painting", "portrait");
    /** Words before a name that make it another name of the person just mentioned. */
    private static final Set<String> ALIAS_CUES = Set.of("real name", "born", "birth name", "nee", "formerly",
            "aka", "a k a", "also known as");

    private final TaggingRun run;

    PersonFinder(TaggingRun run) {
        this.run = run;
    }

    void findCataloguePeople() {
        FilmCandidates filmCandidates = new FilmCandidates();
        for (Hit h : run.hits) {
            if (h.people.isEmpty() || !run.titleCased(h.from, h.to) || isCharacter(h.from, h.to) || startsOrganisationName(h.to)) {
                continue;
            }
            // A span naming both a film and a person ("Erin Brockovich") is the film when film words surround it.
            if (!h.films.isEmpty() && FilmEvidence.hasFilmContext(run, h)) {
                continue;
            }
            int evidence = h.words == 1 ? personEvidence(h.from, h.to) : 1;
            if (evidence == 0) {
                continue;
            }
            CatalogueEntry best = null;
            int bestScore = -1;
            int ties = 0;
            for (CatalogueEntry p : h.people.stream().sorted(Comparator.comparing(CatalogueEntry::id)).toList()) {
                int score = (int) p.relatedIds().stream().filter(filmCandidates::contains).count();
                if (score > bestScore || score == bestScore && p.relatedIds().size() > best.relatedIds().size()) {
                    best = p;
                    ties = score == bestScore ? ties : 0;
                    bestScore = score;
                } else if (score == bestScore) {
                    ties++;
                }
            }
            double conf = h.people.size() == 1 ? (h.words == 1 ? PERSON_SINGLE_NAME : PERSON_UNIQUE)
                    : bestScore > 0 && ties == 0 ? PERSON_HOMONYM_RESOLVED : PERSON_HOMONYM_GUESSED;
            h.taken = true;
            run.addPerson(new Found(EntityType.PERSON, best.id(), best.id(), best.name(), h.from, h.to, conf));
        }
    }

    /** Ids of catalogue people found so far: co-mention evidence for their films. */
    /**
     * Whether a film is one the article's catalogue spans may name: a film whose name is the key of a span with
     * films. Asked per film related to a candidate person, instead of collecting every film of every span: a
     * common title can be shared by hundreds of catalogue films.
     */
    final class FilmCandidates {
        private final Set<String> keys = new HashSet<>();
        private final Map<String, Boolean> known = new HashMap<>();

        FilmCandidates() {
            for (Hit h : run.hits) {
                if (!h.films.isEmpty()) {
                    keys.add(h.key);
                }
            }
        }

        boolean contains(String entityId) {
            return known.computeIfAbsent(entityId, id -> {
                CatalogueEntry e = run.catalogue.byId(id);
                return e != null && e.type() == EntityType.FILM && keys.contains(e.key());
            });
        }
    }

    /** "Dick Clark Productions", "Tyler Perry Studios": a name followed by an organisation word names the organisation. */
    private boolean startsOrganisationName(int to) {
        Token next = run.tok(to);
        return next != null && next.sentence() == run.toks.get(to - 1).sentence() && next.capitalized()
                && Cues.ORGANISATION_WORDS.contains(next.norm());
    }

    /**
     * Capitalized sequences of two to four words outside the catalogue that read as a person's name: no
     * place, organisation or date word, and evidence of a person (a known first name, a role noun before,
     * a speech verb or possessive after, a list with other people, the surname used again).
     */
    void findUnlistedPeople() {
        int i = 0;
        while (i < run.n) {
            if (!nameToken(i)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < run.n && run.toks.get(end).sentence() == run.toks.get(i).sentence()
                    && (nameToken(end) || inHyphenatedName(end) || (Cues.NAME_PARTICLES.contains(run.toks.get(end).norm()) || run.initialsStop(end))
                    && end + 1 < run.n && nameToken(end + 1))) {
                end++;
            }
            considerName(i, end);
            i = end;
        }
    }

    private int countHyphenatedParts(int from, int to) {
        int parts = 0;
        for (int i = from + 1; i < to; i++) {
            parts += run.toks.get(i).isWord() && inHyphenatedName(i) ? 1 : 0;
        }
        return parts;
    }

    /**
     * "Kang-ho" in "Song Kang-ho": a hyphen written between two words of a name, or the word after it (the
     * tokenizer gives "Jean", "-", "Pierre" but "Kang", "-ho").
     */
    private boolean inHyphenatedName(int i) {
        return !run.used[i] && run.inWord(i) && (run.toks.get(i).text().startsWith("-") || run.toks.get(i - 1).text().equals("-"));
    }

    /** A capitalized word that may be part of an unlisted name; the pronoun "I" never is ("What Was I Made For?"). */
    private boolean nameToken(int i) {
        Token t = run.toks.get(i);
        return !run.used[i] && !run.inHit[i] && t.isWord() && t.capitalized() && !t.allCaps()
                && !Cues.FUNCTION_WORDS.contains(t.norm()) && t.norm().indexOf(' ') < 0 && !t.text().equals("I");
    }

    private void considerName(int from, int to) {
        // A single word is never a name here, whatever its tag: returning before the loop below spares the
        // sentence its POS tagging (the costliest step) when nothing else asks for a tag.
        if (to - from < 2) {
            return;
        }
        int roleBefore = 0;
        // Role nouns and ordinary words the tagger does not read as proper nouns at the front ("Director Mark
        // Romanek", "Meanwhile Kanye West") are not part of the name; "Mark" in "Mark Romanek" is.
        while (from < to) {
            Token t = run.toks.get(from);
            boolean role = ROLE_WORDS.contains(t.norm());
            if (!role && !(CommonWords.contains(t.norm()) && !t.pos().equals("PROPN") && !run.catalogue.isGivenName(t.norm()))) {
                break;
            }
            roleBefore |= role ? 1 : 0;
            from++;
        }
        // "Obaid-Chinoy" is one word of a name, a surname alone.
        int words = run.countWordTokens(from, to) - countHyphenatedParts(from, to);
        if (words < 2 || words > 4) {
            return;
        }
        boolean given = run.catalogue.isGivenName(run.toks.get(from).norm());
        boolean allCommon = true;
        boolean anyProper = false;
        for (int i = from; i < to; i++) {
            Token t = run.toks.get(i);
            if (!t.isWord()) {
                continue;
            }
            // "Louisa May Alcott": a month that is also a given name, after a given name and before the surname,
            // is a middle name.
            boolean middleName = given && i > from && i < to - 1 && Cues.MONTHS.contains(t.norm())
                    && run.catalogue.isGivenName(t.norm());
            if (NOT_PERSON_WORDS.contains(t.norm()) && !middleName) {
                return;
            }
            allCommon &= CommonWords.contains(t.norm()) || Cues.NAME_PARTICLES.contains(t.norm());
            // The POS model often misses rare surnames ("Sendak" as a verb); a capitalized word mid-sentence
            // that is no English word is a proper noun by its form.
            anyProper |= t.pos().equals("PROPN") || !t.sentenceInitial() && !CommonWords.contains(t.norm());
        }
        // "took best actress for Little Joe": after a category and "for" stands the film, not a person.
        if (allCommon && !given || isCharacter(from, to) || run.afterCategoryFor(from)) {
            return;
        }
        Found surnameOwner = particleSurnameOwner(from, to);
        if (surnameOwner != null) {
            run.addPerson(surnameOwner.at(from, to));
            return;
        }
        if (isAliasCue(from)) {
            run.aliasSpans.add(new int[] {from, to});
            run.markUsed(from, to);
            return;
        }
        int evidence = roleBefore + personEvidence(from, to) + (given ? 1 : 0);
        if (evidence >= 2 || evidence == 1 && (given || anyProper)) {
            String name = run.text.substring(run.toks.get(from).start(), run.toks.get(to - 1).end()).replaceAll("\\s+", " ");
            String normalized = Names.normalize(name);
            if (Places.contains(normalized)) {
                return;
            }
            Found reversed = reversedNameOwner(normalized);
            if (reversed != null) {
                run.addPerson(reversed.at(from, to));
                return;
            }
            String key = "mq:person:" + normalized.replace(' ', '-');
            double conf = Math.min(PERSON_UNLISTED_MAX, PERSON_UNLISTED_BASE + PERSON_EVIDENCE_STEP * (evidence - 1));
            run.addPerson(new Found(EntityType.PERSON, key, null, name, from, to, conf));
        }
    }

    /**
     * "De Niro" after "Robert De Niro": a particle and a word are the surname of a person named in full in the
     * article, the nearest such name before them, else after. Null when no name ends that way.
     */
    private Found particleSurnameOwner(int from, int to) {
        if (to - from != 2 || !Cues.NAME_PARTICLES.contains(run.toks.get(from).norm())) {
            return null;
        }
        String surname = " " + run.toks.get(from).norm() + " " + run.toks.get(from + 1).norm();
        Found before = null;
        Found after = null;
        for (Found f : run.found) {
            if (f.type() != EntityType.PERSON || run.countWordTokens(f.from(), f.to()) < 3
                    || !Names.normalize(f.name()).endsWith(surname)) {
                continue;
            }
            if (f.from() < from && (before == null || f.from() > before.from())) {
                before = f;
            } else if (f.from() > from && (after == null || f.from() < after.from())) {
                after = f;
            }
        }
        return before != null ? before : after;
    }

    /**
     * "Kore-eda Hirokazu" after "Hirokazu Kore-eda": a name that is a person's of the article with the family name on
     * the other side, as Japanese, Korean and Chinese names are written either way. Null when there is none.
     */
    private Found reversedNameOwner(String name) {
        // Another order of the same words is a rotation of them: a part of the name written twice.
        String twice = " " + name + " " + name + " ";
        for (Found f : run.found) {
            if (f.type() != EntityType.PERSON) {
                continue;
            }
            String other = Names.normalize(f.name());
            if (other.length() == name.length() && !other.equals(name) && twice.contains(" " + other + " ")) {
                return f;
            }
        }
        return null;
    }

    /** Whether tokens [from, to) are a name the text has shown to be a film character. */
    private boolean isCharacter(int from, int to) {
        return !run.characters.isEmpty()
                && run.characters.contains(Names.normalize(run.text.substring(run.toks.get(from).start(), run.toks.get(to - 1).end())));
    }

    /** Count of independent kinds of person evidence around tokens [from, to). */
    private int personEvidence(int from, int to) {
        int sentence = run.toks.get(from).sentence();
        int evidence = 0;
        for (int i = Math.max(0, from - 3); i < from; i++) {
            Token t = run.toks.get(i);
            if (t.sentence() == sentence && ROLE_WORDS.contains(t.norm())) {
                evidence++;
                break;
            }
        }
        Token before = run.tok(from - 1);
        Token after = run.tok(to);
        Token after2 = run.tok(to + 1);
        if (before != null && before.sentence() == sentence && SPEECH_VERBS.contains(before.norm())
                || after != null && after.sentence() == sentence && SPEECH_VERBS.contains(after.norm())) {
            evidence++;
        }
        if (after != null && after.isPossessiveMark()) {
            evidence++;
        }
        boolean listBefore = before != null && (before.text().equals(",") || before.norm().equals("and"))
                && from >= 2 && run.personAt[from - 2] != null;
        boolean listAfter = after != null && (after.text().equals(",") || after.norm().equals("and"))
                && to + 1 < run.n && run.personAt[to + 1] != null;
        if (listBefore || listAfter) {
            evidence++;
        }
        if (to - from >= 2 && run.capitalizedCounts.getOrDefault(run.toks.get(to - 1).norm(), 0) >= 2) {
            evidence++;
        }
        // "Jo Bloggs, director of…", "Jo Bloggs, who died that year": an apposition or a clause for a person.
        if (after2 != null && after != null && after.text().equals(",")
                && (ROLE_WORDS.contains(after2.norm()) || after2.norm().equals("who"))) {
            evidence++;
        }
        if (after != null && after.sentence() == sentence && Cues.WIN_VERBS.contains(after.norm()) && categoryAt(to + 1)) {
            evidence++;
        }
        Token beforeBy = run.tok(from - 2);
        if (before != null && before.norm().equals("by") && beforeBy != null && beforeBy.sentence() == sentence
                && MADE_BY.contains(beforeBy.norm())) {
            evidence++;
        }
        return evidence;
    }

    /** Whether a category phrase starts at token {@code i}, or after an article there ("won the best actress prize"). */
    private boolean categoryAt(int i) {
        int start = run.tok(i) != null && Cues.ARTICLES.contains(run.tok(i).norm()) ? i + 1 : i;
        for (CategoryAt c : run.categories) {
            if (c.from() == start) {
                return true;
            }
        }
        return false;
    }

    /** "(real name Adam Spiegel)", "born Adam Spiegel": the words just before the name. */
    private boolean isAliasCue(int from) {
        StringBuilder sb = new StringBuilder();
        for (int i = from - 1; i >= Math.max(0, from - 3); i--) {
            Token t = run.toks.get(i);
            if (!t.isWord()) {
                break;
            }
            sb.insert(0, sb.length() == 0 ? t.norm() : t.norm() + " ");
            if (ALIAS_CUES.contains(sb.toString())) {
                return true;
            }
        }
        return false;
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }
}
