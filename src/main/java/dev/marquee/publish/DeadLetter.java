package dev.marquee.publish;

import dev.marquee.ingest.RejectReason;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The value of the dead-letter topic (contract: {@code topics/schemas/dead-letter.schema.json}): why a record was
 * rejected, where it came from, and its original bytes (base64) so it can be replayed once the cause is fixed.
 * Originals above {@link #MAX_ORIGINAL_BYTES} keep their first bytes only ({@code original_truncated}); the
 * size and SHA-256 of the whole original are always there.
 */
public record DeadLetter(
        RejectReason reasonCode,
        String reason,
        String sourceTopic,
        Integer sourcePartition,
        Long sourceOffset,
        String key,
        String originalValueBase64,
        int originalSize,
        String originalSha256,
        boolean originalTruncated,
        String failedAt,
        String appVersion) {

    /** Base64 of this many bytes plus the envelope stays within the dead-letter topic's 4 MiB message limit. */
    public static final int MAX_ORIGINAL_BYTES = 2_621_440;

    /** Where a record was read from; partition and offset are null when it did not come from a topic (batch input). */
    public record Source(String topic, Integer partition, Long offset) {
    }

    public static DeadLetter of(RejectReason reason, String detail, Source source, String key, byte[] original, Instant now,
                                String appVersion) {
        boolean truncated = original != null && original.length > MAX_ORIGINAL_BYTES;
        byte[] kept = original == null ? null : truncated ? Arrays.copyOf(original, MAX_ORIGINAL_BYTES) : original;
        return new DeadLetter(reason, detail, source.topic(), source.partition(), source.offset(), key,
                kept == null ? null : Base64.getEncoder().encodeToString(kept),
                original == null ? 0 : original.length,
                original == null ? null : sha256(original),
                truncated, now.toString(), appVersion);
    }

    /** The original value as it was received (first bytes only when truncated). */
    public byte[] originalValue() {
        return originalValueBase64 == null ? null : Base64.getDecoder().decode(originalValueBase64);
    }

    /** Convenience for logs: the original as text, shortened. */
    public String originalPreview(int maxChars) {
        byte[] bytes = originalValue();
        if (bytes == null) {
            return "null";
        }
        String s = new String(bytes, 0, Math.min(bytes.length, maxChars * 4), StandardCharsets.UTF_8);
        return s.length() <= maxChars ? s : s.substring(0, maxChars) + "…";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
