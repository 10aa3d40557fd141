package dev.marquee.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextTest {

    @Test
    void shouldKeepPlainTextUnchangedSoOffsetsMatchTheInput() {
        String text = "Her opens on February 14. A < B and 3 > 2, R&D.\n\nNew paragraph.";
        assertSame(text, PlainText.of(text));
    }

    @Test
    void shouldDropScriptAndStyleContent() {
        String out = PlainText.of("<style>p{color:red}</style><p>Hello</p><SCRIPT type=\"x\">document.write('<p>bad</p>')</SCRIPT> world");
        assertEquals("Hello\nworld", out);
        assertFalse(out.contains("bad"));
        assertFalse(out.contains("<"));
    }

    @Test
    void shouldTurnBlocksIntoLineBreaksAndCollapseMarkupWhitespace() {
        assertEquals("One\nTwo\nThree", PlainText.of("<div>\n   <p>One</p>\n   <p>Two</p><br/>Three  </div>"));
    }

    @Test
    void shouldDecodeCharacterReferences() {
        assertEquals("Tom & Jerry’s “film” — café é", PlainText.of("Tom &amp; Jerry&rsquo;s &ldquo;film&rdquo; &mdash; caf&#233; &#xE9;"));
    }

    @Test
    void shouldLeaveUnknownReferencesAsText() {
        assertEquals("AT&T and &bogus; here", PlainText.of("AT&T and &bogus; here <b></b>"));
    }

    @Test
    void shouldDropCommentsAndUnterminatedTags() {
        assertEquals("visible", PlainText.of("<!-- hidden <p>x</p> -->visible<img src="));
    }

    @Test
    void shouldReplaceControlCharactersKeepingLength() {
        String out = PlainText.of("a\u0000b\u0007c\td\ne\u009F");
        assertEquals("a b c\td\ne ", out);
    }

    @Test
    void shouldReplaceLoneSurrogates() {
        assertEquals("x\uFFFDy", PlainText.of("x\uD800y"));
        assertEquals("x\uD83C\uDFACy", PlainText.of("x\uD83C\uDFACy"));
    }

    @Test
    void shouldRecordItalicSpansAgainstTheOutputText() {
        PlainText p = PlainText.parse("<p>I saw <em>Lost in Translation</em> and <cite>Her</cite>.</p>");
        assertEquals("I saw Lost in Translation and Her.", p.text());
        assertEquals(2, p.emphasis().size());
        assertEquals("Lost in Translation", p.text().substring(p.emphasis().get(0).start(), p.emphasis().get(0).end()));
        assertEquals("Her", p.text().substring(p.emphasis().get(1).start(), p.emphasis().get(1).end()));
    }

    @Test
    void shouldDetectMarkupOnlyWhereItIsMarkup() {
        assertTrue(PlainText.looksLikeMarkup("x <p>y"));
        assertTrue(PlainText.looksLikeMarkup("x &amp; y"));
        assertFalse(PlainText.looksLikeMarkup("if a < b & c > d"));
    }

    @Test
    void shouldKeepSourceParagraphsInMarkedUpText() {
        assertEquals("First &amp; one.\n\nSecond.".replace("&amp;", "&"), PlainText.of("First &amp; one.\n\n\n\nSecond."));
    }
}
