package dev.marquee.it;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Follows a topic with read_committed on its own thread and counts the distinct keys seen, so a test can watch
 * output grow while it kills things, and wait for completion without a fixed sleep.
 */
public final class CommittedReader implements AutoCloseable {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile RuntimeException failure;

    public CommittedReader(String bootstrapServers, String topic) {
        this.consumer = Kafka.readCommittedConsumer(bootstrapServers);
        this.thread = new Thread(() -> follow(topic), "committed-reader-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void follow(String topic) {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    keys.add(r.key());
                }
            }
        } catch (WakeupException closing) {
            // close() woke the poll
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close();
        }
    }

    public int distinctKeys() {
        if (failure != null) {
            throw failure;
        }
        return keys.size();
    }

    /** Waits until {@code expected} distinct keys were seen; false on timeout. */
    public boolean awaitDistinctKeys(int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (distinctKeys() >= expected) {
                return true;
            }
            Thread.sleep(100);
        }
        return distinctKeys() >= expected;
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(10_000);
    }
}
