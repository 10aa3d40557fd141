package dev.marquee.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reduces article text that may contain HTML to plain text, and sanitizes control characters.
 *
 * <p>Text without markup keeps its characters at their original positions, so producers can map offsets back.
 * With markup: tags are removed, the content of script, style and similar elements is dropped entirely (it is
 * never article text and must not reach the enriched event), block elements become line breaks, character
 * references are decoded, and whitespace runs left by the markup are collapsed. Spans inside italic markup
 * ({@code <i>}, {@code <em>}, {@code <cite>}) are kept as evidence: news sites italicize film titles.
 */
public record PlainText(String text, List<TextSpan> emphasis) {

    private static final Set<String> DROPPED_ELEMENTS = Set.of(
            "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head", "select", "textarea");
    private static final Set<String> BLOCK_ELEMENTS = Set.of(
            "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "blockquote",
            "section", "article", "header", "footer", "aside", "figure", "figcaption", "hr", "pre", "dd", "dt", "dl", "main", "nav");
    private static final Set<String> EMPHASIS_ELEMENTS = Set.of("i", "em", "cite");
    private static final Map<String, String> NAMED_REFERENCES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
            Map.entry("nbsp", " "), Map.entry("ndash", "–"), Map.entry("mdash", "—"), Map.entry("hellip", "…"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("trade", "™"), Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("aacute", "á"),
            Map.entry("agrave", "à"), Map.entry("iacute", "í"), Map.entry("oacute", "ó"), Map.entry("uacute", "ú"),
            Map.entry("ntilde", "ñ"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"), Map.entry("auml", "ä"),
            Map.entry("ccedil", "ç"), Map.entry("oslash", "ø"), Map.entry("aring", "å"), Map.entry("szlig", "ß"),
            Map.entry("middot", "·"), Map.entry("bull", "•"), Map.entry("shy", ""));

    public PlainText {
        emphasis = List.copyOf(emphasis);
    }

    /** Plain text of {@code raw}, emphasis discarded. */
    public static String of(String raw) {
        return parse(raw).text();
    }

    public static PlainText parse(String raw) {
        if (!looksLikeMarkup(raw)) {
            return new PlainText(sanitize(raw), List.of());
        }
        return new Stripper(raw).run();
    }

    /** A tag opener ({@code <p}, {@code </}, {@code <!}) or a character reference ({@code &amp;}, {@code &#39;}). */
    static boolean looksLikeMarkup(String s) {
        for (int i = 0; i < s.length() - 1; i++) {
            char c = s.charAt(i);
            char next = s.charAt(i + 1);
            if (c == '<' && (Character.isLetter(next) || next == '/' || next == '!')) {
                return true;
            }
            if (c == '&' && (Character.isLetter(next) || next == '#') && s.indexOf(';', i) > i && s.indexOf(';', i) - i <= 12) {
                return true;
            }
        }
        return false;
    }

    /** Control characters become spaces (tab and line breaks stay); lone surrogates become U+FFFD. */
    static String sanitize(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char replacement = c;
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\uFEFF') {
                replacement = ' ';
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                    continue;
                }
                replacement = '\uFFFD';
            } else if (Character.isLowSurrogate(c)) {
                replacement = '\uFFFD';
            }
            if (replacement != c) {
                if (out == null) {
                    out = new StringBuilder(s);
                }
                out.setCharAt(i, replacement);
            }
        }
        return out == null ? s : out.toString();
    }

    /** One pass over the markup; appends text and records emphasis spans. */
    private static final class Stripper {
        private final String raw;
        private final StringBuilder out;
        private final List<TextSpan> emphasis = new ArrayList<>();
        private int emphasisDepth;
        private int emphasisStart;
        private int pos;

        Stripper(String raw) {
            this.raw = raw;
            this.out = new StringBuilder(raw.length());
        }

        PlainText run() {
            while (pos < raw.length()) {
                char c = raw.charAt(pos);
                if (c == '<' && pos + 1 < raw.length() && isTagStart(raw.charAt(pos + 1))) {
                    tag();
                } else if (c == '&') {
                    reference();
                } else {
                    appendText(c);
                    pos++;
                }
            }
            return new PlainText(sanitize(trimmed()), emphasis);
        }

        private static boolean isTagStart(char c) {
            return Character.isLetter(c) || c == '/' || c == '!' || c == '?';
        }

        private void tag() {
            if (raw.startsWith("<!--", pos)) {
                pos = skipPast("-->", pos + 4);
                return;
            }
            int close = raw.indexOf('>', pos);
            if (close < 0) {
                // An unterminated tag at the end: markup debris, not text.
                pos = raw.length();
                return;
            }
            String inside = raw.substring(pos + 1, close);
            pos = close + 1;
            boolean closing = inside.startsWith("/");
            String name = tagName(closing ? inside.substring(1) : inside);
            if (!closing && DROPPED_ELEMENTS.contains(name) && !inside.endsWith("/")) {
                pos = skipPastClosingTag(name);
                return;
            }
            if (BLOCK_ELEMENTS.contains(name)) {
                appendBreak();
            } else if (EMPHASIS_ELEMENTS.contains(name)) {
                emphasis(closing);
            }
        }

        private void emphasis(boolean closing) {
            if (!closing) {
                if (emphasisDepth++ == 0) {
                    emphasisStart = out.length();
                }
            } else if (emphasisDepth > 0 && --emphasisDepth == 0 && out.length() > emphasisStart) {
                emphasis.add(new TextSpan(emphasisStart, out.length()));
            }
        }

        private static String tagName(String inside) {
            int end = 0;
            while (end < inside.length() && (Character.isLetterOrDigit(inside.charAt(end)) || inside.charAt(end) == '-')) {
                end++;
            }
            return inside.substring(0, end).toLowerCase(Locale.ROOT);
        }

        private int skipPastClosingTag(String name) {
            String lower = raw.toLowerCase(Locale.ROOT);
            int end = lower.indexOf("</" + name, pos);
            if (end < 0) {
                return raw.length();
            }
            int close = raw.indexOf('>', end);
            return close < 0 ? raw.length() : close + 1;
        }

        private int skipPast(String marker, int from) {
            int end = raw.indexOf(marker, from);
            return end < 0 ? raw.length() : end + marker.length();
        }

        private void reference() {
            int semi = raw.indexOf(';', pos);
            if (semi > pos + 1 && semi - pos <= 12) {
                String name = raw.substring(pos + 1, semi);
                String decoded = decode(name);
                if (decoded != null) {
                    decoded.chars().forEach(ch -> appendText((char) ch));
                    pos = semi + 1;
                    return;
                }
            }
            appendText('&');
            pos++;
        }

        private static String decode(String name) {
            if (name.startsWith("#")) {
                try {
                    int code = name.startsWith("#x") || name.startsWith("#X")
                            ? Integer.parseInt(name.substring(2), 16)
                            : Integer.parseInt(name.substring(1));
                    return Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : null;
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            return NAMED_REFERENCES.get(name);
        }

        // Collapses whitespace as a browser would; a blank line in the source still separates paragraphs.
        private void appendText(char c) {
            if (c == '\n' && followedByBlankLine()) {
                appendBreak();
                if (out.length() > 1 && out.charAt(out.length() - 2) != '\n') {
                    out.append('\n');
                }
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }

        private boolean followedByBlankLine() {
            for (int i = pos + 1; i < raw.length(); i++) {
                char next = raw.charAt(i);
                if (next == '\n') {
                    return true;
                }
                if (next != ' ' && next != '\t' && next != '\r') {
                    return false;
                }
            }
            return false;
        }

        private void appendBreak() {
            int len = out.length();
            while (len > 0 && out.charAt(len - 1) == ' ') {
                len--;
            }
            out.setLength(len);
            if (len > 0 && out.charAt(len - 1) != '\n') {
                out.append('\n');
            }
        }

        private String trimmed() {
            int end = out.length();
            while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                end--;
            }
            out.setLength(end);
            return out.toString();
        }
    }
}
