package dev.marquee.cli;

import dev.marquee.config.MarqueeConfig;
import dev.marquee.ingest.RejectReason;
import dev.marquee.publish.DeadLetter;
import dev.marquee.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Re-produces the original bytes of dead letters, with their original keys, to the raw topic once the cause of the
 * rejection is fixed (a new release, a raised limit, a corrected producer). Reads the dead-letter topic from a start
 * point up to its end as of the start of the run, so it terminates even while the app keeps dead-lettering.
 */
@Command(name = "replay-dead-letters",
        mixinStandardHelpOptions = true,
        description = {
                "Produce the original bytes of dead letters (with their original keys) to the raw articles topic again, "
                        + "after the cause of their rejection has been fixed.",
                "Reads the dead-letter topic with read_committed from the beginning (or --from-offset / --since) up to its "
                        + "current end; --reason picks reason codes. Truncated originals are refused: they are not the "
                        + "record that was sent. Replaying twice produces twice: continue with --since set to the time "
                        + "the previous run started."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every matching dead letter replayed (or listed, with --dry-run)",
                "1:reading or producing failed (broker unreachable, record too large for the target topic)",
                "2:invalid configuration or options",
                "3:some matching dead letters were refused or unreadable; the others were replayed"})
final class ReplayDeadLettersCommand implements Callable<Integer> {

    static final Duration MAX_BLOCK = Duration.ofSeconds(15);
    static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(60);

    @Mixin
    ConfigOptions configOptions;

    @ArgGroup(exclusive = true)
    Start start;

    static final class Start {
        @Option(names = "--from-offset", paramLabel = "OFFSET", description = "Start at this offset in every partition.")
        Long offset;

        @Option(names = "--since", paramLabel = "INSTANT",
                description = "Start at the first dead letter written at or after this UTC time, e.g. 2026-11-24T08:00:00Z.")
        Instant since;
    }

    @Option(names = "--reason", paramLabel = "CODE", split = ",",
            description = "Only dead letters with these reason codes (repeatable or comma-separated): ${COMPLETION-CANDIDATES}.")
    Set<RejectReason> reasons;

    @Option(names = "--to", paramLabel = "TOPIC", description = "Produce to this topic instead of the configured raw articles topic.")
    String to;

    @Option(names = "--dry-run", description = "Read and report, produce nothing.")
    boolean dryRun;

    @Spec
    CommandSpec spec;

