package dev.marquee.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import dev.marquee.enrich.EnrichedArticle;
import dev.marquee.enrich.Enricher;
import dev.marquee.mentions.EntityMention.AwardSummary;
import dev.marquee.mentions.LatestArticles;
import dev.marquee.serde.Json;
import dev.marquee.stream.MarqueeTopology;
import dev.marquee.tag.CatalogueEntry;
import dev.marquee.tag.EntityType;
import dev.marquee.trending.EntityCount;
import dev.marquee.trending.TrendingWindow;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.InvalidStateStorePartitionException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Interactive queries over the stores of {@link MarqueeTopology}, on any instance: a key whose partition another
 * instance owns is forwarded to that instance's HTTP API (its {@code application.server}); queries over all keys
 * (trending, the article list) ask every instance and merge. Without {@code application.server} the app is taken
 * to run alone and answers from its own stores.
 */
public final class Queries {

    /** Sparkline points per window: a day of hours, a week of days. */
    private static final Map<TrendingWindow, Integer> SERIES_POINTS = Map.of(TrendingWindow.ONE_HOUR, 24, TrendingWindow.ONE_DAY, 7);

    private final KafkaStreams streams;
    private final ReferenceIndex reference;
    private final HostInfo self;
    private final Peers peers;
    private final Clock clock;

    /** @param self this instance's {@code application.server}, or null when not set (single instance) */
    public Queries(KafkaStreams streams, ReferenceIndex reference, HostInfo self, Peers peers, Clock clock) {
        this.streams = streams;
        this.reference = reference;
        this.self = self;
        this.peers = peers;
        this.clock = clock;
    }

    // ---- GET /articles/{id}

    public Answer article(String id, boolean local) {
        return byKey(MarqueeTopology.ARTICLES_STORE, id, local, "/articles/" + encode(id), () -> {
            byte[] a = this.<byte[]>keyValueStore(MarqueeTopology.ARTICLES_STORE).get(id);
            return a == null ? Answer.notFound("no article with id '" + id + "'") : Answer.ok(Json.fromBytes(a, EnrichedArticle.class));
        });
    }

    // ---- GET /articles

    public Answer articles(int limit, boolean local) {
        NewestArticles newest = new NewestArticles(limit);
        addLocalNewest(newest);
        if (!local) {
            for (HostInfo peer : peersOf(ArticlesByTimeProcessor.BY_TIME_STORE)) {
                Answer a = peers.get(peer, "/articles?limit=" + limit + "&" + Peers.LOCAL_PARAM + "=true");
                if (a.status() != 200) {
                    return a;
                }
                ((JsonNode) a.body()).path("articles").forEach(n -> newest.add(Json.MAPPER.convertValue(n, Views.ArticleSummary.class)));
            }
        }
        List<Views.ArticleSummary> list = newest.newestFirst();
        return Answer.ok(new Views.ArticleList(list.size(), list));
    }

    // ---- GET /entities/{id}

    public Answer entity(String key, boolean local) {
        return byKey(MarqueeTopology.ENTITY_ARTICLES_STORE, key, local, "/entities/" + encode(key), () -> {
            LatestArticles latest = this.<LatestArticles>keyValueStore(MarqueeTopology.ENTITY_ARTICLES_STORE).get(key);
            CatalogueEntry entry = reference.byId(key);
            List<Nomination> nominations = reference.nominationsOf(key);
            if (latest == null && entry == null) {
                return Answer.notFound("no entity with id '" + key + "' in the awards reference or in any article");
            }
            String name = latest != null ? latest.entityName() : entry.name();
            EntityType type = latest != null ? latest.entityType() : entry.type();
            String id = latest != null ? latest.entityId() : entry.id();
            int wins = (int) nominations.stream().filter(Nomination::won).count();
            return Answer.ok(new Views.EntityView(key, id, type, name, new AwardSummary(nominations.size(), wins),
                    nominations.stream().map(Enricher::awardRecord).toList(), latest == null ? List.of() : latest.articles()));
        });
    }

    // ---- GET /trending

    public Answer trending(EntityType type, TrendingWindow window, int limit, Instant at, boolean local) {
        List<Views.TrendingEntry> all = new ArrayList<>(localTrending(type, window, limit, at));
        if (!local) {
            for (HostInfo peer : peersOf(window.storeName())) {
                Answer a = peers.get(peer, "/trending?window=" + window.id() + "&limit=" + limit + "&at=" + at
                        + (type == null ? "" : "&type=" + type) + "&" + Peers.LOCAL_PARAM + "=true");
                if (a.status() != 200) {
                    return a;
                }
                ((JsonNode) a.body()).path("entities").forEach(n -> all.add(Json.MAPPER.convertValue(n, Views.TrendingEntry.class)));
            }
        }
        List<Views.TrendingEntry> top = all.stream().sorted(TRENDING_ORDER).limit(limit).toList();
        return Answer.ok(new Views.Trending(window.id(), at.toString(), type, limit, top));
    }

