package dev.marquee.stream;

import dev.marquee.config.AppVersion;
import dev.marquee.enrich.ArticlePipeline;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.ingest.Article;
import dev.marquee.ingest.RejectReason;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.function.Supplier;

/**
 * Tags an article and joins its entities with the awards reference. A failure inside tagging (a bug, not bad
 * input) dead-letters that one article with the error, instead of stopping the stream thread on every retry.
 */
final class EnrichArticleProcessor implements FixedKeyProcessor<String, Routed<Article>, Routed<EnrichedArticle>> {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichArticleProcessor.class);

    private final ReferenceLoader reference;
    private final Supplier<ArticlePipeline> pipelines;
    private final Clock clock;
    private final StreamMetrics metrics;
    private ArticlePipeline pipeline;
    private FixedKeyProcessorContext<String, Routed<EnrichedArticle>> context;

    EnrichArticleProcessor(ReferenceLoader reference, Supplier<ArticlePipeline> pipelines, Clock clock, StreamMetrics metrics) {
        this.reference = reference;
        this.pipelines = pipelines;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Routed<EnrichedArticle>> context) {
        this.context = context;
        // The stream threads start while the reference index may still be building (see ReferenceLoader). Waiting
        // here, as the task starts, keeps it from RUNNING until the index is complete, and no transaction is open yet.
        reference.awaitApplied();
        this.pipeline = pipelines.get();
    }

    @Override
    public void process(FixedKeyRecord<String, Routed<Article>> record) {
        Article article = Routed.value(record.value());
        long started = System.nanoTime();
        try {
            EnrichedArticle enriched = pipeline.process(article);
            metrics.articleEnriched(enriched.entities().size(), System.nanoTime() - started);
            context.forward(record.withValue(new Routed.Ok<>(enriched)));
        } catch (RuntimeException e) {
            LOG.error("Tagging failed for article {}; it goes to the dead-letter topic", article.id(), e);
            DeadLetter deadLetter = DeadLetter.of(RejectReason.PROCESSING_ERROR, e.toString(), source(), record.key(),
                    Json.toBytes(article), clock.instant(), AppVersion.get());
            metrics.deadLettered(RejectReason.PROCESSING_ERROR);
            context.forward(record.withValue(new Routed.Failed<>(deadLetter)));
        }
    }

    private DeadLetter.Source source() {
        return context.recordMetadata()
                .map(m -> new DeadLetter.Source(m.topic(), m.partition(), m.offset()))
                .orElse(new DeadLetter.Source(null, null, null));
    }
}
