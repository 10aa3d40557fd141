package dev.marquee.bench;

import dev.marquee.ingest.Article;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class BenchCorpusTest {

    private final ArticleParser parser = new ArticleParser(Integer.MAX_VALUE);

    @Test
    void generatedCorpusHoldsTheArticlesAndTheShippedSamples() {
        BenchCorpus corpus = BenchCorpus.generated(Fixtures.nominations(), 9, 4);
        assertEquals(5, corpus.size());
        assertEquals("spike-jonze-interview", corpus.entries().get(4).id());
    }

    @Test
    void anIdGluedInFrontGivesAValidRawArticleWithTheSameText() {
        BenchCorpus.Entry entry = BenchCorpus.generated(Fixtures.nominations(), 9, 1).entries().get(0);
        Article original = valid(entry.raw());
        Article renamed = valid(entry.withId("p1-\"7\""));
        assertEquals("p1-\"7\"", renamed.id());
        assertEquals(original.text(), renamed.text());
        assertEquals(original.title(), renamed.title());
        assertEquals(WordCountTestSupport.words(original.text()), entry.words());
    }

    @Test
    void aCorpusFileSkipsWhatTheAppWouldReject(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("c.jsonl");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"Spike Jonze made Her.\"}\nnot json\n\n{\"id\":\"b\"}\n{\"text\":\"x\",\"id\":\"c\"}\n");
        BenchCorpus corpus = BenchCorpus.fromFile(file);
        assertEquals(2, corpus.size());
        assertEquals(2, corpus.skipped());
        assertEquals("c", valid(corpus.entries().get(1).raw()).id());
        assertEquals(4, corpus.entries().get(0).words());
    }

    private Article valid(byte[] raw) {
        return assertInstanceOf(ParseOutcome.Valid.class, parser.parse(raw)).article();
    }

    /** Whitespace words, counted independently of {@link WordCount}. */
    static final class WordCountTestSupport {
        static int words(String text) {
            String t = text.strip();
            return t.isEmpty() ? 0 : t.split("\\s+").length;
        }
    }
}
