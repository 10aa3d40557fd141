package dev.marquee.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a catalogue title in the text is the film. Titles are ambiguous with ordinary language in
 * proportion to how short and how ordinary they are, so the evidence asked for grows with that:
 * <ul>
 *   <li>three or more words, written as a title: the title itself is enough;</li>
 *   <li>two words ("Wall Street", "Toy Story"): one piece of context;</li>
 *   <li>one word that is not an ordinary word ("Chicago", "Jackass"): one piece of context, as
 *       capitalization says nothing about a proper noun;</li>
 *   <li>one ordinary word ("Her", "Gravity"): capitalized where the word would not be (mid-sentence,
 *       or first in the sentence but followed by a verb, as a possessive "Her mother" never is), and one
 *       piece of context.</li>
 * </ul>
 * Context is: film words nearby ("film", "directed", "opens", a year in brackets), quotes around the
 * title, a related person of the catalogue (nominee, director, cast) named in the article, or another
 * mention of the same film already accepted in the article.
 */
final class FilmEvidence {

    // Mention confidences by the title's length, plus a step per piece of context.
    private static final double FILM_ONE_WORD = 0.55;
    private static final double FILM_TWO_WORDS = 0.7;
    private static final double FILM_LONG = 0.85;
    private static final double FILM_EVIDENCE_STEP = 0.08;
    private static final double FILM_MAX = 0.97;
    private static final Set<String> FILM_CUES = Set.of("film", "films", "movie", "movies", "picture",
            "pictures", "documentary", "sequel", "prequel", "remake", "reboot", "directed", "director",
            "directing", "starring", "stars", "starred", "costarring", "premiere", "premiered", "premieres",
            "opens", "opened", "release", "released", "releases", "trailer", "screenplay", "script",
            "screening", "screened", "cinemas", "cinema", "theaters", "theatres", "drama", "comedy", "thriller",
            "biopic", "animated", "blockbuster", "filmmaker", "feature", "office", "nominated", "nomination", "adaptation",
            "nominations", "won", "wins", "winner");
    /** Words that start sentences as subjects: "It is…" is no sign of the film "It". */
    private static final Set<String> SUBJECT_WORDS = Set.of("i", "you", "he", "she", "it", "we", "they",
            "this", "that", "these", "those", "there", "here", "what", "who", "which", "one", "nobody", "somebody",
            "anybody", "everybody", "someone", "anyone", "everyone", "nothing", "something", "anything", "everything",
            "none");
    /** How far a film's year in brackets may be from the catalogue's: festival and release years differ by one. */
    private static final int YEAR_SLACK = 1;
    private static final Set<String> VERB_LIKE = Set.of("VERB", "AUX", "ADV", "CCONJ");
    private static final Set<String> OPENING_PUNCT = Set.of(",", ":", "-", "–", "—", ";");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
    private static final Set<String> LIST_JOINERS = Set.of("and", "or");
    /** Separator tokens between two list items: a comma, "and", and the quotes around both items. */
    private static final int LIST_GAP_MAX = 5;
    private static final int WINDOW = 4;
    /** The longest clause after a title, in tokens, that is read for a film word. */
    private static final int CLAUSE_WINDOW = 12;
    /** Prepositions before which a place is written: "premiered in London", "flew from Paris". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "across", "near",
            "outside", "around", "throughout", "toward", "towards", "through", "into");

    private final TaggingRun run;
    private final FilmSlots slots;

    FilmEvidence(TaggingRun run) {
        this.run = run;
        this.slots = new FilmSlots(run);
    }

    static boolean hasFilmContext(TaggingRun run, Hit h) {
        FilmEvidence e = new FilmEvidence(run);
        return e.cue(h) || e.quoted(h);
    }

    void accept() {
        Set<String> personIds = run.personIds();
        Set<String> filmsOfPeople = run.filmsOf(personIds);
        Map<Hit, CatalogueEntry> chosen = new HashMap<>();
        Set<String> established = new HashSet<>();
        List<Hit> open = new ArrayList<>();
        for (Hit h : run.hits) {
            if (!h.taken && !h.films.isEmpty() && run.titleCased(h.from, h.to)) {
                open.add(h);
            }
        }
        List<Hit> rejected = new ArrayList<>();
        for (Hit h : open) {
            CatalogueEntry film = chosen.computeIfAbsent(h, x -> choose(x, slots.bracketYear(x.to), personIds, filmsOfPeople));
            double conf = confidence(h, film, personIds, false);
            if (conf > 0) {
                established.add(addFilm(h, film, conf).key());
            } else {
                rejected.add(h);
            }
        }
        for (Hit h : rejected) {
            CatalogueEntry film = chosen.get(h);
            if (established.contains(filmKey(h, film))) {
                double conf = confidence(h, film, personIds, true);
                if (conf > 0) {
                    addFilm(h, film, conf);
                }
            }
        }
        // Each title accepted from a list can admit the next one along it.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Hit h : rejected) {
                if (!h.taken && listedBesideFilm(h) && !writtenAsPlace(h) && !isDate(h)) {
                    double conf = confidence(h, chosen.get(h), personIds, true);
                    if (conf > 0) {
                        addFilm(h, chosen.get(h), conf);
                        grew = true;
                    }
                }
            }
        }
    }

    private Found addFilm(Hit h, CatalogueEntry film, double conf) {
        h.taken = true;
        Found mention = filmMention(h, film, conf);
        run.add(mention);
        return mention;
    }

    /**
     * The catalogue film, or a film of its own named after it: for a sequel's span ("Despicable Me 4"), or for a title
     * dated a year the catalogue's films of that title are not ("Monster (2023)" beside the catalogue's of 2003).
     */
    private Found filmMention(Hit h, CatalogueEntry film, double conf) {
        String id = ownFilm(h, film) ? null : film.id();
        return new Found(EntityType.FILM, filmKey(h, film), id, filmName(h, film), h.from, h.to, conf);
    }

