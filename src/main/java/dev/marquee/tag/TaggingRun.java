package dev.marquee.tag;

import dev.marquee.ingest.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of tagging one article: its tokens, the marks the passes leave on them (taken, inside a catalogue span,
 * part of a person's mention) and what they have found. Each pass ({@link AwardFinder}, {@link CharacterFinder},
 * {@link CatalogueSpans}, {@link PersonFinder}, {@link NameResolver}, {@link FilmEvidence}, {@link FilmSlots}) reads and
 * adds to it; {@link EntityGrouper} turns it into entities. Also the token tests more than one pass asks.
 */
final class TaggingRun {

    /** The longest title read as a run of words outside the catalogue: "Star Wars: The Rise of Skywalker"'s subtitle has five. */
    private static final int TITLE_MAX_WORDS = 6;
    /** Punctuation written inside a closing quote. */
    private static final Set<String> INNER_PUNCT = Set.of(",", ".");
    /** Marks that join two parts of one word: "Spider-Verse", "O'Brien". */
    private static final Set<String> WORD_JOINERS = Set.of("-", "'", "’");

    final Catalogue catalogue;
    final String text;
    final String title;
    /** Year the article was published, for "this year's Oscars"; null when unknown. */
    final Integer publishedYear;
    final boolean english;
    final List<Token> toks;
    final int n;
    /** Tokens already part of an accepted mention. */
    final boolean[] used;
    /** Tokens inside a catalogue span (a span that names a film is never read as a person). */
    final boolean[] inHit;
    /** Person mention covering the token, for list and alias evidence. */
    final Found[] personAt;
    final List<Found> found = new ArrayList<>();
    final List<Hit> hits = new ArrayList<>();
    final List<int[]> aliasSpans = new ArrayList<>();
    /** How often each normalized word occurs capitalized: a surname seen again is evidence of a name. */
    final Map<String, Integer> capitalizedCounts = new HashMap<>();
    final List<CategoryAt> categories = new ArrayList<>();
    /** Normalized names the text shows are film characters ("plays Theodore"): never people. */
    final Set<String> characters = new HashSet<>();
    /** Ceremony named around the award mention starting at a token. */
    final Map<Integer, Ceremony> ceremonyAt = new HashMap<>();

    TaggingRun(Catalogue catalogue, Article article, String text, List<Token> toks) {
        this.catalogue = catalogue;
        this.text = text;
        this.title = article.title() == null ? "" : article.title();
        this.publishedYear = yearOf(article.publishedAt());
        this.english = Languages.isEnglish(article.language());
        this.toks = toks;
        this.n = toks.size();
        this.used = new boolean[n];
        this.inHit = new boolean[n];
        this.personAt = new Found[n];
        for (Token t : toks) {
            if (t.isWord() && t.capitalized()) {
                capitalizedCounts.merge(t.norm(), 1, Integer::sum);
            }
        }
    }

    private static Integer yearOf(String isoDate) {
        return isoDate != null && isoDate.length() >= 4 && isoDate.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.valueOf(isoDate.substring(0, 4)) : null;
    }

    /**
     * Normalized keys of the spans starting at token {@code from}: {@code ends[k]} is the exclusive end token
     * of the k-th key, {@code keys[k]} its key, built word by word so each span costs one append, not a
     * fresh normalization. Stops at the sentence end, at a blocked token and after {@code maxWords} words.
     */
    int spanKeys(int from, int maxWords, boolean[] blocked, int[] ends, String[] keys) {
        return spanKeys(from, maxWords, blocked, ends, keys, false);
    }

