package dev.marquee.ingest;

/** A half-open range {@code [start, end)} of an article's plain text. */
public record TextSpan(int start, int end) {
}
