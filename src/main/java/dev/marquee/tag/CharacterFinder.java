package dev.marquee.tag;

import java.util.Set;

/** Film characters the text names as such ("plays Theodore"): never people. */
final class CharacterFinder {

    /** Verbs whose object is a role: "plays Theodore", "voices Samantha" (but "voiced by" names the actor). */
    private static final Set<String> PLAY_VERBS = Set.of("plays", "played", "playing", "portrays", "portrayed",
            "portraying", "voices", "voiced", "voicing", "reprises", "reprised", "reprising");

    private final TaggingRun run;

    CharacterFinder(TaggingRun run) {
        this.run = run;
    }

    /**
     * Names the text shows are film characters: after "plays", "portrays", "voices", "character", "role of",
     * or "as" following a name or a casting verb ("Amy Adams as Theodore's friend", "stars as Jordan Belfort").
     * The name's tokens are taken, and the name and its first and last words are remembered, so later mentions
     * ("Theodore") are not read as people either.
     */
    void findCharacters() {
        for (int i = 0; i < run.n; i++) {
            int start = characterNameStart(i);
            if (start < 0) {
                continue;
            }
            int end = start;
            while (end < run.n && end - start < 3 && run.toks.get(end).sentence() == run.toks.get(i).sentence() && !run.used[end]
                    && TaggingRun.runWord(run.toks.get(end), run.toks.get(i).sentence())) {
                end++;
            }
            if (end == start) {
                continue;
            }
            run.characters.add(Names.normalize(run.text.substring(run.toks.get(start).start(), run.toks.get(end - 1).end())));
            run.characters.add(run.toks.get(start).norm());
            run.characters.add(run.toks.get(end - 1).norm());
            run.markUsed(start, end);
            i = end - 1;
        }
    }

    /** Token where a character's name starts if token {@code i} introduces one, else -1. */
    private int characterNameStart(int i) {
        Token t = run.toks.get(i);
        Token next = run.tok(i + 1);
        if (next == null || next.sentence() != t.sentence()) {
            return -1;
        }
        if (PLAY_VERBS.contains(t.norm()) && !next.norm().equals("by")) {
            return i + 1;
        }
        if (Cues.CHARACTER_NOUNS.contains(t.norm())) {
            return next.norm().equals("of") ? i + 2 : i + 1;
        }
        if (t.norm().equals("as") && !t.sentenceInitial() && i > 0) {
            Token prev = run.toks.get(i - 1);
            boolean afterName = prev.isWord() && prev.capitalized() && !prev.allCaps() && !prev.sentenceInitial()
                    && !Cues.FUNCTION_WORDS.contains(prev.norm());
            return afterName || Cues.CASTING_VERBS.contains(prev.norm()) ? i + 1 : -1;
        }
        return -1;
    }
}
