package dev.marquee.ingest;

/** Result of parsing one raw record: a valid article, or a rejection with its reason. */
public sealed interface ParseOutcome {

    record Valid(Article article) implements ParseOutcome {
    }

    record Rejected(RejectReason reason, String detail) implements ParseOutcome {
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
