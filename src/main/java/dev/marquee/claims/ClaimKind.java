package dev.marquee.claims;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What an award claim asserts about its subject. */
public enum ClaimKind {
    /** "five Oscar nominations": a number of nominations at one body. */
    @JsonProperty("nomination_count") NOMINATION_COUNT,
    /** "two Golden Globes", "three Oscar wins": a number of wins at one body. */
    @JsonProperty("win_count") WIN_COUNT,
    /** "the Oscar-winning director", "won the Golden Globe for best screenplay": at least one win, maybe in a category. */
    @JsonProperty("won") WON,
    /** "nominated for Best Picture", "the Oscar-nominated film": at least one nomination, maybe in a category. */
    @JsonProperty("nominated") NOMINATED
}
