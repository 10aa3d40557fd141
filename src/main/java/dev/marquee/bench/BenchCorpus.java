package dev.marquee.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.marquee.awards.Nomination;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import dev.marquee.serde.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A bench corpus as raw-article records, held in memory so reading it costs nothing during a measurement.
 *
 * <p>Each article is kept as a JSON object without its {@code id}, so the e2e bench can give every record it sends
 * a fresh id (the app keys its output by id, and the bench checks each one comes back exactly once) by gluing
 * {@code {"id":"…",} in front, without re-serializing the article per send.
 */
public final class BenchCorpus {

    public static final String SAMPLES_RESOURCE = "/samples/articles.jsonl";

    /** One article: its id, its raw JSON without the id (from the first field on, closing brace included), its words. */
    public record Entry(String id, byte[] restAfterId, int words) {

        /** The raw-article record with the given id. */
        public byte[] withId(String newId) {
            byte[] head = ("{\"id\":" + quote(newId) + (restAfterId.length > 1 ? "," : "")).getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[head.length + restAfterId.length];
            System.arraycopy(head, 0, out, 0, head.length);
            System.arraycopy(restAfterId, 0, out, head.length, restAfterId.length);
            return out;
        }

        public byte[] raw() {
            return withId(id);
        }
    }

    private final List<Entry> entries;
    private final String description;
    private final int skipped;

    private BenchCorpus(List<Entry> entries, String description, int skipped) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("the corpus holds no valid article (" + description + ")");
        }
        this.entries = List.copyOf(entries);
        this.description = description;
        this.skipped = skipped;
    }

    /** {@code count} generated articles plus the shipped sample articles. */
    public static BenchCorpus generated(List<Nomination> nominations, long seed, int count) {
        List<Entry> entries = new ArrayList<>();
        for (BenchArticle a : CorpusGenerator.from(nominations, seed).articles(count)) {
            entries.add(entry(a));
        }
        Lines samples = parseLines(resource(SAMPLES_RESOURCE));
        entries.addAll(samples.entries);
        return new BenchCorpus(entries, count + " generated articles (seed " + seed + ") + " + samples.entries.size()
                + " shipped sample(s)", samples.skipped);
    }

    /** Articles of one length, for the growth sweep. */
    public static BenchCorpus ofLength(List<Nomination> nominations, long seed, int count, int words) {
        List<Entry> entries = new ArrayList<>();
        for (BenchArticle a : CorpusGenerator.from(nominations, seed).articlesOfLength(count, words)) {
            entries.add(entry(a));
        }
        return new BenchCorpus(entries, count + " generated articles of " + words + " words (seed " + seed + ")", 0);
    }

    /** Any JSONL of raw articles; lines the app would reject are skipped and counted. */
    public static BenchCorpus fromFile(Path file) {
        try {
            Lines lines = parseLines(Files.readAllBytes(file));
            return new BenchCorpus(lines.entries, file + " (" + lines.entries.size() + " articles)", lines.skipped);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file, e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public long words() {
        long w = 0;
        for (Entry e : entries) {
            w += e.words();
        }
        return w;
    }

    public String description() {
        return description;
    }

    /** Lines of a corpus file that were not valid raw articles. */
    public int skipped() {
        return skipped;
    }

    private static Entry entry(BenchArticle a) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("id", a.id());
        node.put("title", a.title());
        node.put("source", "bench");
        node.put("language", "en");
        node.put("text", a.text());
        return entry(a.id(), node, a.words());
    }

    private static Entry entry(String id, ObjectNode node, int words) {
        node.remove("id");
        byte[] json = Json.toBytes(node);
        // Drop the opening brace: withId() writes it with the id.
        byte[] rest = new byte[json.length - 1];
        System.arraycopy(json, 1, rest, 0, rest.length);
        return new Entry(id, rest, words);
    }

    private record Lines(List<Entry> entries, int skipped) {
    }

    private static Lines parseLines(byte[] content) {
        ArticleParser parser = new ArticleParser(Integer.MAX_VALUE);
        List<Entry> entries = new ArrayList<>();
        int skipped = 0;
        for (String line : new String(content, StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            if (parser.parse(bytes) instanceof ParseOutcome.Valid valid) {
                try {
                    JsonNode node = Json.MAPPER.readTree(bytes);
                    entries.add(entry(valid.article().id(), (ObjectNode) node, WordCount.of(valid.article().text())));
                } catch (IOException e) {
                    skipped++;
                }
            } else {
                skipped++;
            }
        }
        return new Lines(entries, skipped);
    }

    private static byte[] resource(String name) {
        try (InputStream in = BenchCorpus.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quote(String s) {
        return Json.toLine(s);
    }
}
