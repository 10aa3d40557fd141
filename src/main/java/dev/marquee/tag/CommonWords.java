package dev.marquee.tag;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Ordinary lower-case English words (SCOWL size 35, see {@code COMMON-WORDS-ATTRIBUTION.md}). A title or
 * name made of such words ("Her", "Gravity", "West") is ambiguous with the plain word, so the tagger asks
 * for more evidence than its capitalization.
 */
final class CommonWords {

    private static final String RESOURCE = "/dev/marquee/tag/common-words.txt";
    private static final Set<String> WORDS = load();

    private CommonWords() {
    }

    /** {@code normalizedWord} is one normalized token (lower case, no punctuation). */
    static boolean contains(String normalizedWord) {
        return WORDS.contains(normalizedWord);
    }

    private static Set<String> load() {
        try (InputStream in = CommonWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            Set<String> words = new HashSet<>(80_000);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip());
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
