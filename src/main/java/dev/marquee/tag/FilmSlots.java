package dev.marquee.tag;

import java.util.Set;
import java.util.regex.Pattern;

/** Where news writes a film's title, and the films outside the catalogue found there. */
final class FilmSlots {

    /** Confidence of a film outside the catalogue, named by its slot alone. */
    private static final double FILM_UNLISTED = 0.6;
    /** Nouns a film's title follows: "the thriller Presence", "the sequel, Wicked: For Good". */
    private static final Set<String> FILM_NOUNS = Set.of("film", "movie", "documentary", "thriller", "drama", "comedy",
            "biopic", "sequel", "prequel", "remake", "reboot", "western", "feature", "debut");
    /** Credits after a title and a comma, with "by": "Presence, directed by Steven Soderbergh". */
    private static final Set<String> CREDIT_VERBS = Set.of("directed", "written", "produced", "adapted");
    private static final Set<String> CLAUSE_OPENERS = Set.of(",", "–", "—");
    /** Nouns before "for" and a film's title: "a nomination for Past Lives", "the prize for Anora". */
    private static final Set<String> AWARD_NOUNS = Set.of("nomination", "nominations", "nominated", "award", "awards",
            "prize", "prizes", "statuette", "trophy");
    /** Abbreviations whose full stop the sentence model may take for a sentence end: "Meet Me in St. Louis". */
    private static final Set<String> ABBREVIATIONS = Set.of("st", "mr", "mrs", "ms", "dr", "jr", "sr", "mt", "ft",
            "vs", "vol", "no");
    /** A film's year, from the first films on. */
    private static final Pattern FILM_YEAR = Pattern.compile("(18|19|20)\\d\\d");

    private final TaggingRun run;

    FilmSlots(TaggingRun run) {
        this.run = run;
    }

    /**
     * Whether tokens [from, to) stand where news writes a film's title: right after a film noun ("Soderbergh's
     * thriller Presence", "the sequel, Wicked: For Good"), before a credit ("Red One, starring Dwayne Johnson";
     * "directed by", "written by") or the year in brackets, after an award or category given for it ("best
     * actress for About Dry Grasses", "won an Oscar for The Pianist", "won for I'm Still Here"), or in quotes with
     * a note in brackets after them ("\"Weapons\" (HBO Max)").
     */
    boolean filmSlot(int from, int to) {
        return afterFilmNoun(from) || beforeCredit(to) || afterAwardFor(from) || quotedBeforeNote(from, to);
    }

    /** "\"Weapons\" (HBO Max).", "\"Flow\" (2024)": a quoted title with a note in brackets, as listings write films. */
    boolean quotedBeforeNote(int from, int to) {
        Token open = run.tok(from - 1);
        Token close = run.tok(to);
        Token bracket = run.tok(to + 1);
        return open != null && close != null && bracket != null && Cues.QUOTES.contains(open.text())
                && Cues.QUOTES.contains(close.text()) && bracket.text().equals("(") && bracket.sentence() == close.sentence();
    }

    /** "Kurosawa's Rashomon": right after a person named in the article and "'s". */
    boolean afterPersonsPossessive(int from) {
        Token mark = run.tok(from - 1);
        return mark != null && mark.norm().equals("s") && from >= 2 && run.personAt[from - 2] != null
                && run.toks.get(from - 2).end() == mark.start() && mark.sentence() == run.toks.get(from).sentence();
    }

    private boolean afterFilmNoun(int from) {
        int sentence = run.toks.get(from).sentence();
        Token prev = run.tok(from - 1);
        if (prev != null && prev.text().equals(",")) {
            prev = run.tok(from - 2);
        }
        return prev != null && prev.sentence() == sentence && !prev.capitalized() && FILM_NOUNS.contains(prev.norm());
    }

