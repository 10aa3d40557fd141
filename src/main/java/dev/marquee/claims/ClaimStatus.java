package dev.marquee.claims;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The outcome of checking a claim against the awards reference. */
public enum ClaimStatus {
    /** The reference holds nominations that make the claim true; they are the evidence. */
    @JsonProperty("verified") VERIFIED,
    /** The reference covers the body and the ceremonies in question and says otherwise; the finding says what it holds. */
    @JsonProperty("contradicted") CONTRADICTED,
    /** The reference cannot decide: the body, the ceremony or the subject is not in the data. */
    @JsonProperty("unverifiable") UNVERIFIABLE
}
