package dev.marquee.stream;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Passes records on unchanged; its task starts only once the reference index is complete. An instance that runs the
 * views without the enrichment loads the index for {@code GET /entities}, and nothing else of the views waits for it,
 * so without this the instance would report RUNNING while the index still builds and answer with part of the awards
 * record. The enrichment's tasks wait the same way ({@link EnrichArticleProcessor}).
 *
 * @param <V> the record type passed on
 */
final class AwaitReference<V> implements FixedKeyProcessor<String, V, V> {

    private final ReferenceLoader reference;
    private FixedKeyProcessorContext<String, V> context;

    AwaitReference(ReferenceLoader reference) {
        this.reference = reference;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
        reference.awaitApplied();
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        context.forward(record);
    }
}