    /** What one run did, printed at the end. */
    static final class Counts {
        int read;
        int matched;
        int replayed;
        int refusedTruncated;
        int skippedNoValue;
        int unreadable;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MarqueeConfig config = configOptions.load();
        String target = to != null ? to : config.articlesTopic();
        Set<RejectReason> wanted = reasons == null || reasons.isEmpty() ? EnumSet.allOf(RejectReason.class) : EnumSet.copyOf(reasons);
        Counts counts = new Counts();
        Map<TopicPartition, Long> end;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(config), new ByteArrayDeserializer(), new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = dryRun ? null
                     : new KafkaProducer<>(producerProperties(config), new ByteArraySerializer(), new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(config.deadLetterTopic()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            if (partitions.isEmpty()) {
                err.println("Dead-letter topic " + config.deadLetterTopic() + " does not exist");
                return 1;
            }
            consumer.assign(partitions);
            end = consumer.endOffsets(partitions);
            seekToStart(consumer, partitions, end);
            List<Future<?>> sends = new ArrayList<>();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.offset() >= end.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    counts.read++;
                    ProducerRecord<byte[], byte[]> replay = replayOf(r, target, wanted, counts, err);
                    if (replay == null) {
                        continue;
                    }
                    if (dryRun) {
                        out.printf("would replay %s-%d@%d (%s, %,d bytes)%n", r.topic(), r.partition(), r.offset(),
                                reasonOf(r), replay.value().length);
                    } else {
                        sends.add(producer.send(replay));
                    }
                }
            }
            for (Future<?> send : sends) {
                send.get(DELIVERY_TIMEOUT.toMillis() + 5_000, TimeUnit.MILLISECONDS);
                counts.replayed++;
            }
        } catch (KafkaException | ExecutionException | java.util.concurrent.TimeoutException e) {
            err.println("Replay failed after " + counts.replayed + " record(s) produced: " + rootMessage(e));
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("Interrupted after " + counts.replayed + " record(s) produced");
            return 1;
        }
        out.printf("%s: read %,d dead letter(s) of %s, %,d matched %s; %s %,d to %s; refused %,d (truncated original), "
                        + "skipped %,d (no original value), unreadable %,d%n",
                dryRun ? "Dry run" : "Replay", counts.read, config.deadLetterTopic(), counts.matched,
                wanted.size() == RejectReason.values().length ? "(all reasons)" : wanted,
                dryRun ? "would replay" : "replayed", dryRun ? counts.matched - counts.refusedTruncated - counts.skippedNoValue : counts.replayed,
                target, counts.refusedTruncated, counts.skippedNoValue, counts.unreadable);
        out.printf("Read up to end offsets %s%n", end.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> Integer.compare(a.partition(), b.partition())))
                .map(e -> e.getKey().partition() + ":" + e.getValue()).collect(Collectors.joining(" ")));
        out.flush();
        return counts.refusedTruncated > 0 || counts.unreadable > 0 ? 3 : 0;
    }

    private void seekToStart(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        if (start != null && start.offset != null) {
            Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
            partitions.forEach(tp -> consumer.seek(tp, Math.min(end.get(tp), Math.max(beginning.get(tp), start.offset))));
        } else if (start != null && start.since != null) {
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(tp -> query.put(tp, start.since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(query);
            partitions.forEach(tp -> consumer.seek(tp, found.get(tp) == null ? end.get(tp) : found.get(tp).offset()));
        } else {
            consumer.seekToBeginning(partitions);
        }
    }

    /** The record to produce for a dead letter, or null (with the reason counted and, where a human must act, printed). */
    private static ProducerRecord<byte[], byte[]> replayOf(ConsumerRecord<byte[], byte[]> r, String target, Set<RejectReason> wanted,
                                                           Counts counts, PrintWriter err) {
        DeadLetter deadLetter;
        try {
            deadLetter = r.value() == null ? null : Json.fromBytes(r.value(), DeadLetter.class);
        } catch (UncheckedIOException e) {
            deadLetter = null;
        }
        if (deadLetter == null || deadLetter.reasonCode() == null) {
            counts.unreadable++;
            err.printf("unreadable %s-%d@%d: not a dead letter%n", r.topic(), r.partition(), r.offset());
            return null;
        }
        if (!wanted.contains(deadLetter.reasonCode())) {
            return null;
        }
        counts.matched++;
        if (deadLetter.originalTruncated()) {
            counts.refusedTruncated++;
            byte[] kept = deadLetter.originalValue();
            err.printf("refused %s-%d@%d (%s): the dead letter kept only the first %,d of %,d bytes (sha256 %s); replaying it would "
                            + "publish a different record. Re-send the original from its producer, or read it from %s-%s@%s while "
                            + "that topic still retains it.%n",
                    r.topic(), r.partition(), r.offset(), deadLetter.reasonCode(), kept == null ? 0 : kept.length,
                    deadLetter.originalSize(), deadLetter.originalSha256(), deadLetter.sourceTopic(), deadLetter.sourcePartition(),
                    deadLetter.sourceOffset());
            return null;
        }
        byte[] original = deadLetter.originalValue();
        if (original == null) {
            // A null value (NULL_VALUE) has nothing to re-process; producing it again would only dead-letter it again.
            counts.skippedNoValue++;
            return null;
        }
        // The dead letter's record key is the original key byte for byte; the JSON "key" field is only its UTF-8 reading.
        return new ProducerRecord<>(target, null, r.key(), original);
    }

    private static String reasonOf(ConsumerRecord<byte[], byte[]> r) {
        return Json.fromBytes(r.value(), DeadLetter.class).reasonCode().name();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    static Map<String, Object> consumerProperties(MarqueeConfig config) {
        Map<String, Object> props = config.kafkaClientProperties();
        // Dead letters are written in the app's transactions: only committed ones are real.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "marquee-replay-dead-letters");
        props.putIfAbsent(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000);
        return props;
    }

    static Map<String, Object> producerProperties(MarqueeConfig config) {
        Map<String, Object> props = config.kafkaClientProperties();
        // Idempotent: a retry after a lost acknowledgement does not write the original twice.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // Room for the largest original a dead letter keeps whole; the target topic's own limit then decides.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, DeadLetter.MAX_ORIGINAL_BYTES + 64 * 1024);
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) DELIVERY_TIMEOUT.toMillis());
        props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "marquee-replay-dead-letters");
        return props;
    }
}
