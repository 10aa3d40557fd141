package dev.marquee.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser(10_000);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private Article valid(String json) {
        return assertInstanceOf(ParseOutcome.Valid.class, parser.parse(utf8(json))).article();
    }

    private ParseOutcome.Rejected rejected(byte[] value) {
        return assertInstanceOf(ParseOutcome.Rejected.class, parser.parse(value));
    }

    @Test
    void shouldReadRequiredAndOptionalFields() {
        Article a = valid("{\"id\":\"a1\",\"text\":\"Spike Jonze speaks.\",\"title\":\"T\",\"url\":\"https://x\",\"source\":\"s\","
                + "\"published_at\":\"2014-01-20T10:00:00Z\",\"language\":\"en\",\"extra\":{\"ignored\":true}}");
        assertEquals("a1", a.id());
        assertEquals("Spike Jonze speaks.", a.text());
        assertEquals("T", a.title());
        assertEquals("https://x", a.url());
        assertEquals("s", a.source());
        assertEquals("2014-01-20T10:00:00Z", a.publishedAt());
        assertEquals("en", a.language());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2014-01-20T10:00:00Z", "2014-01-20T10:00:00+01:00", "2014-01-20T10:00:00", "2014-01-20", "2011-02", "2011"})
    void shouldAcceptFullAndPartialIsoDates(String date) {
        assertEquals(date, valid("{\"id\":\"a\",\"text\":\"t\",\"published_at\":\"" + date + "\"}").publishedAt());
    }

    @Test
    void shouldRejectDateThatIsNotIso() {
        ParseOutcome.Rejected r = rejected(utf8("{\"id\":\"a\",\"text\":\"t\",\"published_at\":\"Jan 20, 2014\"}"));
        assertEquals(RejectReason.INVALID_FIELD, r.reason());
        assertTrue(r.detail().contains("published_at"), r.detail());
    }

    @Test
    void shouldRejectNullValue() {
        assertEquals(RejectReason.NULL_VALUE, rejected(null).reason());
    }

    @Test
    void shouldRejectPayloadAboveLimitBeforeParsingIt() {
        byte[] big = utf8("{\"id\":\"a\",\"text\":\"" + "x".repeat(20_000) + "\"}");
        ParseOutcome.Rejected r = rejected(big);
        assertEquals(RejectReason.TOO_LARGE, r.reason());
        assertTrue(r.detail().contains("10000"), r.detail());
    }

    @Test
    void shouldRejectInvalidUtf8() {
        byte[] latin1 = "{\"id\":\"a\",\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(RejectReason.INVALID_UTF8, rejected(latin1).reason());
    }

    @Test
    void shouldRejectUtf16EvenThoughJsonCouldBeDetected() {
        byte[] utf16 = "{\"id\":\"a\",\"text\":\"t\"}".getBytes(StandardCharsets.UTF_16);
        assertEquals(RejectReason.INVALID_UTF8, rejected(utf16).reason());
    }

    @Test
    void shouldAcceptUtf8ByteOrderMark() {
        byte[] body = utf8("{\"id\":\"a\",\"text\":\"t\"}");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertInstanceOf(ParseOutcome.Valid.class, parser.parse(withBom));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"a\",", "not json", "{\"id\":\"a\",\"text\":\"t\"} trailing", ""})
    void shouldRejectMalformedJson(String json) {
        assertEquals(RejectReason.INVALID_JSON, rejected(utf8(json)).reason());
    }

    @Test
    void shouldRejectDeeplyNestedJsonCheaply() {
        String nested = "[".repeat(5_000) + "]".repeat(5_000);
        ParseOutcome.Rejected r = rejected(utf8(nested));
        assertEquals(RejectReason.INVALID_JSON, r.reason());
        assertTrue(r.detail().contains("nested"), r.detail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"text\"", "42", "null"})
    void shouldRejectJsonThatIsNotAnObject(String json) {
        assertEquals(RejectReason.NOT_AN_OBJECT, rejected(utf8(json)).reason());
    }

    @Test
    void shouldNameTheMissingField() {
        ParseOutcome.Rejected noText = rejected(utf8("{\"id\":\"a\"}"));
        assertEquals(RejectReason.MISSING_FIELD, noText.reason());
        assertTrue(noText.detail().contains("'text'"), noText.detail());
        ParseOutcome.Rejected noId = rejected(utf8("{\"text\":\"t\",\"id\":null}"));
        assertEquals(RejectReason.MISSING_FIELD, noId.reason());
        assertTrue(noId.detail().contains("'id'"), noId.detail());
    }

    @Test
    void shouldRejectWrongTypes() {
        assertEquals(RejectReason.WRONG_TYPE, rejected(utf8("{\"id\":7,\"text\":\"t\"}")).reason());
        assertEquals(RejectReason.WRONG_TYPE, rejected(utf8("{\"id\":\"a\",\"text\":[\"t\"]}")).reason());
        assertEquals(RejectReason.WRONG_TYPE, rejected(utf8("{\"id\":\"a\",\"text\":\"t\",\"title\":{}}")).reason());
    }

    @Test
    void shouldRejectTextThatIsEmptyOrOnlyMarkup() {
        assertEquals(RejectReason.EMPTY_TEXT, rejected(utf8("{\"id\":\"a\",\"text\":\"   \"}")).reason());
        assertEquals(RejectReason.EMPTY_TEXT, rejected(utf8("{\"id\":\"a\",\"text\":\"<script>alert(1)</script><p> </p>\"}")).reason());
    }

    @Test
    void shouldStripHtmlFromTextAndTitle() {
        Article a = valid("{\"id\":\"a\",\"title\":\"<b>Her</b> review\",\"text\":\"<p>Spike Jonze&#39;s <i>Her</i> opens.</p><script>x()</script>\"}");
        assertEquals("Her review", a.title());
        assertEquals("Spike Jonze's Her opens.", a.text());
        assertEquals(1, a.emphasis().size());
        TextSpan italic = a.emphasis().get(0);
        assertEquals("Her", a.text().substring(italic.start(), italic.end()));
    }
}
