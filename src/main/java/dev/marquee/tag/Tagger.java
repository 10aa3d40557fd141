package dev.marquee.tag;

import dev.marquee.ingest.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the films, people and award bodies of an article, with exact offsets, linked to the catalogue.
 *
 * <p>A pure function of the article and the catalogue's current content. One instance is shared by all
 * stream threads: it holds no per-call state, and the OpenNLP tools it uses are per thread (see
 * {@link TextAnalyzer}).
 *
 * <p>Passes, each over the token list once (lookups are hash lookups, so the work is linear in the text
 * times the longest catalogue name):
 * <ol>
 *   <li>award bodies from a built-in alias table, then "&lt;Name&gt; Awards / Prize / Festival" patterns;</li>
 *   <li>catalogue spans: from each capitalized token, the longest run of up to
 *       {@link Catalogue#maxNameTokens()} words whose normalized form is a catalogue name; spans never overlap;</li>
 *   <li>people: catalogue full names, then capitalized name sequences not in the catalogue that have
 *       person evidence, then single surnames or first names resolved to a full name of the article;</li>
 *   <li>films: a catalogue title is kept when its evidence suffices for how ambiguous it is (see
 *       {@link FilmEvidence});</li>
 *   <li>lone surnames of catalogue people related to the films found ("Kubrick" beside his film).</li>
 * </ol>
 *
 * <p>Confidence is a documented heuristic, not yet calibrated: each mention gets a score from the kind of
 * evidence it has (constants below); an entity takes its best mention's score plus 0.02 per further
 * mention, at most 0.99.
 */
public final class Tagger {

    // Mention confidences by evidence kind.
    private static final double AWARD_ALIAS = 0.95;
    private static final double AWARD_PATTERN = 0.75;
    private static final double PERSON_UNIQUE = 0.9;
    private static final double PERSON_HOMONYM_RESOLVED = 0.85;
    private static final double PERSON_HOMONYM_GUESSED = 0.6;
    private static final double PERSON_SINGLE_NAME = 0.7;
    private static final double PERSON_UNLISTED_BASE = 0.55;
    private static final double PERSON_EVIDENCE_STEP = 0.1;
    private static final double PERSON_UNLISTED_MAX = 0.85;
    private static final double FILM_ONE_WORD = 0.55;
    private static final double FILM_TWO_WORDS = 0.7;
    private static final double FILM_LONG = 0.85;
    private static final double FILM_EVIDENCE_STEP = 0.08;
    private static final double FILM_MAX = 0.97;
    private static final double FILM_UNLISTED = 0.6;
    /** Outside English only entities this sure, linked to the reference or named by the award table, are kept. */
    private static final double HIGH_CONFIDENCE = 0.85;
    // Salience weights: share of the article's mentions (relative to its most mentioned entity), how early the
    // first mention comes, and whether the title names it. They sum to 1.
    private static final double SALIENCE_MENTIONS = 0.45;
    private static final double SALIENCE_FIRST = 0.25;
    private static final double SALIENCE_TITLE = 0.3;

    /** Words that cost nothing to capitalize in a title and are not name parts. */
    static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "nor", "but", "of", "in", "on",
            "at", "to", "for", "with", "by", "from", "as", "into", "onto", "upon", "is", "are", "be", "s");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Last words of award bodies and festivals not in the table ("YouTube Music Awards", "Tribeca Film Festival"). */
    private static final Set<String> AWARD_HEADS = Set.of("awards", "award", "prize", "festival");
    /** Lower-case particles inside people's names ("Guillermo del Toro", "Lars von Trier"). */
    private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "der", "den", "da", "das", "do",
            "dos", "di", "du", "la", "le", "van", "von", "bin", "ibn", "al", "el", "y");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** Words that end an organisation's name after a founder's: "Dick Clark Productions", "Jim Henson Company". */
    private static final Set<String> ORGANISATION_WORDS = Set.of("productions", "studios", "studio", "pictures", "films",
            "entertainment", "company", "foundation", "institute", "inc", "corp", "ltd", "llc", "group", "media",
            "records", "critics");
    /** Capitalized words that make a sequence a place, organisation or date rather than a person. */
    private static final Set<String> NOT_PERSON_WORDS = union(ORGANISATION_WORDS, MONTHS, WEEKDAYS, Set.of("office",
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
    /** A sequel's number after its title: 2 to 99, or II to XII (V and X alone are too often letters). */
    private static final Pattern SEQUEL_NUMBER = Pattern.compile("[2-9]|[1-9]\\d|I{2,3}|IV|VI{1,3}|IX|XI{1,2}");
    /** Words that make a number after a title a count: "Barbie 2 weeks on", "Dune 3 million admissions". */
    private static final Set<String> MEASURES = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "week", "weeks", "weekend", "weekends", "month", "months", "year", "years", "time", "times",
            "million", "billion", "thousand", "hundred", "percent", "per", "points", "point", "stars", "star", "out",
            "of", "nominations", "awards", "wins", "oscars", "screens", "theaters", "theatres",
            "cinemas", "countries", "markets", "places", "spots", "x", "m", "bn", "k");
    /** The longest title read as a run of words outside the catalogue: "Star Wars: The Rise of Skywalker"'s subtitle has five. */
    private static final int TITLE_MAX_WORDS = 6;
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
    /** Marks that join two parts of one word: "Spider-Verse", "O'Brien". */
    private static final Set<String> WORD_JOINERS = Set.of("-", "'", "’");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}(st|nd|rd|th)");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    /** A film's year, from the first films on. */
    private static final Pattern FILM_YEAR = Pattern.compile("(18|19|20)\\d\\d");
    /** "this year's Oscars" is the ceremony of the publication year; "last year's" the one before. */
    private static final Map<String, Integer> YEAR_OFFSETS = Map.of("this", 0, "last", -1, "next", 1);
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "my", "your", "our");
    /** Words that make "best actress" a category: "won best actress", "nominated for best director". */
    private static final Set<String> CATEGORY_CUES = Set.of("for", "won", "win", "wins", "winning", "winner", "winners",
            "nominated", "nomination", "nominations", "nominee", "nominees", "category", "categories", "prize", "award",
            "awards", "statuette", "race", "shortlist", "shortlisted", "frontrunner", "contender", "contenders");
    private static final int CATEGORY_WINDOW = 4;
    /** Verbs whose object is a role: "plays Theodore", "voices Samantha" (but "voiced by" names the actor). */
    private static final Set<String> PLAY_VERBS = Set.of("plays", "played", "playing", "portrays", "portrayed",
            "portraying", "voices", "voiced", "voicing", "reprises", "reprised", "reprising");
    /** Nouns a character's name follows, with or without "of": "the role of Jo", "her portrayal of Oppenheimer". */
    private static final Set<String> CHARACTER_NOUNS = Set.of("character", "role", "portrayal");
    /** Verbs after which "as" introduces a role: "stars as", "cast as". */
    private static final Set<String> CASTING_VERBS = Set.of("stars", "starred", "starring", "star", "appears",
            "appeared", "appearing", "cast", "recast", "returns", "returned", "returning", "costars", "debuts");
    private static final Set<String> SPEECH_VERBS = Set.of("says", "said", "told", "tells", "adds", "added",
            "explains", "explained", "recalls", "recalled", "admits", "admitted", "insists", "insisted", "notes",
            "noted", "laughs", "jokes", "joked", "wrote", "writes", "argues", "argued", "puts");
    /** Verbs that, before a category ("won best actress"), make their subject a nominee: a person, as films are titles. */
    private static final Set<String> WIN_VERBS = Set.of("won", "wins", "win", "took", "takes", "scooped", "collected",
            "received", "receives", "earned", "earns");
    /** Work nouns and credit verbs before "by" and their maker's name: "a short story by", "directed by". */
    private static final Set<String> MADE_BY = Set.of("directed", "written", "produced", "composed", "adapted",
            "photographed", "edited", "narrated", "created", "story", "stories", "novel", "novels", "book", "books",
            "play", "film", "films", "movie", "documentary", "song", "songs", "score", "screenplay", "script", "memoir",
            "poem", "poems", "music", "lyrics", "album", "essay", "biography", "painting", "portrait");
    /** Words before a name that make it another name of the person just mentioned. */
    private static final Set<String> ALIAS_CUES = Set.of("real name", "born", "birth name", "nee", "formerly",
            "aka", "a k a", "also known as");

    private static final String IMDB_COMPANY_PREFIX = "co";

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    private final Catalogue catalogue;

    public Tagger(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<TaggedEntity> tag(Article article) {
        String text = article.text() == null ? "" : article.text();
        return new Run(catalogue, article, text, TextAnalyzer.analyze(text)).tag();
    }

    /**
     * The awards data lists some nominees by IMDb company id ("Warner Bros.", co…): the catalogue keeps them as
     * nominees, but a company is no person, and the tagger has no type for it. Rows without ids give the same name an
     * id of Marquee's own, so a name that has a company id anywhere is the company's wherever it appears.
     */
    private static boolean isCompany(CatalogueEntry entry) {
        return entry.id().startsWith(IMDB_COMPANY_PREFIX);
    }

    /** A mention found for an entity, before grouping. */
    record Found(EntityType type, String key, String id, String name, int from, int to, double confidence) {
    }

    /**
     * A catalogue span: tokens [from, to), its normalized key and the entries it names. A span naming a company or a
     * place (the films data credits a director "South Korean") still stands, with no people, so its words are not read
     * as an unlisted person's name either.
     */
    static final class Hit {
        final int from;
        final int to;
        final int words;
        /** The normalized name the catalogue knows the span by. */
        final String key;
        final List<CatalogueEntry> films = new ArrayList<>();
        final List<CatalogueEntry> people = new ArrayList<>();
        /**
         * What follows the title, as written, when the span is a sequel the catalogue lacks: " 4" in "Despicable Me 4",
         * ": Folie a Deux" in "Joker: Folie a Deux"; else null.
         */
        final String sequel;
        boolean taken;

        /**
         * {@code sequel}, when not null, makes tokens [from, to) a sequel of the films titled {@code key}, its number or
         * subtitle the last tokens: weighed as the title is, and named as the title with them, an entity of its own
         * outside the catalogue.
         */
        Hit(int from, int to, int words, String key, List<CatalogueEntry> entries, String sequel) {
            this.from = from;
            this.to = to;
            this.words = words;
            this.key = key;
            this.sequel = sequel;
            boolean companyName = false;
            for (CatalogueEntry e : entries) {
                companyName |= isCompany(e);
            }
            for (CatalogueEntry e : entries) {
                if (e.type() == EntityType.FILM) {
                    films.add(e);
                } else if (sequel == null && !companyName) {
                    people.add(e);
                }
            }
            if (!people.isEmpty() && Places.contains(key)) {
                people.clear();
            }
        }
    }

    /** A category phrase at token {@code from}, e.g. "best supporting actress" as SUPPORTING_ACTRESS. */
    private record CategoryAt(int from, int to, String canonical) {
    }

    /** The state of tagging one article. */
    private static final class Run {
        private final Catalogue catalogue;
        private final String text;
        private final String title;
        /** Year the article was published, for "this year's Oscars"; null when unknown. */
        private final Integer publishedYear;
        private final boolean english;
        private final List<Token> toks;
        private final int n;
        /** Tokens already part of an accepted mention. */
        private final boolean[] used;
        /** Tokens inside a catalogue span (a span that names a film is never read as a person). */
        private final boolean[] inHit;
        /** Person mention covering the token, for list and alias evidence. */
        private final Found[] personAt;
        private final List<Found> found = new ArrayList<>();
        private final List<Hit> hits = new ArrayList<>();
        private final List<int[]> aliasSpans = new ArrayList<>();
        /** How often each normalized word occurs capitalized: a surname seen again is evidence of a name. */
        private final Map<String, Integer> capitalizedCounts = new HashMap<>();
        private final List<CategoryAt> categories = new ArrayList<>();
        /** Normalized names the text shows are film characters ("plays Theodore"): never people. */
        private final Set<String> characters = new HashSet<>();
        /** Ceremony named around the award mention starting at a token. */
        private final Map<Integer, Ceremony> ceremonyAt = new HashMap<>();

        Run(Catalogue catalogue, Article article, String text, List<Token> toks) {
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

        List<TaggedEntity> tag() {
            findAwardAliases();
            findCategories();
            findAwardPatterns();
            findCeremonies();
            findCharacters();
            findCatalogueHits();
            findCataloguePeople(new FilmCandidates());
            findUnlistedPeople();
            resolvePartialNames();
            attachAliases();
            new FilmEvidence(this).accept();
            resolveSurnamesOfRelatedPeople();
            findUnlistedFilms();
            return group();
        }

        // ---------------------------------------------------------------- keys

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
        private static boolean glued(Token prev, Token t) {
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
                if (t.isWord() && !(w == 0 && ARTICLES.contains(t.norm()))) {
                    w++;
                }
            }
            return Math.max(w, 1);
        }

        Token tok(int i) {
            return i >= 0 && i < n ? toks.get(i) : null;
        }

        List<Token> tokens() {
            return toks;
        }

        // ---------------------------------------------------------------- awards

        private void findAwardAliases() {
            int max = AwardBodyTable.maxAliasWords();
            int[] ends = new int[max + 1];
            String[] keys = new String[max + 1];
            for (int i = 0; i < n; i++) {
                Token t = toks.get(i);
                if (used[i] || !t.isWord() || !t.capitalized()) {
                    continue;
                }
                int count = spanKeys(i, max, used, ends, keys);
                for (int k = count - 1; k >= 0; k--) {
                    AwardBodyTable.Alias alias = AwardBodyTable.lookup(keys[k]);
                    if (alias == null || alias.nameLike() && followedByProperName(ends[k])) {
                        continue;
                    }
                    AwardBodyTable.Body b = alias.body();
                    add(new Found(EntityType.AWARD, b.key(), b.id(), b.name(), i, ends[k], AWARD_ALIAS));
                    i = ends[k] - 1;
                    break;
                }
            }
        }

        /** "Oscar Isaac", "Emmy Rossum": a name-like alias followed by a capitalized non-word is a given name. */
        private boolean followedByProperName(int end) {
            Token next = tok(end);
            return next != null && next.sentence() == toks.get(end - 1).sentence() && next.isWord()
                    && next.capitalized() && !CommonWords.contains(next.norm());
        }

        private void findAwardPatterns() {
            for (int j = 0; j < n; j++) {
                Token head = toks.get(j);
                if (used[j] || !head.capitalized()
                        || !AWARD_HEADS.contains(head.norm())) {
                    continue;
                }
                int start = j;
                while (start > 0) {
                    Token p = toks.get(start - 1);
                    if (used[start - 1] || p.sentence() != head.sentence() || !p.isWord() || !p.capitalized()
                            || p.norm().equals("the")) {
                        break;
                    }
                    start--;
                }
                // Leading ordinary words ("Best Actor Award") name a category, not a body.
                while (start < j && CommonWords.contains(toks.get(start).norm()) && !toks.get(start).allCaps()) {
                    start++;
                }
                if (start == j) {
                    continue;
                }
                String surface = text.substring(toks.get(start).start(), head.end()).replaceAll("\\s+", " ");
                String name = head.norm().equals("award") ? surface.substring(0, surface.length() - 5) + "Awards" : surface;
                add(new Found(EntityType.AWARD, AwardBodyTable.ownKey(name), null, name, start, j + 1, AWARD_PATTERN));
            }
        }

        /**
         * Category phrases ("best supporting actress", "Best Adapted Screenplay"), longest first. Their words are
         * taken, so "Best Actor Award" is no award body and "Best Picture" no title.
         */
        private void findCategories() {
            int max = AwardCategoryPhrases.maxWords();
            int[] ends = new int[max + 1];
            String[] keys = new String[max + 1];
            for (int i = 0; i < n; i++) {
                Token t = toks.get(i);
                if (used[i] || !t.isWord() || !mayStartCategory(i)) {
                    continue;
                }
                int count = spanKeys(i, max, used, ends, keys);
                for (int k = count - 1; k >= 0; k--) {
                    String canonical = AwardCategoryPhrases.lookup(keys[k]);
                    if (canonical != null && isCategory(i, ends[k])) {
                        categories.add(new CategoryAt(i, ends[k], canonical));
                        markUsed(i, ends[k]);
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
            Token t = toks.get(i);
            String norm = t.norm();
            int space = norm.indexOf(' ');
            if (AwardCategoryPhrases.startsPhrase(space < 0 ? norm : norm.substring(0, space)) || ARTICLES.contains(norm)) {
                return true;
            }
            Token next = tok(i + 1);
            return next != null && next.sentence() == t.sentence() && next.isWord() && glued(t, next);
        }

        /**
         * The ceremony each award mention names: an ordinal before it ("the 86th Academy Awards", "86th annual"),
         * a year before or after it ("the 2014 Oscars", "Oscars 2014"), or "this/last/next year's" with the article's
         * publication year. For bodies of the reference data the missing half (year or number) comes from its
         * ceremonies. The words are taken, so "2014" is not read as a film title.
         */
        private void findCeremonies() {
            for (Found f : found) {
                if (f.type() != EntityType.AWARD) {
                    continue;
                }
                Integer number = null;
                Integer year = null;
                int i = f.from() - 1;
                if (tok(i) != null && tok(i).norm().equals("annual")) {
                    i--;
                }
                Token before = tok(i);
                Token after = tok(f.to());
                int sentence = toks.get(f.from()).sentence();
                int taken = -1;
                if (before != null && before.sentence() == sentence && ORDINAL.matcher(before.norm()).matches()) {
                    number = Integer.valueOf(before.norm().replaceAll("\\D", ""));
                    taken = i;
                } else if (before != null && before.sentence() == sentence && YEAR.matcher(before.text()).matches()) {
                    year = Integer.valueOf(before.text());
                    taken = i;
                } else if (before != null && before.isPossessiveMark() && publishedYear != null
                        && tok(i - 1) != null && tok(i - 1).norm().equals("year") && tok(i - 2) != null) {
                    Integer offset = YEAR_OFFSETS.get(tok(i - 2).norm());
                    year = offset == null ? null : publishedYear + offset;
                } else if (after != null && after.sentence() == sentence && YEAR.matcher(after.text()).matches()) {
                    year = Integer.valueOf(after.text());
                    taken = f.to();
                }
                if (number == null && year == null) {
                    continue;
                }
                if (f.id() != null && year == null) {
                    year = catalogue.ceremonyYear(f.id(), number);
                } else if (f.id() != null && number == null) {
                    number = catalogue.ceremonyNumber(f.id(), year);
                }
                ceremonyAt.put(f.from(), new Ceremony(number, year));
                if (taken >= 0) {
                    used[taken] = true;
                }
            }
        }

        /**
         * "his best picture since…" is praise, "won best picture" a category: a phrase counts when written as a
         * name (capitalized mid-sentence) or with award words or an award body close by, and never after a
         * possessive pronoun.
         */
        private boolean isCategory(int from, int to) {
            Token before = tok(from - 1);
            if (before != null && POSSESSIVE_PRONOUNS.contains(before.norm())) {
                return false;
            }
            Token first = toks.get(from);
            if (first.capitalized() && !first.sentenceInitial()) {
                return true;
            }
            for (int i = Math.max(0, from - CATEGORY_WINDOW); i < Math.min(n, to + CATEGORY_WINDOW); i++) {
                Token t = toks.get(i);
                if (t.sentence() == first.sentence() && (i < from || i >= to)
                        && (CATEGORY_CUES.contains(t.norm()) || used[i] && awardAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private boolean awardAt(int i) {
            for (Found f : found) {
                if (f.type() == EntityType.AWARD && f.from() <= i && i < f.to()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Names the text shows are film characters: after "plays", "portrays", "voices", "character", "role of",
         * or "as" following a name or a casting verb ("Amy Adams as Theodore's friend", "stars as Jordan Belfort").
         * The name's tokens are taken, and the name and its first and last words are remembered, so later mentions
         * ("Theodore") are not read as people either.
         */
        private void findCharacters() {
            for (int i = 0; i < n; i++) {
                int start = characterNameStart(i);
                if (start < 0) {
                    continue;
                }
                int end = start;
                while (end < n && end - start < 3 && toks.get(end).sentence() == toks.get(i).sentence() && !used[end]
                        && runWord(toks.get(end), toks.get(i).sentence())) {
                    end++;
                }
                if (end == start) {
                    continue;
                }
                characters.add(Names.normalize(text.substring(toks.get(start).start(), toks.get(end - 1).end())));
                characters.add(toks.get(start).norm());
                characters.add(toks.get(end - 1).norm());
                markUsed(start, end);
                i = end - 1;
            }
        }

        /** Token where a character's name starts if token {@code i} introduces one, else -1. */
        private int characterNameStart(int i) {
            Token t = toks.get(i);
            Token next = tok(i + 1);
            if (next == null || next.sentence() != t.sentence()) {
                return -1;
            }
            if (PLAY_VERBS.contains(t.norm()) && !next.norm().equals("by")) {
                return i + 1;
            }
            if (CHARACTER_NOUNS.contains(t.norm())) {
                return next.norm().equals("of") ? i + 2 : i + 1;
            }
            if (t.norm().equals("as") && !t.sentenceInitial() && i > 0) {
                Token prev = toks.get(i - 1);
                boolean afterName = prev.isWord() && prev.capitalized() && !prev.allCaps() && !prev.sentenceInitial()
                        && !FUNCTION_WORDS.contains(prev.norm());
                return afterName || CASTING_VERBS.contains(prev.norm()) ? i + 1 : -1;
            }
            return -1;
        }

        // ---------------------------------------------------------------- catalogue spans

        private void findCatalogueHits() {
            int max = Math.max(1, catalogue.maxNameTokens());
            int[] ends = new int[max + 2];
            String[] keys = new String[max + 2];
            for (int i = 0; i < n; i++) {
                Token t = toks.get(i);
                if (used[i] || !t.isWord() || !(t.capitalized() || t.startsWithDigit())) {
                    continue;
                }
                int count = spanKeys(i, max, used, ends, keys, true);
                for (int k = count - 1; k >= 0; k--) {
                    Token last = toks.get(ends[k] - 1);
                    if (!(last.capitalized() || last.startsWithDigit())) {
                        continue;
                    }
                    List<CatalogueEntry> entries = catalogue.lookup(keys[k]);
                    if (!entries.isEmpty() && insideLongerName(i, ends[k])) {
                        entries = entries.stream().filter(e -> e.type() == EntityType.PERSON).toList();
                    }
                    if (!entries.isEmpty()) {
                        int to = sequelEnd(ends[k]);
                        if (to != ends[k] && entries.stream().noneMatch(e -> e.type() == EntityType.FILM)) {
                            to = ends[k];
                        }
                        String sequel = to == ends[k] ? null
                                : text.substring(toks.get(ends[k] - 1).end(), toks.get(to - 1).end()).replaceAll("\\s+", " ");
                        Hit h = new Hit(i, to, wordCount(i, ends[k]), keys[k], entries, sequel);
                        hits.add(h);
                        for (int x = h.from; x < h.to; x++) {
                            inHit[x] = true;
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
            Token next = tok(to);
            int sentence = toks.get(from).sentence();
            if (runWord(next, sentence) && !startsCataloguePerson(to) || ofTitle(to, 1, sentence) || ofTitle(from - 1, -1, sentence)) {
                return true;
            }
            // "Joseph B. Walker": the run goes on through an initial's full stop.
            int before = from > 0 && initialsStop(from - 1) ? from - 2 : from - 1;
            Token prev = tok(before);
            return runWord(prev, sentence) && !prev.sentenceInitial() && !used[before] && !inHit[before];
        }

        /**
         * Where a sequel's span ends when a title ending before token {@code i} is followed by its number or subtitle,
         * else {@code i}.
         */
        private int sequelEnd(int i) {
            // "After 4 Little Girls": a number that starts a longer title is that title's.
            return isSequelNumber(i) && !startsCatalogueName(i, i + 2, EntityType.FILM) ? i + 1 : subtitleEnd(i);
        }

        /**
         * "Joker: Folie a Deux", "Wicked: For Good": a colon right after a catalogue title, then a title-cased run
         * that is not a catalogue person ("Oppenheimer: Nolan said"), is a subtitle. Returns where the subtitle ends,
         * else {@code i}.
         */
        private int subtitleEnd(int i) {
            Token colon = tok(i);
            if (colon == null || !colon.text().equals(":") || colon.start() != toks.get(i - 1).end()
                    || tok(i + 1) == null || tok(i + 1).sentence() != colon.sentence() || startsCataloguePerson(i + 1)) {
                return i;
            }
            int end = titleRunEnd(i + 1);
            return end == i + 1 ? i : end;
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
                if (t.sentence() != first.sentence() || !t.isWord()
                        || !(t.capitalized() || t.startsWithDigit() || FUNCTION_WORDS.contains(t.norm()))) {
                    break;
                }
                words++;
                // A capitalized function word inside a sentence is the title's own: "What Was I Made For?".
                if (!FUNCTION_WORDS.contains(t.norm()) || t.capitalized() && !t.sentenceInitial()) {
                    end = j + 1;
                }
            }
            return end;
        }

        // ---------------------------------------------------------------- films by their place in the sentence

        /**
         * Whether tokens [from, to) stand where news writes a film's title: right after a film noun ("Soderbergh's
         * thriller Presence", "the sequel, Wicked: For Good"), before a credit ("Red One, starring Dwayne Johnson";
         * "directed by", "written by") or the year in brackets, or after an award or category given for it ("best
         * actress for About Dry Grasses", "won an Oscar for The Pianist", "won for I'm Still Here").
         */
        boolean filmSlot(int from, int to) {
            return afterFilmNoun(from) || beforeCredit(to) || afterAwardFor(from);
        }

        private boolean afterFilmNoun(int from) {
            int sentence = toks.get(from).sentence();
            Token prev = tok(from - 1);
            if (prev != null && prev.text().equals(",")) {
                prev = tok(from - 2);
            }
            return prev != null && prev.sentence() == sentence && !prev.capitalized() && FILM_NOUNS.contains(prev.norm());
        }

        private boolean beforeCredit(int to) {
            Token next = tok(to);
            Token word = tok(to + 1);
            if (next == null || word == null || next.sentence() != word.sentence()) {
                return false;
            }
            if (yearInBrackets(to)) {
                return true;
            }
            Token by = tok(to + 2);
            return CLAUSE_OPENERS.contains(next.text()) && (word.norm().equals("starring")
                    || CREDIT_VERBS.contains(word.norm()) && by != null && by.norm().equals("by"));
        }

        /** "Her (2013)": a year in brackets at token {@code i}, right after a title. */
        boolean yearInBrackets(int i) {
            Token open = tok(i);
            Token year = tok(i + 1);
            return open != null && year != null && open.text().equals("(") && FILM_YEAR.matcher(year.text()).matches();
        }

        private boolean afterAwardFor(int from) {
            Token forWord = tok(from - 1);
            Token before = tok(from - 2);
            if (forWord == null || before == null || !forWord.norm().equals("for") || before.sentence() != forWord.sentence()) {
                return false;
            }
            if (WIN_VERBS.contains(before.norm()) || AWARD_NOUNS.contains(before.norm())) {
                return true;
            }
            for (CategoryAt c : categories) {
                if (c.to() == from - 1) {
                    return true;
                }
            }
            for (Found f : found) {
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
        private void findUnlistedFilms() {
            for (int i = 0; i < n; i++) {
                int end = titleRunEnd(i);
                if (end == i) {
                    continue;
                }
                if (filmSlot(i, end) && mayBeUnlistedTitle(i, end)) {
                    String name = text.substring(toks.get(i).start(), toks.get(end - 1).end()).replaceAll("\\s+", " ");
                    add(new Found(EntityType.FILM, "mq:film:" + Names.normalize(name).replace(' ', '-'), null, name, i, end,
                            FILM_UNLISTED));
                }
                i = end - 1;
            }
        }

        private boolean mayBeUnlistedTitle(int from, int to) {
            for (int i = from; i < to; i++) {
                if (inHit[i]) {
                    return false;
                }
            }
            Token first = toks.get(from);
            int words = countWordTokens(from, to);
            String name = text.substring(first.start(), toks.get(to - 1).end());
            Token last = toks.get(to - 1);
            Token after = tok(to);
            // "Meet Me in St. Louis", "Author! Author!": titles the sentence model cut at their own full stop or
            // exclamation mark.
            boolean cut = ABBREVIATIONS.contains(last.norm()) && (last.text().endsWith(".") || after != null && after.text().equals("."))
                    || after != null && after.start() == last.end() && (after.text().equals("!") || after.text().equals("?"));
            return !cut && !(words == 1 && first.text().equals("I"))
                    && !MONTHS.contains(first.norm()) && !WEEKDAYS.contains(first.norm())
                    && !Places.contains(Names.normalize(name))
                    && !(words >= 2 && words <= 3 && catalogue.isGivenName(first.norm()));
        }

        /**
         * "Sound of Freedom", "The Ecstasy of Gold": an "of" at token {@code i} (or "of the", looking on) that joins
         * capitalized words into a longer title, on the side {@code step} points to.
         */
        private boolean ofTitle(int i, int step, int sentence) {
            Token of = tok(i);
            if (of == null || of.sentence() != sentence || !of.text().equals("of")) {
                return false;
            }
            int j = i + step;
            if (step > 0 && tok(j) != null && ARTICLES.contains(tok(j).text())) {
                j++;
            }
            Token word = tok(j);
            return runWord(word, sentence) && !word.sentenceInitial() && !(step > 0 && startsCataloguePerson(j));
        }

        /**
         * "Verse" and its hyphen in "Spider-Verse", "-ho" in "Kang-ho": token {@code i}, not the first, continues the
         * word written right before it.
         */
        private boolean inWord(int i) {
            Token t = toks.get(i);
            if (toks.get(i - 1).end() != t.start()) {
                return false;
            }
            Token next = tok(i + 1);
            return t.isWord() || WORD_JOINERS.contains(t.text()) && next != null && next.start() == t.end() && next.isWord();
        }

        /**
         * "Despicable Me 4 opens", "Gladiator II arrives": a number right after a catalogue title, which the catalogue
         * does not know with it, is a sequel's. Not when a measure follows ("Barbie 2 weeks on"): then it counts
         * something. (The POS model is no help here: after a number it reads "opens" and "arrives" as nouns.)
         */
        private boolean isSequelNumber(int i) {
            Token t = tok(i);
            if (t == null || i == 0 || t.sentence() != toks.get(i - 1).sentence() || !SEQUEL_NUMBER.matcher(t.text()).matches()) {
                return false;
            }
            Token next = tok(i + 1);
            return next == null || next.sentence() != t.sentence() || !MEASURES.contains(next.norm());
        }

        /** A capitalized word that would continue a name: not a title's function word, not an acronym. */
        private static boolean runWord(Token t, int sentence) {
            return t != null && t.sentence() == sentence && t.isWord() && t.capitalized() && !t.allCaps()
                    && !FUNCTION_WORDS.contains(t.norm());
        }

        private boolean startsCataloguePerson(int from) {
            return startsCatalogueName(from, from + 1, EntityType.PERSON);
        }

        /** Whether a catalogue name of {@code type} starts at token {@code from} and ends at {@code minEnd} or later. */
        private boolean startsCatalogueName(int from, int minEnd, EntityType type) {
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

        /** Every content word capitalized (or a number), as titles and names are written. */
        boolean titleCased(int from, int to) {
            boolean first = true;
            for (int i = from; i < to; i++) {
                Token t = toks.get(i);
                if (!t.isWord()) {
                    continue;
                }
                boolean ok = t.capitalized() || t.startsWithDigit()
                        || !first && (FUNCTION_WORDS.contains(t.norm()) || NAME_PARTICLES.contains(t.norm()));
                if (!ok) {
                    return false;
                }
                first = false;
            }
            return true;
        }

        // ---------------------------------------------------------------- people

        private void findCataloguePeople(FilmCandidates filmCandidates) {
            for (Hit h : hits) {
                if (h.people.isEmpty() || !titleCased(h.from, h.to) || isCharacter(h.from, h.to) || startsOrganisationName(h.to)) {
                    continue;
                }
                // A span naming both a film and a person ("Erin Brockovich") is the film when film words surround it.
                if (!h.films.isEmpty() && FilmEvidence.hasFilmContext(this, h)) {
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
                addPerson(new Found(EntityType.PERSON, best.id(), best.id(), best.name(), h.from, h.to, conf));
            }
        }

        /** "Dick Clark Productions", "Tyler Perry Studios": a name followed by an organisation word names the organisation. */
        private boolean startsOrganisationName(int to) {
            Token next = tok(to);
            return next != null && next.sentence() == toks.get(to - 1).sentence() && next.capitalized()
                    && ORGANISATION_WORDS.contains(next.norm());
        }

        /**
         * Capitalized sequences of two to four words outside the catalogue that read as a person's name: no
         * place, organisation or date word, and evidence of a person (a known first name, a role noun before,
         * a speech verb or possessive after, a list with other people, the surname used again).
         */
        private void findUnlistedPeople() {
            int i = 0;
            while (i < n) {
                if (!nameToken(i)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < n && toks.get(end).sentence() == toks.get(i).sentence()
                        && (nameToken(end) || inHyphenatedName(end) || (NAME_PARTICLES.contains(toks.get(end).norm()) || initialsStop(end))
                        && end + 1 < n && nameToken(end + 1))) {
                    end++;
                }
                considerName(i, end);
                i = end;
            }
        }

        private int countHyphenatedParts(int from, int to) {
            int parts = 0;
            for (int i = from + 1; i < to; i++) {
                parts += toks.get(i).isWord() && inHyphenatedName(i) ? 1 : 0;
            }
            return parts;
        }

        /**
         * "Kang-ho" in "Song Kang-ho": a hyphen written between two words of a name, or the word after it (the
         * tokenizer gives "Jean", "-", "Pierre" but "Kang", "-ho").
         */
        private boolean inHyphenatedName(int i) {
            return !used[i] && inWord(i) && (toks.get(i).text().startsWith("-") || toks.get(i - 1).text().equals("-"));
        }

        /** The full stop of an initial inside a name: "Jon M. Chu", where the tokenizer splits "M" from its stop. */
        private boolean initialsStop(int i) {
            Token prev = tok(i - 1);
            return toks.get(i).text().equals(".") && prev != null && prev.text().length() == 1 && prev.capitalized()
                    && prev.end() == toks.get(i).start();
        }

        /** A capitalized word that may be part of an unlisted name; the pronoun "I" never is ("What Was I Made For?"). */
        private boolean nameToken(int i) {
            Token t = toks.get(i);
            return !used[i] && !inHit[i] && t.isWord() && t.capitalized() && !t.allCaps()
                    && !FUNCTION_WORDS.contains(t.norm()) && t.norm().indexOf(' ') < 0 && !t.text().equals("I");
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
                Token t = toks.get(from);
                boolean role = ROLE_WORDS.contains(t.norm());
                if (!role && !(CommonWords.contains(t.norm()) && !t.pos().equals("PROPN") && !catalogue.isGivenName(t.norm()))) {
                    break;
                }
                roleBefore |= role ? 1 : 0;
                from++;
            }
            // "Obaid-Chinoy" is one word of a name, a surname alone.
            int words = countWordTokens(from, to) - countHyphenatedParts(from, to);
            if (words < 2 || words > 4) {
                return;
            }
            boolean given = catalogue.isGivenName(toks.get(from).norm());
            boolean allCommon = true;
            boolean anyProper = false;
            for (int i = from; i < to; i++) {
                Token t = toks.get(i);
                if (!t.isWord()) {
                    continue;
                }
                // "Louisa May Alcott": a month that is also a given name, after a given name and before the surname,
                // is a middle name.
                boolean middleName = given && i > from && i < to - 1 && MONTHS.contains(t.norm())
                        && catalogue.isGivenName(t.norm());
                if (NOT_PERSON_WORDS.contains(t.norm()) && !middleName) {
                    return;
                }
                allCommon &= CommonWords.contains(t.norm()) || NAME_PARTICLES.contains(t.norm());
                // The POS model often misses rare surnames ("Sendak" as a verb); a capitalized word mid-sentence
                // that is no English word is a proper noun by its form.
                anyProper |= t.pos().equals("PROPN") || !t.sentenceInitial() && !CommonWords.contains(t.norm());
            }
            if (allCommon && !given || isCharacter(from, to)) {
                return;
            }
            Found surnameOwner = particleSurnameOwner(from, to);
            if (surnameOwner != null) {
                addPerson(new Found(EntityType.PERSON, surnameOwner.key(), surnameOwner.id(), surnameOwner.name(), from, to,
                        surnameOwner.confidence()));
                return;
            }
            if (isAliasCue(from)) {
                aliasSpans.add(new int[] {from, to});
                markUsed(from, to);
                return;
            }
            int evidence = roleBefore + personEvidence(from, to) + (given ? 1 : 0);
            if (evidence >= 2 || evidence == 1 && (given || anyProper)) {
                String name = text.substring(toks.get(from).start(), toks.get(to - 1).end()).replaceAll("\\s+", " ");
                String normalized = Names.normalize(name);
                if (Places.contains(normalized)) {
                    return;
                }
                String key = "mq:person:" + normalized.replace(' ', '-');
                double conf = Math.min(PERSON_UNLISTED_MAX, PERSON_UNLISTED_BASE + PERSON_EVIDENCE_STEP * (evidence - 1));
                addPerson(new Found(EntityType.PERSON, key, null, name, from, to, conf));
            }
        }

        /**
         * "De Niro" after "Robert De Niro": a particle and a word are the surname of a person named in full in the
         * article, the nearest such name before them, else after. Null when no name ends that way.
         */
        private Found particleSurnameOwner(int from, int to) {
            if (to - from != 2 || !NAME_PARTICLES.contains(toks.get(from).norm())) {
                return null;
            }
            String surname = " " + toks.get(from).norm() + " " + toks.get(from + 1).norm();
            Found before = null;
            Found after = null;
            for (Found f : found) {
                if (f.type() != EntityType.PERSON || countWordTokens(f.from(), f.to()) < 3
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

        /** Whether tokens [from, to) are a name the text has shown to be a film character. */
        private boolean isCharacter(int from, int to) {
            return !characters.isEmpty()
                    && characters.contains(Names.normalize(text.substring(toks.get(from).start(), toks.get(to - 1).end())));
        }

        /** Count of independent kinds of person evidence around tokens [from, to). */
        private int personEvidence(int from, int to) {
            int sentence = toks.get(from).sentence();
            int evidence = 0;
            for (int i = Math.max(0, from - 3); i < from; i++) {
                Token t = toks.get(i);
                if (t.sentence() == sentence && ROLE_WORDS.contains(t.norm())) {
                    evidence++;
                    break;
                }
            }
            Token before = tok(from - 1);
            Token after = tok(to);
            Token after2 = tok(to + 1);
            if (before != null && before.sentence() == sentence && SPEECH_VERBS.contains(before.norm())
                    || after != null && after.sentence() == sentence && SPEECH_VERBS.contains(after.norm())) {
                evidence++;
            }
            if (after != null && after.isPossessiveMark()) {
                evidence++;
            }
            boolean listBefore = before != null && (before.text().equals(",") || before.norm().equals("and"))
                    && from >= 2 && personAt[from - 2] != null;
            boolean listAfter = after != null && (after.text().equals(",") || after.norm().equals("and"))
                    && to + 1 < n && personAt[to + 1] != null;
            if (listBefore || listAfter) {
                evidence++;
            }
            if (to - from >= 2 && capitalizedCounts.getOrDefault(toks.get(to - 1).norm(), 0) >= 2) {
                evidence++;
            }
            if (after2 != null && after != null && after.text().equals(",") && ROLE_WORDS.contains(after2.norm())) {
                evidence++;
            }
            if (after != null && after.sentence() == sentence && WIN_VERBS.contains(after.norm()) && categoryAt(to + 1)) {
                evidence++;
            }
            Token beforeBy = tok(from - 2);
            if (before != null && before.norm().equals("by") && beforeBy != null && beforeBy.sentence() == sentence
                    && MADE_BY.contains(beforeBy.norm())) {
                evidence++;
            }
            return evidence;
        }

        /** Whether a category phrase starts at token {@code i}, or after an article there ("won the best actress prize"). */
        private boolean categoryAt(int i) {
            int start = tok(i) != null && ARTICLES.contains(tok(i).norm()) ? i + 1 : i;
            for (CategoryAt c : categories) {
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
                Token t = toks.get(i);
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

        /**
         * A lone capitalized word that is the first or last name of a person named in full in the article is
         * that person ("Jonze" after "Spike Jonze"): the nearest full name before it, else the nearest after.
         * Ordinary words as surnames ("West", "Stone") must be tagged proper nouns and not follow an article.
         */
        private void resolvePartialNames() {
            Map<String, List<Found>> byPart = new HashMap<>();
            for (Found f : found) {
                if (f.type() != EntityType.PERSON || countWordTokens(f.from(), f.to()) < 2) {
                    continue;
                }
                Token first = toks.get(f.from());
                Token last = toks.get(f.to() - 1);
                byPart.computeIfAbsent(last.norm(), k -> new ArrayList<>()).add(f);
                if (!CommonWords.contains(first.norm()) && first != last) {
                    byPart.computeIfAbsent(first.norm(), k -> new ArrayList<>()).add(f);
                }
            }
            if (byPart.isEmpty()) {
                return;
            }
            Map<Integer, Hit> singleHits = new HashMap<>();
            for (Hit h : hits) {
                if (h.words == 1 && !h.taken) {
                    singleHits.put(h.from, h);
                }
            }
            for (int i = 0; i < n; i++) {
                Token t = toks.get(i);
                if (used[i] || !t.isWord() || !t.capitalized() || t.allCaps()
                        || inHit[i] && !singleHits.containsKey(i)) {
                    continue;
                }
                List<Found> owners = byPart.get(t.norm());
                if (owners == null || neighbourIsName(i) || characters.contains(t.norm())) {
                    continue;
                }
                if (CommonWords.contains(t.norm())) {
                    Token prev = tok(i - 1);
                    boolean afterArticle = prev != null && ARTICLES.contains(prev.norm());
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
                addPerson(new Found(EntityType.PERSON, owner.key(), owner.id(), owner.name(), i, i + 1, owner.confidence()));
            }
        }

        private int countWordTokens(int from, int to) {
            int c = 0;
            for (int i = from; i < to; i++) {
                if (toks.get(i).isWord()) {
                    c++;
                }
            }
            return c;
        }

        /**
         * "Butler was nominated", "Stone won": a word first in its sentence and followed by a verb is its subject,
         * which the POS model, seeing an English word, often tags a noun.
         */
        private boolean subjectBeforeVerb(int i) {
            Token t = toks.get(i);
            Token next = tok(i + 1);
            return t.sentenceInitial() && next != null && next.sentence() == t.sentence()
                    && (next.pos().equals("VERB") || next.pos().equals("AUX"));
        }

        /** A capitalized free word right next to this one means a different, longer name. */
        private boolean neighbourIsName(int i) {
            for (int j : new int[] {i - 1, i + 1}) {
                Token t = tok(j);
                if (t != null && t.sentence() == toks.get(i).sentence() && !used[j] && t.isWord() && t.capitalized()
                        && !t.sentenceInitial() && !FUNCTION_WORDS.contains(t.norm())) {
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
                boolean surname = toks.get(f.to() - 1).norm().equals(part);
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
        private void resolveSurnamesOfRelatedPeople() {
            Map<String, CatalogueEntry> bySurname = new HashMap<>();
            Set<String> ambiguous = new HashSet<>();
            for (Found f : found) {
                CatalogueEntry film = f.type() == EntityType.FILM && f.id() != null ? catalogue.byId(f.id()) : null;
                if (film == null) {
                    continue;
                }
                for (String id : film.relatedIds()) {
                    CatalogueEntry p = catalogue.byId(id);
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
            for (Found f : found) {
                if (f.type() == EntityType.FILM) {
                    for (String word : Names.normalize(f.name()).split(" ")) {
                        bySurname.remove(word);
                    }
                }
            }
            for (int i = 0; i < n && !bySurname.isEmpty(); i++) {
                Token t = toks.get(i);
                CatalogueEntry p = bySurname.get(t.norm());
                if (p == null || used[i] || inHit[i] || !t.capitalized() || t.allCaps() || neighbourIsName(i)
                        || characters.contains(t.norm())
                        || CommonWords.contains(t.norm()) && !t.pos().equals("PROPN")) {
                    continue;
                }
                addPerson(new Found(EntityType.PERSON, p.id(), p.id(), p.name(), i, i + 1, PERSON_SINGLE_NAME));
            }
        }

        /** Another name of the person mentioned just before, in the same sentence. */
        private void attachAliases() {
            for (int[] span : aliasSpans) {
                Found owner = null;
                for (int i = span[0] - 1; i >= 0 && toks.get(i).sentence() == toks.get(span[0]).sentence(); i--) {
                    if (personAt[i] != null) {
                        owner = personAt[i];
                        break;
                    }
                }
                if (owner != null) {
                    add(new Found(EntityType.PERSON, owner.key(), owner.id(), owner.name(), span[0], span[1], owner.confidence()));
                }
            }
        }

        // ---------------------------------------------------------------- results

        void add(Found f) {
            found.add(f);
            markUsed(f.from(), f.to());
        }

        private void addPerson(Found f) {
            add(f);
            for (int i = f.from(); i < f.to(); i++) {
                personAt[i] = f;
            }
        }

        private void markUsed(int from, int to) {
            for (int i = from; i < to; i++) {
                used[i] = true;
            }
        }

        boolean isUsed(int i) {
            return used[i];
        }

        List<Hit> hits() {
            return hits;
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
                for (Hit h : hits) {
                    if (!h.films.isEmpty()) {
                        keys.add(h.key);
                    }
                }
            }

            boolean contains(String entityId) {
                return known.computeIfAbsent(entityId, id -> {
                    CatalogueEntry e = catalogue.byId(id);
                    return e != null && e.type() == EntityType.FILM && keys.contains(e.key());
                });
            }
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

        Set<String> personIds() {
            Set<String> ids = new HashSet<>();
            for (Found f : found) {
                if (f.type() == EntityType.PERSON && f.id() != null) {
                    ids.add(f.id());
                }
            }
            return ids;
        }

        private List<TaggedEntity> group() {
            Map<String, List<Found>> byKey = new LinkedHashMap<>();
            found.stream().sorted(Comparator.comparingInt(Found::from))
                    .forEach(f -> byKey.computeIfAbsent(f.type() + " " + f.key(), k -> new ArrayList<>()).add(f));
            Map<String, Set<String>> categoriesByKey = categoriesByAward(byKey);
            int maxMentions = byKey.values().stream().mapToInt(List::size).max().orElse(1);
            String titleKey = " " + Names.normalize(title) + " ";
            List<TaggedEntity> out = new ArrayList<>(byKey.size());
            for (Map.Entry<String, List<Found>> group : byKey.entrySet()) {
                List<Found> fs = group.getValue();
                Found first = fs.get(0);
                double best = 0;
                List<Mention> mentions = new ArrayList<>(fs.size());
                Set<Ceremony> ceremonies = new LinkedHashSet<>();
                boolean inTitle = titleKey.contains(" " + Names.normalize(first.name()) + " ");
                for (Found f : fs) {
                    best = Math.max(best, f.confidence());
                    int start = toks.get(f.from()).start();
                    int end = toks.get(f.to() - 1).end();
                    mentions.add(new Mention(start, end, text.substring(start, end)));
                    String surface = Names.normalize(text.substring(start, end));
                    inTitle |= !surface.isEmpty() && titleKey.contains(" " + surface + " ");
                    if (ceremonyAt.containsKey(f.from())) {
                        ceremonies.add(ceremonyAt.get(f.from()));
                    }
                }
                // Outside English the word rules do not hold; only what needs none of them is kept.
                if (!english && !(best >= HIGH_CONFIDENCE && (first.type() == EntityType.AWARD || first.id() != null))) {
                    continue;
                }
                double confidence = Math.min(0.99, best + 0.02 * (fs.size() - 1));
                double early = text.isEmpty() ? 0 : 1 - (double) mentions.get(0).start() / text.length();
                double salience = SALIENCE_MENTIONS * fs.size() / maxMentions + SALIENCE_FIRST * early
                        + (inTitle ? SALIENCE_TITLE : 0);
                out.add(new TaggedEntity(first.type(), first.key(), first.id(), first.name(), round(confidence), round(salience),
                        mentions, List.copyOf(ceremonies), List.copyOf(categoriesByKey.getOrDefault(group.getKey(), Set.of()))));
            }
            return out;
        }

        private static double round(double x) {
            return Math.round(x * 1000) / 1000.0;
        }

        /**
         * Each category phrase belongs to the nearest award mention of its sentence ("his Golden Globe for best
         * screenplay"); with none there, to the article's only award body, if it has one.
         */
        private Map<String, Set<String>> categoriesByAward(Map<String, List<Found>> byKey) {
            Map<String, Set<String>> out = new HashMap<>();
            List<String> awardKeys = byKey.keySet().stream().filter(k -> k.startsWith(EntityType.AWARD + " ")).toList();
            for (CategoryAt c : categories) {
                int sentence = toks.get(c.from()).sentence();
                String owner = null;
                int distance = Integer.MAX_VALUE;
                for (Found f : found) {
                    if (f.type() == EntityType.AWARD && toks.get(f.from()).sentence() == sentence
                            && Math.abs(f.from() - c.from()) < distance) {
                        distance = Math.abs(f.from() - c.from());
                        owner = f.type() + " " + f.key();
                    }
                }
                if (owner == null && awardKeys.size() == 1) {
                    owner = awardKeys.get(0);
                }
                if (owner != null) {
                    out.computeIfAbsent(owner, k -> new TreeSet<>()).add(c.canonical());
                }
            }
            return out;
        }
    }

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
    private static final class FilmEvidence {

        private static final Set<String> FILM_CUES = Set.of("film", "films", "movie", "movies", "picture",
                "pictures", "documentary", "sequel", "prequel", "remake", "reboot", "directed", "director",
                "directing", "starring", "stars", "starred", "costarring", "premiere", "premiered", "premieres",
                "opens", "opened", "release", "released", "releases", "trailer", "screenplay", "script",
                "screening", "screened", "cinemas", "cinema", "theaters", "theatres", "drama", "comedy", "thriller",
                "biopic", "animated", "blockbuster", "filmmaker", "feature", "office", "nominated", "nomination",
                "nominations", "won", "wins", "winner");
        /** Words that start sentences as subjects: "It is…" is no sign of the film "It". */
        private static final Set<String> SUBJECT_WORDS = Set.of("i", "you", "he", "she", "it", "we", "they",
                "this", "that", "these", "those", "there", "here", "what", "who", "which", "one");
        private static final Set<String> VERB_LIKE = Set.of("VERB", "AUX", "ADV", "CCONJ");
        private static final Set<String> OPENING_PUNCT = Set.of(",", ":", "-", "–", "—", ";");
        private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?");
        private static final Set<String> QUOTES = Set.of("\"", "“", "”", "‘", "’", "'", "«", "»");
        private static final Set<String> INNER_PUNCT = Set.of(",", ".");
        private static final Set<String> LIST_JOINERS = Set.of("and", "or");
        /** Separator tokens between two list items: a comma, "and", and the quotes around both items. */
        private static final int LIST_GAP_MAX = 5;
        private static final int WINDOW = 4;
        /** The longest clause after a title, in tokens, that is read for a film word. */
        private static final int CLAUSE_WINDOW = 12;
        /** Prepositions before which a place is written: "premiered in London", "flew from Paris". */
        private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "to", "across", "near",
                "outside", "around", "throughout", "toward", "towards", "through", "into");

        private final Run run;
        private final List<Token> toks;

        FilmEvidence(Run run) {
            this.run = run;
            this.toks = run.tokens();
        }

        static boolean hasFilmContext(Run run, Hit h) {
            FilmEvidence e = new FilmEvidence(run);
            return e.cue(h) || e.quoted(h);
        }

        void accept() {
            Set<String> personIds = run.personIds();
            Set<String> filmsOfPeople = run.filmsOf(personIds);
            Map<Hit, CatalogueEntry> chosen = new HashMap<>();
            Set<String> established = new HashSet<>();
            List<Hit> open = new ArrayList<>();
            for (Hit h : run.hits()) {
                if (!h.taken && !h.films.isEmpty() && run.titleCased(h.from, h.to)) {
                    open.add(h);
                }
            }
            List<Hit> rejected = new ArrayList<>();
            for (Hit h : open) {
                CatalogueEntry film = chosen.computeIfAbsent(h, x -> choose(x, personIds, filmsOfPeople));
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

        /** The catalogue film, or for a sequel's span ("Despicable Me 4") a film of its own named after it. */
        private static Found filmMention(Hit h, CatalogueEntry film, double conf) {
            String id = h.sequel == null ? film.id() : null;
            return new Found(EntityType.FILM, filmKey(h, film), id, filmName(h, film), h.from, h.to, conf);
        }

        private static String filmKey(Hit h, CatalogueEntry film) {
            return h.sequel == null ? film.id() : "mq:film:" + Names.normalize(filmName(h, film)).replace(' ', '-');
        }

        private static String filmName(Hit h, CatalogueEntry film) {
            return h.sequel == null ? film.name() : film.name() + h.sequel;
        }

        /**
         * Of remakes sharing a title: the one with most related people in the article, else the one with most related
         * people at all, else the latest, else the smallest id. People and films relate both ways, so only films in
         * {@code filmsOfPeople} can share a person with the article: the others cost no set intersection, which
         * matters for titles shared by hundreds of catalogue films.
         */
        private static CatalogueEntry choose(Hit h, Set<String> personIds, Set<String> filmsOfPeople) {
            CatalogueEntry best = null;
            long bestShared = -1;
            for (CatalogueEntry f : h.films) {
                long shared = filmsOfPeople.contains(f.id()) ? f.relatedIds().stream().filter(personIds::contains).count() : 0;
                if (best == null || shared > bestShared || shared == bestShared && moreProminent(f, best)) {
                    best = f;
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
            if (isDate(h) && !quoted(h)) {
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
                base = context >= 1 && (capitalizedMidSentence(h) || initialBeforeVerb(h)) ? FILM_ONE_WORD : 0;
            } else {
                base = context >= 1 ? FILM_ONE_WORD : 0;
            }
            return base == 0 ? 0 : Math.min(FILM_MAX, base + FILM_EVIDENCE_STEP * context);
        }

        /** A month or weekday name with only numbers beside it ("February 14", "May 2014", "Wednesday"). */
        private boolean isDate(Hit h) {
            boolean dateWord = false;
            for (int i = h.from; i < h.to; i++) {
                Token t = toks.get(i);
                if (MONTHS.contains(t.norm()) || WEEKDAYS.contains(t.norm())) {
                    dateWord = true;
                } else if (t.isWord() && !t.startsWithDigit()) {
                    return false;
                }
            }
            return dateWord;
        }

        private boolean digitsOnly(Hit h) {
            for (int i = h.from; i < h.to; i++) {
                Token t = toks.get(i);
                if (t.isWord() && !t.norm().chars().allMatch(Character::isDigit)) {
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
            int sentence = toks.get(h.from).sentence();
            Token prev = run.tok(h.from - 1);
            Token beforePrev = run.tok(h.from - 2);
            boolean afterPreposition = prev != null && prev.sentence() == sentence && PLACE_PREPOSITIONS.contains(prev.norm())
                    && !(beforePrev != null && (CASTING_VERBS.contains(beforePrev.norm()) || CHARACTER_NOUNS.contains(beforePrev.norm())));
            Token next = run.tok(h.to);
            boolean beforeNoun = prev != null && prev.sentence() == sentence && ARTICLES.contains(prev.norm())
                    && next != null && next.sentence() == sentence && next.isWord() && !next.capitalized();
            return afterPreposition || beforeNoun;
        }

        private boolean ordinary(Hit h) {
            for (int i = h.from; i < h.to; i++) {
                Token t = toks.get(i);
                if (t.isWord() && !FUNCTION_WORDS.contains(t.norm()) && !CommonWords.contains(t.norm())) {
                    return false;
                }
            }
            return true;
        }

        private boolean capitalizedMidSentence(Hit h) {
            return !toks.get(h.from).sentenceInitial();
        }

        /** "Her opens in cinemas", "Her, his new film,": first in the sentence, then a verb or a pause. */
        private boolean initialBeforeVerb(Hit h) {
            Token first = toks.get(h.from);
            Token next = run.tok(h.to);
            return first.sentenceInitial() && !SUBJECT_WORDS.contains(first.norm()) && next != null
                    && next.sentence() == first.sentence()
                    && (VERB_LIKE.contains(next.pos()) || OPENING_PUNCT.contains(next.text()));
        }

        private boolean cue(Hit h) {
            int sentence = toks.get(h.from).sentence();
            for (int i = Math.max(0, h.from - WINDOW); i < Math.min(toks.size(), h.to + WINDOW); i++) {
                if (i >= h.from && i < h.to) {
                    continue;
                }
                Token t = toks.get(i);
                if (t.sentence() == sentence && FILM_CUES.contains(t.norm())) {
                    return true;
                }
            }
            // A film's slot includes the year in brackets after it.
            return run.filmSlot(h.from, h.to) || clauseCue(h) || possessedByPerson(h);
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
            boolean nounPhrase = first != null && (ARTICLES.contains(first.norm()) || POSSESSIVE_PRONOUNS.contains(first.norm()));
            boolean cue = false;
            for (int i = h.to + 1; i < Math.min(toks.size(), h.to + 1 + CLAUSE_WINDOW); i++) {
                Token t = toks.get(i);
                if (t.sentence() != comma.sentence() || SENTENCE_ENDS.contains(t.text())) {
                    return cue && nounPhrase;
                }
                if (OPENING_PUNCT.contains(t.text())) {
                    return cue;
                }
                cue |= FILM_CUES.contains(t.norm());
            }
            return false;
        }

        private boolean yearInBrackets(Hit h) {
            return run.yearInBrackets(h.to);
        }

        /** In quotes, with the comma or full stop inside them as American style puts it: "District 9," and "A Serious Man." */
        private boolean quoted(Hit h) {
            Token before = run.tok(h.from - 1);
            Token after = run.tok(h.to);
            if (after != null && INNER_PUNCT.contains(after.text())) {
                after = run.tok(h.to + 1);
            }
            return before != null && after != null && QUOTES.contains(before.text()) && QUOTES.contains(after.text());
        }

        /** "Kurosawa's Rashomon", "his Mother was shown": a title a person named just before it, or "his", "her", owns. */
        private boolean possessedByPerson(Hit h) {
            Token prev = run.tok(h.from - 1);
            if (prev == null || prev.sentence() != toks.get(h.from).sentence()) {
                return false;
            }
            if (POSSESSIVE_PRONOUNS.contains(prev.text())) {
                // "her DNA": an acronym after a pronoun is no title.
                return !toks.get(h.from).allCaps();
            }
            return prev.norm().equals("s") && h.from >= 2 && run.personAt[h.from - 2] != null
                    && toks.get(h.from - 2).end() == prev.start();
        }

        /**
         * "The Martian, Bridge of Spies, Brooklyn and Room": listed next to a film already accepted, with only commas,
         * quotes and "and" or "or" between. After a bare comma the list must go on past the title, or the comma may
         * close an opening phrase instead: "Before Jamaica Daddy, Fields was best known for…".
         */
        private boolean listedBesideFilm(Hit h) {
            int sentence = toks.get(h.from).sentence();
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
                if (LIST_JOINERS.contains(toks.get(i).norm())) {
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
                } else if (!QUOTES.contains(t.text())) {
                    return joined ? i : -1;
                }
            }
            return -1;
        }
    }
}
