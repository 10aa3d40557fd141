package dev.marquee.tag;

import java.text.Normalizer;
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
        String folded = foldSpecialLetters(name);
        String decomposed = Normalizer.normalize(folded, Normalizer.Form.NFKD);
        String s = COMBINING_MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        s = s.replace("&", " and ");
        s = NON_ALNUM.matcher(s).replaceAll(" ").trim();
        return LEADING_ARTICLE.matcher(s).replaceFirst("");
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