    private boolean beforeCredit(int to) {
        Token next = run.tok(to);
        Token word = run.tok(to + 1);
        if (next == null || word == null || next.sentence() != word.sentence()) {
            return false;
        }
        if (yearInBrackets(to)) {
            return true;
        }
        Token by = run.tok(to + 2);
        return CLAUSE_OPENERS.contains(next.text()) && (word.norm().equals("starring")
                || CREDIT_VERBS.contains(word.norm()) && by != null && by.norm().equals("by"));
    }

    /** "Her (2013)": a year in brackets at token {@code i}, right after a title. */
    boolean yearInBrackets(int i) {
        return bracketYear(i) != null;
    }

    /** The year of "(2013)" at token {@code i}, else null. */
    Integer bracketYear(int i) {
        Token open = run.tok(i);
        Token year = run.tok(i + 1);
        return open != null && year != null && open.text().equals("(") && FILM_YEAR.matcher(year.text()).matches()
                ? Integer.valueOf(year.text()) : null;
    }

    private boolean afterAwardFor(int from) {
        Token forWord = run.tok(from - 1);
        Token before = run.tok(from - 2);
        if (forWord == null || before == null || !forWord.norm().equals("for") || before.sentence() != forWord.sentence()) {
            return false;
        }
        if (Cues.WIN_VERBS.contains(before.norm()) || AWARD_NOUNS.contains(before.norm())) {
            return true;
        }
        if (run.afterCategoryFor(from)) {
            return true;
        }
        for (Found f : run.found) {
            if (f.type() == EntityType.AWARD && f.to() == from - 1) {
                return AwardBodyTable.awardsFilms(f.key());
            }
        }
        return false;
    }

    /**
     * Films the catalogue lacks, where a title stands in a film's slot ({@link #filmSlot}): a title-cased run no
     * other rule has taken and no catalogue title is part of, not a place, a date or a person-shaped name (a given
     * name and one or two more words). Each gets a Marquee key and no id.
     */
    void findUnlistedFilms() {
        for (int i = 0; i < run.n; i++) {
            int end = run.titleRunEnd(i);
            if (end == i) {
                continue;
            }
            // A person's one-word possession is as often a company or a place ("Spielberg's Amblin").
            boolean slot = filmSlot(i, end) || afterPersonsPossessive(i) && run.countWordTokens(i, end) >= 2;
            if (slot && mayBeUnlistedTitle(i, end)) {
                String name = run.text.substring(run.toks.get(i).start(), run.toks.get(end - 1).end()).replaceAll("\\s+", " ");
                run.add(new Found(EntityType.FILM, "mq:film:" + Names.normalize(name).replace(' ', '-'), null, name, i, end,
                        FILM_UNLISTED));
            }
            i = end - 1;
        }
    }

    private boolean mayBeUnlistedTitle(int from, int to) {
        for (int i = from; i < to; i++) {
            if (run.inHit[i]) {
                return false;
            }
        }
        Token first = run.toks.get(from);
        int words = run.countWordTokens(from, to);
        String name = run.text.substring(first.start(), run.toks.get(to - 1).end());
        Token last = run.toks.get(to - 1);
        Token after = run.tok(to);
        // "Meet Me in St. Louis", "Author! Author!": titles the sentence model cut at their own full stop or
        // exclamation mark.
        boolean cut = ABBREVIATIONS.contains(last.norm()) && (last.text().endsWith(".") || after != null && after.text().equals("."))
                || after != null && after.start() == last.end() && (after.text().equals("!") || after.text().equals("?"));
        return !cut && !(words == 1 && first.text().equals("I"))
                && !Cues.MONTHS.contains(first.norm()) && !Cues.WEEKDAYS.contains(first.norm())
                && !Places.contains(Names.normalize(name)) && !Cues.ORGANISATION_WORDS.contains(last.norm())
                && !(words >= 2 && words <= 3 && run.catalogue.isGivenName(first.norm()) && !run.afterCategoryFor(from));
    }
}
