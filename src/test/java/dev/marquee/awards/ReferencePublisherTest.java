package dev.marquee.awards;

import dev.marquee.awards.ReferencePublisher.PublishException;
import dev.marquee.serde.Json;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferencePublisherTest {

    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private static List<Nomination> nominations(int count) {
        return IntStream.range(0, count).mapToObj(i -> new Nomination("key-" + i, AwardBodies.ACADEMY_AWARDS, 86, 2014,
                "2013", "SCREENPLAY", "WRITING (Original Screenplay)", List.of(new EntityRef("tt1798709", "Her")),
                List.of(), i % 2 == 0, null)).toList();
    }

    private ReferencePublisher publisher(MockProducer<String, byte[]> producer) {
        return new ReferencePublisher(producer, "awards", new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldSendEveryNominationKeyedByItsKeyAsJson() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());
        List<Nomination> nominations = nominations(4_500);

        ReferencePublisher.Result result = publisher(producer).publish(nominations, "nominations");

        assertEquals(4_500, result.sent());
        assertEquals(4_500, result.acknowledged());
        List<ProducerRecord<String, byte[]>> sent = producer.history();
        assertEquals("key-4499", sent.get(4_499).key());
        assertEquals("awards", sent.get(0).topic());
        assertEquals(nominations.get(7), Json.fromBytes(sent.get(7).value(), Nomination.class));
        assertTrue(producer.flushed());
    }

    @Test
    void shouldShowProgressEveryTwoThousandRecordsAndAtTheEnd() {
        MockProducer<String, byte[]> producer = new MockProducer<>(true, null, new StringSerializer(), new ByteArraySerializer());

        publisher(producer).publish(nominations(4_500), "nominations");

        List<String> lines = progress.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("sent 2,000 / 4,500"), lines.get(0));
        assertTrue(lines.get(2).startsWith("acknowledged 4,500 / 4,500"), lines.get(2));
        assertTrue(lines.get(2).contains("records/s"));
    }

    /** Completes every send at once, as a broker would, failing the n-th through its callback. */
    private static MockProducer<String, byte[]> failingAt(int n, RuntimeException error) {
        return new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer()) {
            @Override
            public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
                Future<RecordMetadata> future = super.send(record, callback);
                if (history().size() == n) {
                    errorNext(error);
                } else {
                    completeNext();
                }
                return future;
            }
        };
    }

    @Test
    void shouldFailWithTheBrokersErrorWhenTheLastSendFails() {
        MockProducer<String, byte[]> producer = failingAt(3, new TimeoutException("Topic awards not present in metadata after 15000 ms."));

        PublishException e = assertThrows(PublishException.class, () -> publisher(producer).publish(nominations(3), "nominations"));

        assertTrue(e.getMessage().contains("not present in metadata"), e.getMessage());
    }

    @Test
    void shouldStopSendingAfterTheFirstFailure() {
        MockProducer<String, byte[]> producer = failingAt(1, new TimeoutException("no broker"));

        PublishException e = assertThrows(PublishException.class, () -> publisher(producer).publish(nominations(10_000), "nominations"));

        assertEquals(1, producer.history().size());
        assertTrue(e.getMessage().contains("after 1 records: no broker"), e.getMessage());
    }
}
