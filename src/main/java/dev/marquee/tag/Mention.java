package dev.marquee.tag;

/** One occurrence of an entity: {@code text} equals {@code articleText.substring(start, end)} of the emitted text. */
public record Mention(int start, int end, String text) {
}