    /**
     * As above; with {@code catalogueNames}, only keys that may be a catalogue name: none longer than the longest
     * name starting with the key's first word. Once a key has two words its first word is fixed (later words only
     * extend it), so the span stops growing there; a one-word key can still change ("the" drops off before the
     * next word, a glued word joins it), so it is only left out.
     */
    int spanKeys(int from, int maxWords, boolean[] blocked, int[] ends, String[] keys, boolean catalogueNames) {
        StringBuilder sb = new StringBuilder();
        String firstWord = null;
        int bound = 0;
        int words = 0;
        int count = 0;
        int sentence = toks.get(from).sentence();
        for (int j = from; j < n && count < keys.length; j++) {
            Token t = toks.get(j);
            if (t.sentence() != sentence || blocked[j]) {
                break;
            }
            if (!t.isWord()) {
                continue;
            }
            if (sb.length() > 0 && !glued(toks.get(j - 1), t)) {
                sb.append(' ');
            }
            sb.append(t.norm());
            words += 1 + countSpaces(t.norm());
            if (words > maxWords + 1) {
                break;
            }
            String key = sb.substring(Names.leadingArticleLength(sb));
            if (catalogueNames) {
                int space = key.indexOf(' ');
                int firstWordLength = space < 0 ? key.length() : space;
                // From its second word on, a key keeps its first word: look its bound up once, not per key.
                if (firstWord == null || firstWord.length() != firstWordLength || !key.startsWith(firstWord)) {
                    firstWord = key.substring(0, firstWordLength);
                    bound = catalogue.maxNameTokens(firstWord);
                }
                int keyWords = 1 + countSpaces(key);
                if (keyWords > bound) {
                    if (keyWords > 1) {
                        break;
                    }
                    continue;
                }
            }
            ends[count] = j + 1;
            keys[count] = key;
            count++;
        }
        return count;
    }

    /** Two words written together ("Mc" + "Conaughey" as the tokenizer may split it) make one word of a key. */
    static boolean glued(Token prev, Token t) {
        return prev.end() == t.start() && prev.isWord()
                && Character.isLetterOrDigit(prev.text().charAt(prev.text().length() - 1))
                && Character.isLetterOrDigit(t.text().charAt(0));
    }

