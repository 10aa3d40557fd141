package dev.marquee.tag;

/**
 * One token of an analysed article.
 *
 * @param start           offset of the first char in the article text
 * @param end             offset after the last char
 * @param text            {@code articleText.substring(start, end)}
 * @param norm            {@link Names#normalize} of the text, empty for punctuation
 * @param tags            part-of-speech tags of the token's sentence, computed when first asked for (see {@link #pos()})
 * @param index           position of the token in its sentence
 * @param sentence        index of the sentence
 * @param sentenceInitial whether this is the first word of its sentence, leading quotes and brackets skipped
 */
record Token(int start, int end, String text, String norm, TextAnalyzer.SentenceTags tags, int index, int sentence,
             boolean sentenceInitial) {

    /** Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, AUX, PRON, PUNCT, …). */
    String pos() {
        return tags.get(index);
    }

    boolean isWord() {
        return !norm.isEmpty();
    }

    /** Starts with an upper-case letter, as names and titles do. */
    boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    boolean startsWithDigit() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    /** Two or more letters, all upper case: an acronym (BBC) or shouting (FOR), not a name. */
    boolean allCaps() {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    boolean isPossessiveMark() {
        return norm.equals("s") && (text.startsWith("'") || text.startsWith("’")) || text.equals("'") || text.equals("’");
    }
}
