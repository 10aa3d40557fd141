package dev.marquee.bench;

/** Whitespace words, the unit of every words/s figure: runs of non-whitespace characters. */
public final class WordCount {

    private WordCount() {
    }

    public static int of(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
