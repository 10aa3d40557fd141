package dev.marquee.tag;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalization used for matching and for scoring: accents removed, lower case, {@code &} read as
 * "and", every run of non-alphanumerics one space, a leading "the", "a" or "an" dropped.
 */
public final class Names {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(the|a|an) ");
    /** What {@link #LEADING_ARTICLE} strips, for the ASCII path. */
    private static final List<String> LEADING_ARTICLES = List.of("the ", "a ", "an ");

    private Names() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        if (isAsciiAlphanumeric(name)) {
            // Most tokens: nothing to fold, strip or split, and no space for a leading article, so lower case is the
            // whole normalization; the general path below costs a regex pass and a Unicode decomposition per call.
            return name.toLowerCase(Locale.ROOT);
        }
        if (isAscii(name)) {
            return normalizeAscii(name);
        }
        return normalizeUnicode(name);
    }

    /** The general path: any script, accents and special letters folded. */
    static String normalizeUnicode(String name) {
        String folded = foldSpecialLetters(name);
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFKD);
        String s = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        s = s.replace("&", " and ");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
    }

    /**
     * {@link #normalizeUnicode} for ASCII text, in one pass: there is nothing to decompose or fold, so it is lower
     * case, {@code &} as "and", runs of anything else as one space, no space at either end, and no leading article.
     * Most titles and names are ASCII, and loading the reference data normalizes each of them.
     */
    static String normalizeAscii(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        boolean gap = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                gap = appendAfterGap(out, gap, c);
            } else if (c >= 'A' && c <= 'Z') {
                gap = appendAfterGap(out, gap, (char) (c + ('a' - 'A')));
            } else if (c == '&') {
                appendAfterGap(out, true, 'a');
                out.append("nd");
                gap = true;
            } else {
                gap = true;
            }
        }
        int article = leadingArticleLength(out);
        return out.substring(article);
    }

    private static boolean appendAfterGap(StringBuilder out, boolean gap, char c) {
        if (gap && !out.isEmpty()) {
            out.append(' ');
        }
        out.append(c);
        return false;
    }

    /** Length of "the ", "a " or "an " at the start, else 0. Compares in place: loading the catalogue calls it per name. */
    static int leadingArticleLength(CharSequence s) {
        for (String article : LEADING_ARTICLES) {
            if (startsWith(s, article)) {
                return article.length();
            }
        }
        return 0;
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        if (s.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiAlphanumeric(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** Letters NFKD does not split into base letter and accent. */
    private static String foldSpecialLetters(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case 'đ', 'Đ', 'ð' -> out.append('d');
                case 'ß' -> out.append("ss");
                case 'æ', 'Æ' -> out.append("ae");
                case 'œ', 'Œ' -> out.append("oe");
                case 'ı' -> out.append('i');
                case 'þ' -> out.append("th");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