    private boolean ownFilm(Hit h, CatalogueEntry film) {
        return h.sequel != null || !yearFits(film, slots.bracketYear(h.to));
    }

    private String filmKey(Hit h, CatalogueEntry film) {
        return ownFilm(h, film) ? "mq:film:" + Names.normalize(filmName(h, film)).replace(' ', '-') : film.id();
    }

    private static String filmName(Hit h, CatalogueEntry film) {
        return h.sequel == null ? film.name() : film.name() + h.sequel;
    }

    /** Whether a film fits the year written after its title; any film does when none is written, or it has no year. */
    private static boolean yearFits(CatalogueEntry film, Integer year) {
        return year == null || film.year() == null || Math.abs(film.year() - year) <= YEAR_SLACK;
    }

    /**
     * Of remakes sharing a title: the one of the year written after the title, then the one with most related people
     * in the article, else the one with most related people at all, else the latest, else the smallest id. People and
     * films relate both ways, so only films in {@code filmsOfPeople} can share a person with the article: the others
     * cost no set intersection, which matters for titles shared by hundreds of catalogue films.
     */
    private static CatalogueEntry choose(Hit h, Integer year, Set<String> personIds, Set<String> filmsOfPeople) {
        CatalogueEntry best = null;
        boolean bestFits = false;
        long bestShared = -1;
        for (CatalogueEntry f : h.films) {
            boolean fits = yearFits(f, year);
            long shared = filmsOfPeople.contains(f.id()) ? f.relatedIds().stream().filter(personIds::contains).count() : 0;
            boolean better = shared > bestShared || shared == bestShared && moreProminent(f, best);
            if (best == null || fits && !bestFits || fits == bestFits && better) {
                best = f;
                bestFits = fits;
                bestShared = shared;
            }
        }
        return best;
    }

    private static boolean moreProminent(CatalogueEntry f, CatalogueEntry than) {
        if (f.relatedIds().size() != than.relatedIds().size()) {
            return f.relatedIds().size() > than.relatedIds().size();
        }
        int year = f.year() == null ? 0 : f.year();
        int thanYear = than.year() == null ? 0 : than.year();
        if (year != thanYear) {
            return year > thanYear;
        }
        return f.id().compareTo(than.id()) < 0;
    }

    /** Confidence of the mention, or 0 when the evidence does not suffice. */
    private double confidence(Hit h, CatalogueEntry film, Set<String> personIds, boolean established) {
        // "opens on February 14", "opens on Wednesday": a title that reads as a date is the date unless quoted.
        if ((isDate(h) || digitsOnly(h) && modifiesNoun(h)) && !quoted(h) || abbreviation(h)) {
            return 0;
        }
        boolean related = film.relatedIds().stream().anyMatch(personIds::contains);
        // "$300 million", "in 2010": a title of digits alone is a number or a year, and "premiered in London", "a
        // Broadway musical" name places, unless quoted, dated as a film ("1941 (1979)") or beside its people.
        if ((digitsOnly(h) || writtenAsPlace(h)) && !quoted(h) && !yearInBrackets(h) && !related && !established) {
            return 0;
        }
        int context = (cue(h) ? 1 : 0) + (quoted(h) ? 1 : 0) + (related ? 1 : 0) + (established ? 1 : 0);
        double base;
        if (h.words >= 3) {
            base = FILM_LONG;
        } else if (h.words == 2) {
            base = context >= 1 ? FILM_TWO_WORDS : 0;
        } else if (ordinary(h)) {
            base = context >= 1 && (capitalizedMidSentence(h) || initialBeforeVerb(h) || markedAsTitle(h)) ? FILM_ONE_WORD : 0;
        } else {
            base = context >= 1 ? FILM_ONE_WORD : 0;
        }
        return base == 0 ? 0 : Math.min(FILM_MAX, base + FILM_EVIDENCE_STEP * context);
    }

