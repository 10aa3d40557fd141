package dev.marquee.cli;

import dev.marquee.awards.AwardBodies;
import dev.marquee.claims.Claim;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.enrich.EnrichedArticle.AwardRecord;
import dev.marquee.tag.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A readable summary of one enriched event for a person at a terminal: films with their award records, people, awards. */
final class EventSummary {

    private EventSummary() {
    }

    static String format(EnrichedArticle event) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(event.articleId());
        if (event.title() != null) {
            out.append(" — ").append(event.title());
        }
        out.append('\n');
        section(out, event, EntityType.FILM, "Films");
        section(out, event, EntityType.PERSON, "People");
        section(out, event, EntityType.AWARD, "Awards");
        claims(out, event);
        return out.toString();
    }

    private static void section(StringBuilder out, EnrichedArticle event, EntityType type, String heading) {
        List<EnrichedArticle.Entity> entities = event.entities().stream().filter(e -> e.type() == type).toList();
        out.append(String.format("%s (%d):%n", heading, entities.size()));
        for (EnrichedArticle.Entity e : entities) {
            out.append(String.format("  %-32s %-12s %2d mention%s  conf %.2f", e.name(), e.id() == null ? "(unlinked)" : e.id(),
                    e.mentions().size(), e.mentions().size() == 1 ? " " : "s", e.confidence()));
            if (!e.nominations().isEmpty()) {
                out.append("  ").append(awardLine(e.nominations()));
            }
            out.append('\n');
        }
    }

    /** Each award claim with its verdict: "VERIFIED  "five Oscar nominations" (Her): 86th Academy Awards: 5 nominations (…)". */
    private static void claims(StringBuilder out, EnrichedArticle event) {
        List<Claim> claims = event.claims() == null ? List.of() : event.claims();
        out.append(String.format("Award claims (%d):%n", claims.size()));
        for (Claim c : claims) {
            out.append(String.format("  %-12s \"%s\" (%s): %s%n", c.status().name(), c.text(), c.subjectName(), c.finding()));
        }
    }

    /** "86th Academy Awards: 5 nominations, won Writing (Original Screenplay); 71st Golden Globe Awards: 3 nominations, won …". */
    static String awardLine(List<AwardRecord> nominations) {
        Map<String, List<AwardRecord>> byCeremony = new LinkedHashMap<>();
        for (AwardRecord n : nominations) {
            byCeremony.computeIfAbsent(AwardBodies.ordinal(n.ceremony()) + " " + n.bodyName(), k -> new ArrayList<>()).add(n);
        }
        List<String> parts = new ArrayList<>();
        byCeremony.forEach((ceremony, list) -> {
            List<String> wins = list.stream().filter(AwardRecord::won).map(AwardRecord::rawCategory).distinct().toList();
            parts.add(ceremony + ": " + list.size() + (list.size() == 1 ? " nomination" : " nominations")
                    + (wins.isEmpty() ? "" : ", won " + String.join(", ", wins)));
        });
        return String.join("; ", parts);
    }
}