    private static int countSpaces(String s) {
        int c = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == ' ') {
                c++;
            }
        }
        return c;
    }

    /** Words of the span, a leading article not counted: how specific a title is. */
    int wordCount(int from, int to) {
        int w = 0;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (t.isWord() && !(w == 0 && Cues.ARTICLES.contains(t.norm()))) {
                w++;
            }
        }
        return Math.max(w, 1);
    }

    Token tok(int i) {
        return i >= 0 && i < n ? toks.get(i) : null;
    }

    /**
     * Where a title-cased run starting at token {@code from} ends: up to {@value #TITLE_MAX_WORDS} words, each
     * capitalized or a number, with the lower-case function words of titles between them ("Anatomy of a Fall"),
     * in one sentence and not through a token already taken. {@code from} when no run starts there.
     */
    int titleRunEnd(int from) {
        Token first = tok(from);
        if (first == null || used[from] || !first.isWord() || !first.capitalized() || first.allCaps()) {
            return from;
        }
        int end = from;
        int words = 0;
        for (int j = from; j < n && words < TITLE_MAX_WORDS && !used[j]; j++) {
            if (j > from && inWord(j)) {
                end = j + 1;
                continue;
            }
            Token t = toks.get(j);
            if (t.sentence() != first.sentence() || !titleWord(t)) {
                break;
            }
            words++;
            // A capitalized function word inside a sentence is the title's own: "What Was I Made For?".
            if (!Cues.FUNCTION_WORDS.contains(t.norm()) || t.capitalized() && !t.sentenceInitial()) {
                end = j + 1;
            }
        }
        return end;
    }

    /** A word a title may have: capitalized, a number, or a function word ("Anatomy of a Fall"). */
    static boolean titleWord(Token t) {
        return t.isWord() && (t.capitalized() || t.startsWithDigit() || Cues.FUNCTION_WORDS.contains(t.norm()));
    }

    /**
     * "Verse" and its hyphen in "Spider-Verse", "-ho" in "Kang-ho": token {@code i}, not the first, continues the
     * word written right before it.
     */
    boolean inWord(int i) {
        Token t = toks.get(i);
        if (toks.get(i - 1).end() != t.start()) {
            return false;
        }
        Token next = tok(i + 1);
        return t.isWord() || WORD_JOINERS.contains(t.text()) && next != null && next.start() == t.end() && next.isWord();
    }

    /** The full stop of an initial inside a name: "Jon M. Chu", where the tokenizer splits "M" from its stop. */
    boolean initialsStop(int i) {
        Token prev = tok(i - 1);
        return toks.get(i).text().equals(".") && prev != null && prev.text().length() == 1 && prev.capitalized()
                && prev.end() == toks.get(i).start();
    }

    /** A capitalized word that would continue a name: not a title's function word, not an acronym. */
    static boolean runWord(Token t, int sentence) {
        return t != null && t.sentence() == sentence && t.isWord() && t.capitalized() && !t.allCaps()
                && !Cues.FUNCTION_WORDS.contains(t.norm());
    }

    /**
     * Every content word capitalized (or a number), as titles and names are written; the part after a hyphen counts
     * as its word's ("Park Chan-wook", "Kore-eda").
     */
    boolean titleCased(int from, int to) {
        boolean first = true;
        for (int i = from; i < to; i++) {
            Token t = toks.get(i);
            if (!t.isWord() || i > from && inWord(i)) {
                continue;
            }
            boolean ok = t.capitalized() || t.startsWithDigit()
                    || !first && (Cues.FUNCTION_WORDS.contains(t.norm()) || Cues.NAME_PARTICLES.contains(t.norm()));
            if (!ok) {
                return false;
            }
            first = false;
        }
        return true;
    }

    /**
     * "named best director for Young Ahmed": a category phrase and "for" right before token {@code i}, so what follows
     * is the work the category was given for.
     */
    boolean afterCategoryFor(int i) {
        Token forWord = tok(i - 1);
        if (forWord == null || !forWord.norm().equals("for")) {
            return false;
        }
        for (CategoryAt c : categories) {
            if (c.to() == i - 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens [from, to) between quotes, with the comma or full stop inside them as American style puts it: "District 9,"
     * and "A Serious Man."
     */
    boolean quoted(int from, int to) {
        Token before = tok(from - 1);
        Token after = tok(to);
        if (after != null && INNER_PUNCT.contains(after.text())) {
            after = tok(to + 1);
        }
        return before != null && after != null && Cues.QUOTES.contains(before.text()) && Cues.QUOTES.contains(after.text());
    }

    boolean startsCataloguePerson(int from) {
        return startsCatalogueName(from, from + 1, EntityType.PERSON);
    }

    /** Whether a catalogue name of {@code type} starts at token {@code from} and ends at {@code minEnd} or later. */
    boolean startsCatalogueName(int from, int minEnd, EntityType type) {
        int max = Math.max(1, catalogue.maxNameTokens());
        int[] ends = new int[max + 2];
        String[] keys = new String[max + 2];
        int count = spanKeys(from, max, used, ends, keys, true);
        for (int k = 0; k < count; k++) {
            if (ends[k] >= minEnd && catalogue.lookup(keys[k]).stream().anyMatch(e -> e.type() == type)) {
                return true;
            }
        }
        return false;
    }

    int countWordTokens(int from, int to) {
        int c = 0;
        for (int i = from; i < to; i++) {
            if (toks.get(i).isWord()) {
                c++;
            }
        }
        return c;
    }

    void add(Found f) {
        found.add(f);
        markUsed(f.from(), f.to());
    }

    void addPerson(Found f) {
        add(f);
        for (int i = f.from(); i < f.to(); i++) {
            personAt[i] = f;
        }
    }

    void markUsed(int from, int to) {
        for (int i = from; i < to; i++) {
            used[i] = true;
        }
    }

    /** Ids of catalogue people found so far: co-mention evidence for their films. */
    Set<String> personIds() {
        Set<String> ids = new HashSet<>();
        for (Found f : found) {
            if (f.type() == EntityType.PERSON && f.id() != null) {
                ids.add(f.id());
            }
        }
        return ids;
    }

    /** The films related to any of these people in the catalogue. */
    Set<String> filmsOf(Set<String> personIds) {
        Set<String> films = new HashSet<>();
        for (String id : personIds) {
            CatalogueEntry person = catalogue.byId(id);
            if (person != null) {
                films.addAll(person.relatedIds());
            }
        }
        return films;
    }
}
