package dev.marquee.claims;

import java.util.List;

/**
 * An award claim found in an article and checked against the awards reference. Offsets index the article's plain
 * text like mention offsets do (UTF-16 code units, end exclusive).
 *
 * @param sentenceStart start of the sentence that makes the claim
 * @param sentenceEnd   end of that sentence
 * @param start         start of the claim phrase ("five Oscar nominations")
 * @param end           end of the claim phrase
 * @param text          the claim phrase, {@code articleText.substring(start, end)}
 * @param subjectKey    entity key of the film or person the claim is about
 * @param subjectName   that entity's canonical name
 * @param kind          what the claim asserts
 * @param body          award body id the claim names ({@code academy-awards}…); null for "nominated for Best Picture"
 * @param category      canonical category the claim names, or null
 * @param count         the number a count claim states, else null
 * @param ceremony      ceremony number the claim names ("86th Academy Awards"), else null
 * @param status        verified, contradicted or unverifiable
 * @param finding       what the reference holds, for a reader ("86th Academy Awards: 5 nominations")
 * @param evidence      keys of the nominations the finding rests on (reference topic keys)
 */
public record Claim(
        int sentenceStart,
        int sentenceEnd,
        int start,
        int end,
        String text,
        String subjectKey,
        String subjectName,
        ClaimKind kind,
        String body,
        String category,
        Integer count,
        Integer ceremony,
        ClaimStatus status,
        String finding,
        List<String> evidence) {

    public Claim {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