    /**
     * "Gen. Leslie Groves": one word and a full stop written against it that does not end the sentence, so an
     * abbreviation, not a title.
     */
    private boolean abbreviation(Hit h) {
        Token stop = run.tok(h.to);
        Token next = run.tok(h.to + 1);
        return h.words == 1 && stop != null && next != null && stop.text().equals(".")
                && stop.start() == run.toks.get(h.to - 1).end() && next.sentence() == stop.sentence() && next.isWord();
    }

    /** A month or weekday name with only numbers beside it ("February 14", "May 2014", "Wednesday"). */
    private boolean isDate(Hit h) {
        boolean dateWord = false;
        for (int i = h.from; i < h.to; i++) {
            Token t = run.toks.get(i);
            if (Cues.MONTHS.contains(t.norm()) || Cues.WEEKDAYS.contains(t.norm())) {
                dateWord = true;
            } else if (t.isWord() && !t.startsWithDigit()) {
                return false;
            }
        }
        return dateWord;
    }

    /** A title of digits alone, after the article its key drops ("The 1984 adaptation"). */
    private boolean digitsOnly(Hit h) {
        for (int i = h.from; i < h.to; i++) {
            Token t = run.toks.get(i);
            boolean leadingArticle = i == h.from && h.to - h.from > 1 && Cues.ARTICLES.contains(t.norm());
            if (t.isWord() && !leadingArticle && !t.norm().chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title that names a place where prose writes places: after a preposition of place ("in London", not
     * "starred in Chicago") or between an article and a lower-case word, as it qualifies a noun ("a Broadway musical",
     * "the Hollywood film"). The article is the sign, not the next word's tag: the POS model reads "went" in "for
     * Belfast went" as a noun, and "musical" as anything.
     */
    private boolean writtenAsPlace(Hit h) {
        if (h.sequel != null || !Places.contains(h.key)) {
            return false;
        }
        int sentence = run.toks.get(h.from).sentence();
        Token prev = run.tok(h.from - 1);
        Token beforePrev = run.tok(h.from - 2);
        boolean afterPreposition = prev != null && prev.sentence() == sentence && PLACE_PREPOSITIONS.contains(prev.norm())
                && !(beforePrev != null && (Cues.CASTING_VERBS.contains(beforePrev.norm()) || Cues.CHARACTER_NOUNS.contains(beforePrev.norm())));
        return afterPreposition || modifiesNoun(h);
    }

    /**
     * "a Broadway musical", "the 1984 adaptation", "his 2008 film": between an article or "his" and a lower-case word.
     * The article may be the span's own, as catalogue keys drop a leading one.
     */
    private boolean modifiesNoun(Hit h) {
        int sentence = run.toks.get(h.from).sentence();
        Token first = run.toks.get(h.from);
        Token prev = h.to - h.from > 1 && Cues.ARTICLES.contains(first.norm()) ? first : run.tok(h.from - 1);
        Token next = run.tok(h.to);
        return prev != null && prev.sentence() == sentence
                && (Cues.ARTICLES.contains(prev.norm()) || Cues.POSSESSIVE_PRONOUNS.contains(prev.norm()))
                && next != null && next.sentence() == sentence && next.isWord() && !next.capitalized();
    }

    private boolean ordinary(Hit h) {
        for (int i = h.from; i < h.to; i++) {
            Token t = run.toks.get(i);
            if (t.isWord() && !Cues.FUNCTION_WORDS.contains(t.norm()) && !CommonWords.contains(t.norm())) {
                return false;
            }
        }
        return true;
    }

    private boolean capitalizedMidSentence(Hit h) {
        return !run.toks.get(h.from).sentenceInitial();
    }

    /**
     * "Her opens in cinemas", "Her, his new film,": first in the sentence, then a verb or a pause; or a verb after the
     * closing quote ("\"Wicked\" won"), not a pause, which ends quoted speech as well ("\"Great,\" she said").
     */
    private boolean initialBeforeVerb(Hit h) {
        Token first = run.toks.get(h.from);
        Token next = run.tok(h.to);
        if (!first.sentenceInitial() || SUBJECT_WORDS.contains(first.norm()) || next == null
                || next.sentence() != first.sentence()) {
            return false;
        }
        if (Cues.QUOTES.contains(next.text())) {
            Token verb = run.tok(h.to + 1);
            return verb != null && verb.sentence() == first.sentence() && VERB_LIKE.contains(verb.pos()) && verb.isWord();
        }
        return VERB_LIKE.contains(next.pos()) || OPENING_PUNCT.contains(next.text());
    }

    private boolean cue(Hit h) {
        int sentence = run.toks.get(h.from).sentence();
        for (int i = Math.max(0, h.from - WINDOW); i < Math.min(run.toks.size(), h.to + WINDOW); i++) {
            if (i >= h.from && i < h.to) {
                continue;
            }
            Token t = run.toks.get(i);
            if (t.sentence() == sentence && FILM_CUES.contains(t.norm())) {
                return true;
            }
        }
        // A film's slot includes the year in brackets after it.
        return slots.filmSlot(h.from, h.to) || clauseCue(h) || possessedByPerson(h);
    }

    /**
     * "Conclave, Edward Berger's thriller, won", "Barbie, which had five nominations, went": a clause set off by
     * commas right after the title describes it, however far its film word stands; so does a noun phrase that
     * ends the sentence ("…and Magnum Force, the second Dirty Harry film."). Not after a title of ordinary words
     * opening the sentence, which would be an adverb ("Meanwhile, the film, which…").
     */
    private boolean clauseCue(Hit h) {
        Token comma = run.tok(h.to);
        if (comma == null || !comma.text().equals(",") || ordinary(h) && !capitalizedMidSentence(h)) {
            return false;
        }
        Token first = run.tok(h.to + 1);
        boolean nounPhrase = first != null && (Cues.ARTICLES.contains(first.norm()) || Cues.POSSESSIVE_PRONOUNS.contains(first.norm()));
        boolean cue = false;
        for (int i = h.to + 1; i < Math.min(run.toks.size(), h.to + 1 + CLAUSE_WINDOW); i++) {
            Token t = run.toks.get(i);
            if (t.sentence() != comma.sentence() || SENTENCE_ENDS.contains(t.text())) {
                return cue && nounPhrase;
            }
            // A hyphen inside a word ("a five-hour drama") does not end the clause.
            if (OPENING_PUNCT.contains(t.text()) && !run.inWord(i)) {
                return cue;
            }
            cue |= FILM_CUES.contains(t.norm());
        }
        return false;
    }

    private boolean yearInBrackets(Hit h) {
        return slots.yearInBrackets(h.to);
    }

    /** "Monster (2023)", "\"Weapons\" (HBO Max)": written as a title, which a word of prose never is. */
    private boolean markedAsTitle(Hit h) {
        return yearInBrackets(h) || slots.quotedBeforeNote(h.from, h.to);
    }

    private boolean quoted(Hit h) {
        return run.quoted(h.from, h.to);
    }

    /** "Kurosawa's Rashomon", "his Mother was shown": a title a person named just before it, or "his", "her", owns. */
    private boolean possessedByPerson(Hit h) {
        Token prev = run.tok(h.from - 1);
        if (prev == null || prev.sentence() != run.toks.get(h.from).sentence()) {
            return false;
        }
        if (Cues.POSSESSIVE_PRONOUNS.contains(prev.text())) {
            // "her DNA": an acronym after a pronoun is no title.
            return !run.toks.get(h.from).allCaps();
        }
        return slots.afterPersonsPossessive(h.from);
    }

    /**
     * "The Martian, Bridge of Spies, Brooklyn and Room": listed next to a film already accepted, with only commas,
     * quotes and "and" or "or" between. After a bare comma the list must go on past the title, or the comma may
     * close an opening phrase instead: "Before Jamaica Daddy, Fields was best known for…".
     */
    private boolean listedBesideFilm(Hit h) {
        int sentence = run.toks.get(h.from).sentence();
        int right = listGap(h.to, 1, sentence);
        int left = listGap(h.from - 1, -1, sentence);
        if (left >= 0 && !joinedByWord(left + 1, h.from) && right < 0) {
            left = -1;
        }
        if (left < 0 && right < 0) {
            return false;
        }
        for (Found f : run.found) {
            if (f.type() == EntityType.FILM && (left >= 0 && f.to() == left + 1 || right >= 0 && f.from() == right)) {
                return true;
            }
        }
        return false;
    }

    private boolean joinedByWord(int from, int to) {
        for (int i = from; i < to; i++) {
            if (LIST_JOINERS.contains(run.toks.get(i).norm())) {
                return true;
            }
        }
        return false;
    }

    /** From token {@code i} in direction {@code step}, past a list's separators: the next item's first token, else -1. */
    private int listGap(int i, int step, int sentence) {
        boolean joined = false;
        for (int gap = 0; gap < LIST_GAP_MAX; gap++, i += step) {
            Token t = run.tok(i);
            if (t == null || t.sentence() != sentence) {
                return -1;
            }
            if (t.text().equals(",") || LIST_JOINERS.contains(t.norm())) {
                joined = true;
            } else if (!Cues.QUOTES.contains(t.text())) {
                return joined ? i : -1;
            }
        }
        return -1;
    }
}
