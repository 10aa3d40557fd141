package dev.marquee.awards;

/** A value of a compacted reference topic: it carries its own Kafka key, so a reload overwrites instead of duplicating. */
public interface KeyedRecord {

    /** Stable record key, equal to the Kafka key; the same source data always gives the same key. */
    String key();
}
