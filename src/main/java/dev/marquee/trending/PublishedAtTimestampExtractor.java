package dev.marquee.trending;

import dev.marquee.mentions.EntityMention;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * Event time of an entity-mention record: its article's {@code published_at} (see {@link PublishedTime}), so
 * trending windows count articles by when they were published, not when Marquee saw them. A record whose own
 * timestamp is invalid (negative) and has no date falls back to the partition's stream time.
 */
public final class PublishedAtTimestampExtractor implements TimestampExtractor {

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        long recordTime = record.timestamp() >= 0 ? record.timestamp() : Math.max(partitionTime, 0);
        if (record.value() instanceof EntityMention mention) {
            return PublishedTime.resolve(mention.publishedAt(), recordTime);
        }
        return recordTime;
    }
}
