package dev.marquee.stream;

import dev.marquee.config.AppVersion;
import dev.marquee.ingest.Article;
import dev.marquee.ingest.ArticleParser;
import dev.marquee.ingest.ParseOutcome;
import dev.marquee.publish.DeadLetter;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.time.Clock;

/** Parses raw bytes into an article; a rejection becomes a dead letter that names the record's topic, partition and offset. */
final class ParseArticleProcessor implements FixedKeyProcessor<String, byte[], Routed<Article>> {

    private final ArticleParser parser;
    private final Clock clock;
    private final StreamMetrics metrics;
    private FixedKeyProcessorContext<String, Routed<Article>> context;

    ParseArticleProcessor(ArticleParser parser, Clock clock, StreamMetrics metrics) {
        this.parser = parser;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Routed<Article>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, byte[]> record) {
        metrics.articleReceived();
        ParseOutcome outcome = parser.parse(record.value());
        if (outcome instanceof ParseOutcome.Valid valid) {
            context.forward(record.withValue(new Routed.Ok<>(valid.article())));
        } else {
            ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) outcome;
            DeadLetter deadLetter = DeadLetter.of(rejected.reason(), rejected.detail(), source(), record.key(), record.value(),
                    clock.instant(), AppVersion.get());
            metrics.deadLettered(rejected.reason());
            context.forward(record.withValue(new Routed.Failed<>(deadLetter)));
        }
    }

    private DeadLetter.Source source() {
        return context.recordMetadata()
                .map((RecordMetadata m) -> new DeadLetter.Source(m.topic(), m.partition(), m.offset()))
                .orElse(new DeadLetter.Source(null, null, null));
    }
}
