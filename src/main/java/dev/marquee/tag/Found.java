package dev.marquee.tag;

/** A mention found for an entity, before grouping. */
record Found(EntityType type, String key, String id, String name, int from, int to, double confidence) {
}
