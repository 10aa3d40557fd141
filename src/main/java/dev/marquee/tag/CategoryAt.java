package dev.marquee.tag;

/** A category phrase at token {@code from}, e.g. "best supporting actress" as SUPPORTING_ACTRESS. */
record CategoryAt(int from, int to, String canonical) {
}
