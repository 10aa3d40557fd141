package dev.marquee.config;

import java.util.Arrays;
import java.util.Locale;

/**
 * What an instance runs of the app's two Streams clients (setting {@code role}). Both are one process by default;
 * apart, the enrichment, which is stateless and spends its CPU tagging, scales by its own instance count, and the
 * views, which keep the dashboards' RocksDB stores, by theirs, on other machines if need be. Either way each client
 * keeps its own consumer group, so instances of any role join the groups of their clients.
 */
public enum Role {
    ALL(true, true),
    ENRICHMENT(true, false),
    VIEWS(false, true);

    private final boolean enrichment;
    private final boolean views;

    Role(boolean enrichment, boolean views) {
        this.enrichment = enrichment;
        this.views = views;
    }

    /** The setting's value for this role. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean runsEnrichment() {
        return enrichment;
    }

    public boolean runsViews() {
        return views;
    }

    static String[] ids() {
        return Arrays.stream(values()).map(Role::id).toArray(String[]::new);
    }

    static Role of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
