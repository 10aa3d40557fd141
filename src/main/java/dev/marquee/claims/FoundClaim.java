package dev.marquee.claims;

import dev.marquee.ingest.TextSpan;

/**
 * A claim as read from the text, before checking: what it asserts about which subject.
 *
 * @param body         body id, null when the claim names none ("nominated for Best Picture")
 * @param category     canonical category, or null
 * @param count        stated number for count claims, else null
 * @param ceremony     ceremony number written as an ordinal ("86th Academy Awards"), else null
 * @param ceremonyYear ceremony year written before the body ("the 2014 Oscars"), else null
 */
record FoundClaim(TextSpan sentence, int start, int end, ClaimSubject subject, ClaimKind kind, String body, String category,
                  Integer count, Integer ceremony, Integer ceremonyYear) {
}
