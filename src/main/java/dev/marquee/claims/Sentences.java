package dev.marquee.claims;

import dev.marquee.ingest.TextSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence spans good enough to scope a claim: a sentence ends at ., ! or ? (with closing quotes or brackets) before
 * whitespace, and always at a line break. Claims need no better: a split in the wrong place only narrows where the
 * subject is looked for, and keeping this apart from the tagger's OpenNLP models keeps claim checking a pure function.
 */
final class Sentences {

    private Sentences() {
    }

    static List<TextSpan> of(String text) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i;
            } else if (c == '.' || c == '!' || c == '?') {
                int j = i + 1;
                while (j < text.length() && "\"'”’)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                if (j == text.length() || Character.isWhitespace(text.charAt(j))) {
                    end = j;
                }
            }
            if (end >= 0) {
                add(text, start, end, out);
                start = end;
                i = end;
            }
            i++;
        }
        add(text, start, text.length(), out);
        return out;
    }

    private static void add(String text, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end));
        }
    }
}
