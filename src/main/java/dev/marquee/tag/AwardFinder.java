package dev.marquee.tag;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Award bodies (the alias table, then "&lt;Name&gt; Awards" patterns), category phrases and the ceremony each mention names. */
final class AwardFinder {

    // Mention confidences by evidence kind.
    private static final double AWARD_ALIAS = 0.95;
    private static final double AWARD_PATTERN = 0.75;
    /** Last words of award bodies and festivals not in the table ("YouTube Music Awards", "Tribeca Film Festival"). */
    private static final Set<String> AWARD_HEADS = Set.of("awards", "award", "prize", "festival");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** "this year's Oscars" is the ceremony of the publication year; "last year's" the one before. */
    private static final Map<String, Integer> YEAR_OFFSETS = Map.of("this", 0, "last", -1, "next", 1);
    /** Words that make "best actress" a category: "won best actress", "nominated for best director". */
    private static final Set<String> CATEGORY_CUES = Set.of("for", "won", "win", "wins", "winning", "winner", "winners",
            "nominated", "nomination", "nominations", "nominee", "nominees", "category", "categories", "prize", "award",
            "awards", "statuette", "race", "shortlist", "shortlisted", "frontrunner", "contender", "contenders");
    private static final int CATEGORY_WINDOW = 4;

    private final TaggingRun run;

    AwardFinder(TaggingRun run) {
        this.run = run;
    }

    void findAwardAliases() {
        int max = AwardBodyTable.maxAliasWords();
        int[] ends = new int[max + 1];
        String[] keys = new String[max + 1];
        for (int i = 0; i < run.n; i++) {
            Token t = run.toks.get(i);
            if (run.used[i] || !t.isWord() || !t.capitalized()) {
                continue;
            }
            int count = run.spanKeys(i, max, run.used, ends, keys);
            for (int k = count - 1; k >= 0; k--) {
                AwardBodyTable.Alias alias = AwardBodyTable.lookup(keys[k]);
                if (alias == null || alias.nameLike() && followedByProperName(ends[k])) {
                    continue;
                }
                AwardBodyTable.Body b = alias.body();
                run.add(new Found(EntityType.AWARD, b.key(), b.id(), b.name(), i, ends[k], AWARD_ALIAS));
                i = ends[k] - 1;
                break;
            }
        }
    }

    /** "Oscar Isaac", "Emmy Rossum": a name-like alias followed by a capitalized non-word is a given name. */
    private boolean followedByProperName(int end) {
        Token next = run.tok(end);
        return next != null && next.sentence() == run.toks.get(end - 1).sentence() && next.isWord()
                && next.capitalized() && !CommonWords.contains(next.norm());
    }

    void findAwardPatterns() {
        for (int j = 0; j < run.n; j++) {
            Token head = run.toks.get(j);
            if (run.used[j] || !head.capitalized()
                    || !AWARD_HEADS.contains(head.norm())) {
                continue;
            }
            int start = j;
            while (start > 0) {
                Token p = run.toks.get(start - 1);
                if (run.used[start - 1] || p.sentence() != head.sentence() || !p.isWord() || !p.capitalized()
                        || p.norm().equals("the")) {
                    break;
                }
                start--;
            }
            // Leading ordinary words ("Best Actor Award") name a category, not a body.
            while (start < j && CommonWords.contains(run.toks.get(start).norm()) && !run.toks.get(start).allCaps()) {
                start++;
            }
            if (start == j) {
                continue;
            }
            String surface = run.text.substring(run.toks.get(start).start(), head.end()).replaceAll("\\s+", " ");
            String name = head.norm().equals("award") ? surface.substring(0, surface.length() - 5) + "Awards" : surface;
            run.add(new Found(EntityType.AWARD, AwardBodyTable.ownKey(name), null, name, start, j + 1, AWARD_PATTERN));
        }
    }

    /**
     * Category phrases ("best supporting actress", "Best Adapted Screenplay"), longest first. Their words are
     * taken, so "Best Actor Award" is no award body and "Best Picture" no title.
     */
    void findCategories() {
        int max = AwardCategoryPhrases.maxWords();
        int[] ends = new int[max + 1];
        String[] keys = new String[max + 1];
        for (int i = 0; i < run.n; i++) {
            Token t = run.toks.get(i);
            if (run.used[i] || !t.isWord() || !mayStartCategory(i)) {
                continue;
            }
            int count = run.spanKeys(i, max, run.used, ends, keys);
            for (int k = count - 1; k >= 0; k--) {
                String canonical = AwardCategoryPhrases.lookup(keys[k]);
                if (canonical != null && isCategory(i, ends[k])) {
                    run.categories.add(new CategoryAt(i, ends[k], canonical));
                    run.markUsed(i, ends[k]);
                    i = ends[k] - 1;
                    break;
                }
            }
        }
    }

