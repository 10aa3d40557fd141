package dev.marquee.tag;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Runs of words the catalogue names, with a sequel's number or subtitle the catalogue lacks. */
final class CatalogueSpans {

    /** A sequel's number after its title: 2 to 99, or II to XII (V and X alone are too often letters). */
    private static final Pattern SEQUEL_NUMBER = Pattern.compile("[2-9]|[1-9]\\d|I{2,3}|IV|VI{1,3}|IX|XI{1,2}");
    /** Words that make a number after a title a count: "Barbie 2 weeks on", "Dune 3 million admissions". */
    private static final Set<String> MEASURES = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "time", "times",
            "million", "billion", "thousand", "hundred", "percent", "per", "points", "point", "stars", "star", "out",
            "of", "nominations", "awards", "wins", "oscars", "screens", "theaters", "theatres",
            "cinemas", "countries", "markets", "places", "spots", "x", "m", "bn", "k");

    private final TaggingRun run;

    CatalogueSpans(TaggingRun run) {
        this.run = run;
    }

    void findCatalogueHits() {
        int max = Math.max(1, run.catalogue.maxNameTokens());
        int[] ends = new int[max + 2];
        String[] keys = new String[max + 2];
        for (int i = 0; i < run.n; i++) {
            Token t = run.toks.get(i);
            if (run.used[i] || !t.isWord() || !(t.capitalized() || t.startsWithDigit())) {
                continue;
            }
            int count = run.spanKeys(i, max, run.used, ends, keys, true);
            for (int k = count - 1; k >= 0; k--) {
                Token last = run.toks.get(ends[k] - 1);
                if (!(last.capitalized() || last.startsWithDigit() || run.inWord(ends[k] - 1))) {
                    continue;
                }
                List<CatalogueEntry> entries = run.catalogue.lookup(keys[k]);
                // Inside a longer run of capitalized words the span is no film, nor a one-word person ("Mario" of the
                // cast lists in "Mario Camerini").
                if (!entries.isEmpty() && (insideLongerName(i, ends[k]) || insideLongerQuote(i, ends[k]))) {
                    entries = run.wordCount(i, ends[k]) < 2 ? List.of()
                            : entries.stream().filter(e -> e.type() == EntityType.PERSON).toList();
                }
                if (!entries.isEmpty()) {
                    int to = sequelEnd(ends[k]);
                    if (to != ends[k] && entries.stream().noneMatch(e -> e.type() == EntityType.FILM)) {
                        to = ends[k];
                    }
                    String sequel = to == ends[k] ? null
                            : run.text.substring(run.toks.get(ends[k] - 1).end(), run.toks.get(to - 1).end()).replaceAll("\\s+", " ");
                    Hit h = new Hit(i, to, run.wordCount(i, ends[k]), keys[k], entries, sequel);
                    run.hits.add(h);
                    for (int x = h.from; x < h.to; x++) {
                        run.inHit[x] = true;
                    }
                    i = h.to - 1;
                    break;
                }
            }
        }
    }

    /**
     * Whether tokens [from, to) are only part of a longer run of capitalized words that the catalogue does not
     * name: "Maurice" in "Maurice Sendak", "Box" in "Box Office Mojo", "Mark" in "Mark Romanek". Such a span is
     * not the film of that title, whatever film words stand nearby; the whole run is read as a name instead.
     * A following catalogue person ("in Gravity Sandra Bullock plays") leaves the span alone; a following film
     * title does not, as two titles never stand side by side unpunctuated.
     */
    private boolean insideLongerName(int from, int to) {
        Token next = run.tok(to);
        int sentence = run.toks.get(from).sentence();
        if (TaggingRun.runWord(next, sentence) && !run.startsCataloguePerson(to) || ofTitle(to, 1, sentence) || ofTitle(from - 1, -1, sentence)) {
            return true;
        }
        // "Joseph B. Walker": the run goes on through an initial's full stop.
        int before = from > 0 && run.initialsStop(from - 1) ? from - 2 : from - 1;
        Token prev = run.tok(before);
        return TaggingRun.runWord(prev, sentence) && !prev.sentenceInitial() && !run.used[before] && !run.inHit[before];
    }

    /** "\"Sound of Freedom,\"": tokens [from, to) are only part of a title-cased run that quotes enclose. */
    private boolean insideLongerQuote(int from, int to) {
        int sentence = run.toks.get(from).sentence();
        int left = from - 1;
        while (titleWord(left, sentence)) {
            left--;
        }
        int right = to;
        while (titleWord(right, sentence)) {
            right++;
        }
        return (left < from - 1 || right > to) && run.quoted(left + 1, right);
    }

    /** A word a title may have, or the rest of a hyphenated word, in the sentence. */
    private boolean titleWord(int i, int sentence) {
        Token t = run.tok(i);
        return t != null && t.sentence() == sentence && (TaggingRun.titleWord(t) || i > 0 && run.inWord(i));
    }

    /**
     * Where a sequel's span ends when a title ending before token {@code i} is followed by its number or subtitle,
     * else {@code i}.
     */
    private int sequelEnd(int i) {
        // "After 4 Little Girls": a number that starts a longer title is that title's.
        return isSequelNumber(i) && !run.startsCatalogueName(i, i + 2, EntityType.FILM) ? i + 1 : subtitleEnd(i);
    }

    /**
     * "Joker: Folie a Deux", "Wicked: For Good": a colon right after a catalogue title, then a title-cased run
     * that is not a catalogue person ("Oppenheimer: Nolan said"), is a subtitle. Returns where the subtitle ends,
     * else {@code i}.
     */
    private int subtitleEnd(int i) {
        Token colon = run.tok(i);
        if (colon == null || !colon.text().equals(":") || colon.start() != run.toks.get(i - 1).end()
                || run.tok(i + 1) == null || run.tok(i + 1).sentence() != colon.sentence() || run.startsCataloguePerson(i + 1)) {
            return i;
        }
        int end = run.titleRunEnd(i + 1);
        return end == i + 1 ? i : end;
    }

    /**
     * "Sound of Freedom", "The Ecstasy of Gold": an "of" at token {@code i} (or "of the", looking on) that joins
     * capitalized words into a longer title, on the side {@code step} points to.
     */
    private boolean ofTitle(int i, int step, int sentence) {
        Token of = run.tok(i);
        if (of == null || of.sentence() != sentence || !of.text().equals("of")) {
            return false;
        }
        int j = i + step;
        if (step > 0 && run.tok(j) != null && Cues.ARTICLES.contains(run.tok(j).text())) {
            j++;
        }
        Token word = run.tok(j);
        return TaggingRun.runWord(word, sentence) && !word.sentenceInitial() && !(step > 0 && run.startsCataloguePerson(j));
    }

    /**
     * "Despicable Me 4 opens", "Gladiator II arrives": a number right after a catalogue title, which the catalogue
     * does not know with it, is a sequel's. Not when a measure follows ("Barbie 2 weeks on"): then it counts
     * something. (The POS model is no help here: after a number it reads "opens" and "arrives" as nouns.)
     */
    private boolean isSequelNumber(int i) {
        Token t = run.tok(i);
        if (t == null || i == 0 || t.sentence() != run.toks.get(i - 1).sentence() || !SEQUEL_NUMBER.matcher(t.text()).matches()) {
            return false;
        }
        Token next = run.tok(i + 1);
        return next == null || next.sentence() != t.sentence() || !MEASURES.contains(next.norm());
    }
}
