package dev.marquee.awards;

/**
 * A film or person named by a nomination. {@code id} is the canonical id: the IMDb id where the
 * source has one ({@code tt…}, {@code nm…}), otherwise a stable id of Marquee's own ({@code mq:…}).
 */
public record EntityRef(String id, String name) {

    public boolean hasImdbId() {
        return id != null && (id.startsWith("tt") || id.startsWith("nm"));
    }
}
