package dev.marquee.tag;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Sentences, tokens and part-of-speech tags of a text, with exact offsets.
 *
 * <p>The OpenNLP English models (Universal Dependencies EWT, from the {@code opennlp-models-*-en} jars,
 * which keep the model file at the jar root) are loaded once per process: the models are immutable and
 * thread-safe. The {@code *ME} tools that run them keep per-call state and are not thread-safe, so each
 * thread gets its own set from a {@link ThreadLocal}; stream threads are long-lived, so this costs one
 * small set of tools per thread.
 *
 * <p>Two savings, both exact (the tokens and tags are the ones the plain OpenNLP calls give; see
 * {@code TextAnalyzerTest}), found by profiling the bench (docs/performance.md):
 * <ul>
 *   <li>{@link TokenizerME} splits text at whitespace and then decides each piece's inner splits from that piece's
 *       characters alone, so a piece's splits are remembered per thread: common words cost one hash lookup
 *       instead of a model evaluation per character.</li>
 *   <li>The POS tagger, the largest cost, runs on a sentence only when the tagger first asks for a tag in it
 *       ({@link SentenceTags}); most sentences never need one.</li>
 * </ul>
 */
final class TextAnalyzer {

    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Holder idiom: the models load on first use, once, whatever the number of taggers. */
    static final class Models {
        static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);
        static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
        static final POSModel POS = load(POS_MODEL, POSModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String name, ModelReader<M> reader) {
        try (InputStream in = TextAnalyzer.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
        }
    }

    /** Distinct whitespace pieces remembered per thread; beyond this the memory is cleared (Zipf: it refills fast). */
    static final int PIECE_CACHE_SIZE = 50_000;

    private record Tools(SentenceDetectorME sentences, TokenizerME tokens, POSTaggerME pos, Map<String, Span[]> pieces) {