    private static final Comparator<Views.TrendingEntry> TRENDING_ORDER = Comparator
            .comparingInt(Views.TrendingEntry::articles).reversed()
            .thenComparing(Views.TrendingEntry::entityName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Views.TrendingEntry::entityKey);

    /**
     * This instance's entities with their count in "the window up to {@code at}": of the hopping windows containing
     * {@code at}, the one that started earliest, so it covers the last full window size up to {@code at}.
     */
    private List<Views.TrendingEntry> localTrending(EntityType type, TrendingWindow window, int limit, Instant at) {
        ReadOnlyWindowStore<String, EntityCount> panes = streams.store(
                StoreQueryParameters.fromNameAndType(window.storeName(), QueryableStoreTypes.windowStore()));
        long start = window.earliestStartContaining(at.toEpochMilli());
        List<Views.TrendingEntry> ranked = new ArrayList<>();
        window.countsOf(panes, start).forEach((key, count) -> {
            if (type == null || type == count.entityType()) {
                ranked.add(new Views.TrendingEntry(key, count.entityType(), count.entityName(), Instant.ofEpochMilli(start).toString(),
                        Instant.ofEpochMilli(start).plus(window.size()).toString(), count.articles(), List.of()));
            }
        });
        // Sparklines only for the entities shown: every entity of a busy day would cost a fetch of its panes each.
        return ranked.stream().sorted(TRENDING_ORDER).limit(limit)
                .map(e -> new Views.TrendingEntry(e.entityKey(), e.entityType(), e.entityName(), e.windowStart(), e.windowEnd(), e.articles(),
                        series(panes, window, e.entityKey(), start)))
                .toList();
    }

    /** Counts of the windows {@code step, 2·step, …} before the current one, oldest first, the current one last. */
    private static List<Integer> series(ReadOnlyWindowStore<String, EntityCount> panes, TrendingWindow window, String key, long currentStart) {
        int points = SERIES_POINTS.get(window);
        long step = window.sparklineStep().toMillis();
        List<Long> starts = new ArrayList<>(points);
        for (int i = points - 1; i >= 0; i--) {
            starts.add(currentStart - i * step);
        }
        return window.countsOf(panes, key, starts);
    }

    public Instant now() {
        return clock.instant();
    }

    // ---- routing

    private interface LocalQuery {
        Answer run();
    }

    private Answer byKey(String store, String key, boolean local, String path, LocalQuery query) {
        try {
            if (!local && self != null) {
                KeyQueryMetadata owner = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
                if (owner == null || owner.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
                    return Answer.unavailable("the state for '" + key + "' is moving between instances; retry shortly");
                }
                if (!owner.activeHost().equals(self)) {
                    return peers.get(owner.activeHost(), path + "?" + Peers.LOCAL_PARAM + "=true");
                }
            }
            return query.run();
        } catch (InvalidStateStoreException e) {
            return Answer.unavailable("stores are not ready (" + streams.state() + "); retry shortly");
        }
    }

    private List<HostInfo> peersOf(String store) {
        if (self == null) {
            return List.of();
        }
        Map<HostInfo, Boolean> hosts = new LinkedHashMap<>();
        for (StreamsMetadata m : streams.streamsMetadataForStore(store)) {
            if (!m.hostInfo().equals(self)) {
                hosts.put(m.hostInfo(), true);
            }
        }
        return List.copyOf(hosts.keySet());
    }

    /**
     * The newest {@code limit} of each partition's time index on this instance, read one partition at a time: the
     * store view over all local partitions chains their scans instead of merging them.
     */
    private void addLocalNewest(NewestArticles newest) {
        Set<Integer> partitions = new TreeSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            thread.activeTasks().forEach(task -> partitions.add(task.taskId().partition()));
        }
        if (partitions.isEmpty() && streams.state() != KafkaStreams.State.RUNNING) {
            throw new InvalidStateStoreException("no task is assigned yet (" + streams.state() + ")");
        }
        for (int partition : partitions) {
            ReadOnlyKeyValueStore<String, byte[]> index = streams.store(StoreQueryParameters
                    .fromNameAndType(ArticlesByTimeProcessor.BY_TIME_STORE, QueryableStoreTypes.<String, byte[]>keyValueStore())
                    .withPartition(partition));
            try {
                newest.addNewestOf(index);
            } catch (InvalidStateStorePartitionException e) {
                // Thrown on the first read, before anything is added: this partition's task here is of another part
                // of the topology, one without the index.
            }
        }
    }

    private <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

}
