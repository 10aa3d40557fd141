package dev.marquee.it;

import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.serde.Json;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The enriched topic, read with read_committed, against what was produced: lost articles (no event), duplicates
 * (more than one event for an id that was produced once), wrong content (an event that differs from the
 * re-computation), and events for ids never produced.
 */
public record ExactlyOnceTally(int produced, int events, int lost, int duplicated, int wrongContent, int unexpected,
                               List<String> examples) {

    public static ExactlyOnceTally of(Map<String, byte[]> produced, List<ConsumerRecord<String, byte[]>> events,
                                      TestArticles.Expectation expectation) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> examples = new ArrayList<>();
        int wrong = 0;
        int unexpected = 0;
        for (ConsumerRecord<String, byte[]> r : events) {
            counts.merge(r.key(), 1, Integer::sum);
            byte[] raw = produced.get(r.key());
            if (raw == null) {
                unexpected++;
                note(examples, "unexpected event for " + r.key());
                continue;
            }
            // Every copy is checked, a duplicate too: a wrong duplicate would be two faults.
            List<String> differences = expectation.differences(raw, Json.fromBytes(r.value(), EnrichedArticle.class));
            if (!differences.isEmpty()) {
                wrong++;
                note(examples, r.key() + " at " + r.partition() + "/" + r.offset() + ": " + differences);
            }
        }
        int lost = 0;
        for (String id : produced.keySet()) {
            if (!counts.containsKey(id)) {
                lost++;
                note(examples, "lost " + id);
            }
        }
        int duplicated = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > 1 && produced.containsKey(e.getKey())) {
                duplicated += e.getValue() - 1;
                note(examples, "duplicated " + e.getKey() + " x" + e.getValue());
            }
        }
        return new ExactlyOnceTally(produced.size(), events.size(), lost, duplicated, wrong, unexpected, List.copyOf(examples));
    }

    private static void note(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }

    public boolean exactlyOnce() {
        return lost == 0 && duplicated == 0 && wrongContent == 0 && unexpected == 0 && events == produced;
    }

    @Override
    public String toString() {
        return String.format("produced %,d, events %,d, lost %d, duplicated %d, wrong content %d, unexpected %d%s",
                produced, events, lost, duplicated, wrongContent, unexpected, examples.isEmpty() ? "" : "; e.g. " + examples);
    }
}
