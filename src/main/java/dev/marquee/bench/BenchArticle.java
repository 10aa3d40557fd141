package dev.marquee.bench;

/** One article of a bench corpus, before it becomes raw-article JSON. {@code words} counts whitespace words of {@code text}. */
public record BenchArticle(String id, String title, String text, int words) {
}