        /** The inner token spans of a whitespace-free piece, relative to the piece, as TokenizerME splits it. */
        Span[] split(String piece) {
            Span[] spans = pieces.get(piece);
            if (spans == null) {
                if (pieces.size() >= PIECE_CACHE_SIZE) {
                    pieces.clear();
                }
                spans = tokens.tokenizePos(piece);
                pieces.put(piece, spans);
            }
            return spans;
        }
    }

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(
            new SentenceDetectorME(Models.SENTENCES),
            new TokenizerME(Models.TOKENS),
            new POSTaggerME(Models.POS),
            new HashMap<>()));

    /** The POS tags of one sentence, computed on the first request, on the requesting thread's tagger. */
    static final class SentenceTags {
        private final String[] words;
        private String[] tags;

        SentenceTags(String[] words) {
            this.words = words;
        }

        String get(int index) {
            if (tags == null) {
                tags = TOOLS.get().pos().tag(words);
            }
            return tags[index];
        }
    }

    private TextAnalyzer() {
    }

    /** Tokens of the whole text in order. Lines are analysed separately: a line break always ends a sentence. */
    static List<Token> analyze(String text) {
        Tools tools = TOOLS.get();
        List<Token> out = new ArrayList<>(text.length() / 5);
        int sentence = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : joinInitials(line, tools.sentences().sentPosDetect(line))) {
                    if (addSentence(tools, text, lineStart + s.getStart(), lineStart + s.getEnd(), sentence, out)) {
                        sentence++;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /** Titles written before a name, whose full stop the sentence model may take for a sentence end. */
    private static final Set<String> NAME_TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "mt", "gen", "col", "capt",
            "lt", "sgt", "maj", "cpl", "adm", "prof", "gov", "sen", "rep", "rev", "fr", "hon");

    /**
     * The sentence model ends a sentence after a name's initial ("Jon M. | Chu said…", "Lawrence W. | Butler laughs")
     * or a title ("Gen. | Leslie Groves"), which cuts the name in two. A break after a lone capital letter or a title
     * and its full stop, before a capitalized word, is joined back; a sentence that really ends so ("…Plan B. Then…")
     * is rarer than an initial.
     */
    static List<Span> joinInitials(String line, Span[] sentences) {
        List<Span> out = new ArrayList<>(sentences.length);
        for (Span s : sentences) {
            Span previous = out.isEmpty() ? null : out.get(out.size() - 1);
            if (previous != null && (endsWithInitial(line, previous.getEnd()) || endsWithNameTitle(line, previous.getEnd()))
                    && Character.isUpperCase(line.charAt(s.getStart()))) {
                out.set(out.size() - 1, new Span(previous.getStart(), s.getEnd()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the text before {@code end} is a lone capital letter and a full stop: " M." or "J.K." but not "Mr.". */
    private static boolean endsWithInitial(String line, int end) {
        return end >= 2 && line.charAt(end - 1) == '.' && Character.isUpperCase(line.charAt(end - 2))
                && (end == 2 || !Character.isLetter(line.charAt(end - 3)));
    }

    private static boolean addSentence(Tools tools, String text, int from, int to, int sentence, List<Token> out) {
        String s = text.substring(from, to);
        List<int[]> spans = new ArrayList<>();
        for (Span piece : WhitespaceTokenizer.INSTANCE.tokenizePos(s)) {
            for (Span t : tools.split(s.substring(piece.getStart(), piece.getEnd()))) {
                splitToken(s, piece.getStart() + t.getStart(), piece.getStart() + t.getEnd(), spans);
            }
        }
        if (spans.isEmpty()) {
            return false;
        }
        String[] words = new String[spans.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.substring(spans.get(i)[0], spans.get(i)[1]);
        }
        SentenceTags tags = new SentenceTags(words);
        boolean seenWord = false;
        for (int i = 0; i < words.length; i++) {
            String norm = Names.normalize(words[i]);
            boolean initial = !seenWord && !norm.isEmpty();
            seenWord |= initial;
            out.add(new Token(from + spans.get(i)[0], from + spans.get(i)[1], words[i], norm, tags, i, sentence, initial));
        }
        return true;
    }

    /**
     * The tokenizer splits words joined by a hyphen unevenly: "Spider", "-", "Man" but "Spider", "-Verse"; "Joon-",
     * "hwan"; "Kore-eda" whole. Every hyphen next to a letter or digit becomes a token of its own, so a hyphenated
     * name or title has one shape ("Kore", "-", "eda") whichever way the model went; then {@link #splitPossessive}.
     */
    static void splitToken(String s, int start, int end, List<int[]> out) {
        int from = start;
        for (int i = start; i < end && end - start > 1; i++) {
            boolean joins = i > start && Character.isLetterOrDigit(s.charAt(i - 1))
                    || i + 1 < end && Character.isLetterOrDigit(s.charAt(i + 1));
            if (s.charAt(i) == '-' && joins) {
                if (i > from) {
                    splitPossessive(s, from, i, out);
                }
                out.add(new int[] {i, i + 1});
                from = i + 1;
            }
        }
        if (from < end) {
            splitPossessive(s, from, end, out);
        }
    }

    /**
     * The UD tokenizer keeps "Jonze's" whole; names are looked up without the possessive, so it becomes
     * "Jonze" + "'s" (and "Coens'" becomes "Coens" + "'"), which also suits the POS tagger, trained on split forms.
     */
    static void splitPossessive(String s, int start, int end, List<int[]> out) {
        int len = end - start;
        if (len > 2 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S') && isApostrophe(s.charAt(end - 2))
                && Character.isLetter(s.charAt(end - 3))) {
            out.add(new int[] {start, end - 2});
            out.add(new int[] {end - 2, end});
        } else if (len > 2 && isApostrophe(s.charAt(end - 1)) && s.charAt(end - 2) == 's') {
            out.add(new int[] {start, end - 1});
            out.add(new int[] {end - 1, end});
        } else {
            out.add(new int[] {start, end});
        }
    }

    /** Whether the text before {@code end} is a title and a full stop: " Gen.", " Dr.". */
    private static boolean endsWithNameTitle(String line, int end) {
        if (end < 2 || line.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return NAME_TITLES.contains(line.substring(start, end - 1).toLowerCase(Locale.ROOT));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
