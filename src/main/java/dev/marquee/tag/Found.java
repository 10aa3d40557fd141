package dev.marquee.tag;

/** A mention found for an entity, before grouping. */
record Found(EntityType type, String key, String id, String name, int from, int to, double confidence) {

    /** Another mention of the same entity, at tokens [from, to): a surname, an alias, the name in another order. */
    Found at(int from, int to) {
        return new Found(type, key, id, name, from, to, confidence);
    }
}