    /**
     * Whether a category phrase's key can start at word {@code i}: its first word starts some phrase, or it is an
     * article (keys drop a leading one) or glued to the next word. Building keys at every word was a fifth of
     * the tagging time of long articles.
     */
    private boolean mayStartCategory(int i) {
        Token t = run.toks.get(i);
        String norm = t.norm();
        int space = norm.indexOf(' ');
        if (AwardCategoryPhrases.startsPhrase(space < 0 ? norm : norm.substring(0, space)) || Cues.ARTICLES.contains(norm)) {
            return true;
        }
        Token next = run.tok(i + 1);
        return next != null && next.sentence() == t.sentence() && next.isWord() && TaggingRun.glued(t, next);
    }

    /**
     * The ceremony each award mention names: an ordinal before it ("the 86th Academy Awards", "86th annual"),
     * a year before or after it ("the 2014 Oscars", "Oscars 2014"), or "this/last/next year's" with the article's
     * publication year. For bodies of the reference data the missing half (year or number) comes from its
     * ceremonies. The words are taken, so "2014" is not read as a film title.
     */
    void findCeremonies() {
        for (Found f : run.found) {
            if (f.type() != EntityType.AWARD) {
                continue;
            }
            Integer number = null;
            Integer year = null;
            int i = f.from() - 1;
            if (run.tok(i) != null && run.tok(i).norm().equals("annual")) {
                i--;
            }
            Token before = run.tok(i);
            Token after = run.tok(f.to());
            int sentence = run.toks.get(f.from()).sentence();
            int taken = -1;
            if (before != null && before.sentence() == sentence && ORDINAL.matcher(before.norm()).matches()) {
                number = Integer.valueOf(before.norm().replaceAll("\\D", ""));
                taken = i;
            } else if (before != null && before.sentence() == sentence && YEAR.matcher(before.text()).matches()) {
                year = Integer.valueOf(before.text());
                taken = i;
            } else if (before != null && before.isPossessiveMark() && run.publishedYear != null
                    && run.tok(i - 1) != null && run.tok(i - 1).norm().equals("year") && run.tok(i - 2) != null) {
                Integer offset = YEAR_OFFSETS.get(run.tok(i - 2).norm());
                year = offset == null ? null : run.publishedYear + offset;
            } else if (after != null && after.sentence() == sentence && YEAR.matcher(after.text()).matches()) {
                year = Integer.valueOf(after.text());
                taken = f.to();
            }
            if (number == null && year == null) {
                continue;
            }
            if (f.id() != null && year == null) {
                year = run.catalogue.ceremonyYear(f.id(), number);
            } else if (f.id() != null && number == null) {
                number = run.catalogue.ceremonyNumber(f.id(), year);
            }
            run.ceremonyAt.put(f.from(), new Ceremony(number, year));
            if (taken >= 0) {
                run.used[taken] = true;
            }
        }
    }

    /**
     * "his best picture since…" is praise, "won best picture" a category: a phrase counts when written as a
     * name (capitalized mid-sentence) or with award words or an award body close by, and never after a
     * possessive pronoun.
     */
    private boolean isCategory(int from, int to) {
        Token before = run.tok(from - 1);
        if (before != null && Cues.POSSESSIVE_PRONOUNS.contains(before.norm())) {
            return false;
        }
        Token first = run.toks.get(from);
        if (first.capitalized() && !first.sentenceInitial()) {
            return true;
        }
        for (int i = Math.max(0, from - CATEGORY_WINDOW); i < Math.min(run.n, to + CATEGORY_WINDOW); i++) {
            Token t = run.toks.get(i);
            if (t.sentence() == first.sentence() && (i < from || i >= to)
                    && (CATEGORY_CUES.contains(t.norm()) || run.used[i] && awardAt(i))) {
                return true;
            }
        }
        return false;
    }

    private boolean awardAt(int i) {
        for (Found f : run.found) {
            if (f.type() == EntityType.AWARD && f.from() <= i && i < f.to()) {
                return true;
            }
        }
        return false;
    }
}
