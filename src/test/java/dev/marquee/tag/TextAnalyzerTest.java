package dev.marquee.tag;

import dev.marquee.awards.AwardsData;
import dev.marquee.bench.BenchArticle;
import dev.marquee.bench.CorpusGenerator;
import dev.marquee.serde.Json;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * TextAnalyzer remembers how whitespace pieces split and tags sentences lazily; both must give exactly what the plain
 * OpenNLP calls give (tokenize each sentence whole, tag every sentence), token for token and tag for tag.
 */
class TextAnalyzerTest {

    private static final String TRICKY = "Jonze's film, Her, cannot lose. The Coens' \"Fargo\" (1996) won 2 Oscars!\n"
            + "Mr. Smith\u00a0and\tDr. O'Brien gonna see U.S. films at 9:30 p.m. -- http://example.com/a?b=c, e-mail: x@y.z\n\n"
            + "\"Quoted,\" she said... (Really?) Yes — it's £10/€12. ";

    @Test
    void tokensAndTagsAreThoseOfThePlainOpenNlpPipeline() throws IOException {
        List<String> texts = new ArrayList<>();
        texts.add(TRICKY);
        try (InputStream in = getClass().getResourceAsStream("/samples/articles.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(Json.MAPPER.readTree(line).get("text").asText());
                }
            }
        }
        for (BenchArticle a : CorpusGenerator.from(AwardsData.loadShipped().nominations(), 7).articles(20)) {
            texts.add(a.text());
        }
        for (String text : texts) {
            // Twice: the second pass reads the remembered splits.
            assertEquals(reference(text), describe(TextAnalyzer.analyze(text)));
            assertEquals(reference(text), describe(TextAnalyzer.analyze(text)));
        }
    }

    @Test
    void aNameWithAnInitialStaysInOneSentenceAndTheNextSentenceStillStarts() {
        List<Token> tokens = TextAnalyzer.analyze("Jon M. Chu directed it. Lawrence W. Butler laughs. He left.");
        Map<String, Integer> sentenceOf = new HashMap<>();
        tokens.forEach(t -> sentenceOf.put(t.text(), t.sentence()));

        assertEquals(sentenceOf.get("Jon"), sentenceOf.get("Chu"));
        List<Token> titled = TextAnalyzer.analyze("He met Gen. Leslie Groves there.");
        assertEquals(1, titled.stream().mapToInt(Token::sentence).distinct().count(), "a title's full stop: " + titled);
        assertEquals(sentenceOf.get("Lawrence"), sentenceOf.get("Butler"));
        assertEquals(List.of(0, 1, 2), List.of(sentenceOf.get("Jon"), sentenceOf.get("Lawrence"), sentenceOf.get("He")));
    }

    @Test
    void shouldGiveEveryHyphenInsideAWordATokenOfItsOwnWhicheverWayTheModelSplitIt() {
        List<String> words = TextAnalyzer.analyze("Spider-Verse, Jang Joon-hwan and Kore-eda's three-hour cut -- all of it.")
                .stream().map(Token::text).toList();

        assertEquals(List.of("Spider", "-", "Verse", ",", "Jang", "Joon", "-", "hwan", "and", "Kore", "-", "eda", "'s",
                "three", "-", "hour", "cut", "--", "all", "of", "it", "."), words);
    }

    private static List<String> describe(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            out.add(t.start() + "-" + t.end() + " " + t.text() + "/" + t.pos() + " s" + t.sentence() + (t.sentenceInitial() ? " initial" : ""));
        }
        return out;
    }

    /** Sentence by sentence, line by line, as TextAnalyzer documents it, with OpenNLP used plainly. */
    private static List<String> reference(String text) {
        SentenceDetectorME sentences = new SentenceDetectorME(TextAnalyzer.Models.SENTENCES);
        TokenizerME tokenizer = new TokenizerME(TextAnalyzer.Models.TOKENS);
        POSTaggerME tagger = new POSTaggerME(TextAnalyzer.Models.POS);
        List<String> out = new ArrayList<>();
        int sentence = 0;
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span s : TextAnalyzer.joinInitials(line, sentences.sentPosDetect(line))) {
                    int from = lineStart + s.getStart();
                    String sent = text.substring(from, lineStart + s.getEnd());
                    List<int[]> spans = new ArrayList<>();
                    for (Span t : tokenizer.tokenizePos(sent)) {
                        TextAnalyzer.splitToken(sent, t.getStart(), t.getEnd(), spans);
                    }
                    if (spans.isEmpty()) {
                        continue;
                    }
                    String[] words = new String[spans.size()];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = sent.substring(spans.get(i)[0], spans.get(i)[1]);
                    }
                    String[] tags = tagger.tag(words);
                    boolean seenWord = false;
                    for (int i = 0; i < words.length; i++) {
                        boolean initial = !seenWord && !Names.normalize(words[i]).isEmpty();
                        seenWord |= initial;
                        out.add((from + spans.get(i)[0]) + "-" + (from + spans.get(i)[1]) + " " + words[i] + "/" + tags[i]
                                + " s" + sentence + (initial ? " initial" : ""));
                    }
                    sentence++;
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }
}
