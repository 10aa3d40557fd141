package dev.marquee.awards;

import dev.marquee.tag.Names;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Marquee's own ids and record keys. All are pure functions of source text, so loading the same files again
 * yields the same ids and keys and the compacted topic does not churn.
 */
final class OwnIds {

    private OwnIds() {
    }

    /** Same title and year give the same id, whichever body or row names the film. */
    static String film(String title, Integer year) {
        return filmOfKey(filmKey(title, year));
    }

    /** A catalogue film's own id from its record key. */
    static String filmOfKey(String filmKey) {
        return "mq:" + filmKey;
    }

    /**
     * Record key of a catalogue film, and its own id without the {@code mq:} prefix: a Golden Globe film and the
     * catalogue film of the same title and year are then one entity.
     */
    static String filmKey(String title, Integer year) {
        return "film:" + slug(title) + ":" + (year == null ? "unknown" : year);
    }

    /** Same name gives the same id: without more data two namesakes cannot be told apart anyway. */
    static String person(String name) {
        return "mq:person:" + slug(name);
    }

    /** {@link #person(String)} for a caller that has normalized the name already. */
    static String person(String name, String normalized) {
        return "mq:person:" + slug(name, normalized);
    }

    /** Normalized name with dashes; names that normalize to nothing (non-Latin script) get a digest instead. */
    static String slug(String name) {
        return slug(name, Names.normalize(name));
    }

    private static String slug(String name, String normalized) {
        return normalized.isEmpty() ? "x" + digest(List.of(name == null ? "" : name.strip())) : normalized.replace(' ', '-');
    }

    /**
     * Key from the identifying source fields of a row: readable prefix (body, ceremony, category) plus a digest of
     * the fields that tell the nominations of one category apart. Not the line number, so reordering the file or
     * fixing an unrelated row keeps every key.
     */
    static String key(String body, int ceremony, String rawCategory, List<String> identifyingFields) {
        return body + ":" + ceremony + ":" + categorySlug(rawCategory) + ":" + digest(identifyingFields);
    }

    private static String categorySlug(String rawCategory) {
        return rawCategory.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String digest(List<String> fields) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String f : fields) {
                sha.update(f.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
