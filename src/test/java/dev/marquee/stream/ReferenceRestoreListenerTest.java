package dev.marquee.stream;

import dev.marquee.awards.AwardBodies;
import dev.marquee.awards.EntityRef;
import dev.marquee.awards.FilmRecord;
import dev.marquee.awards.Nomination;
import dev.marquee.awards.ReferenceIndex;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The index builds its catalogue entries once per restore of the reference stores, on the loader's thread, and only
 * then shows them.
 */
class ReferenceRestoreListenerTest {

    private static final TopicPartition AWARDS_0 = new TopicPartition("marquee.reference.awards", 0);
    private static final TopicPartition FILMS_0 = new TopicPartition("marquee.reference.films", 0);
    private static final TopicPartition CHANGELOG_0 = new TopicPartition("marquee-enriched-articles-store-changelog", 0);
    private static final EntityRef HER = new EntityRef("tt1798709", "Her");
    private static final EntityRef JONZE = new EntityRef("nm0005069", "Spike Jonze");
    private static final Nomination SCREENPLAY = new Nomination("academy-awards:86:screenplay:her", AwardBodies.ACADEMY_AWARDS, 86, 2014,
            "2013", "SCREENPLAY", "WRITING (Original Screenplay)", List.of(HER), List.of(JONZE), true, null);
    private static final FilmRecord LANTERNS = new FilmRecord("film:gilded-lanterns:2019", "Gilded Lanterns", 2019, List.of("Mara Quill"),
            List.of(), List.of(), null, List.of());

    private final ReferenceIndex index = new ReferenceIndex();
    private final ReferenceLoader loader = new ReferenceLoader(index);
    private final ReferenceRestoreListener listener = new ReferenceRestoreListener(loader, MarqueeTopology.REFERENCE_STORES);

    @AfterEach
    void closeLoader() {
        loader.close();
    }

    @Test
    void shouldShowRestoredRecordsOnlyOnceEveryReferencePartitionHasFinished() {
        listener.onRestoreStart(AWARDS_0, MarqueeTopology.AWARDS_STORE, 0, 1);
        listener.onRestoreStart(FILMS_0, MarqueeTopology.FILMS_STORE, 0, 1);
        loader.apply(() -> index.upsert(SCREENPLAY));
        loader.apply(() -> index.upsertFilm(LANTERNS));
        listener.onBatchRestored(AWARDS_0, MarqueeTopology.AWARDS_STORE, 1, 1);
        listener.onRestoreEnd(AWARDS_0, MarqueeTopology.AWARDS_STORE, 1);
        loader.awaitApplied();

        assertEquals(1, index.size(), "the nomination is held");
        assertNull(index.byId(HER.id()), "the films partition is still restoring");
        assertEquals(List.of(), index.lookup("gilded lanterns"));

        listener.onRestoreEnd(FILMS_0, MarqueeTopology.FILMS_STORE, 1);
        loader.awaitApplied();

        assertEquals("Her", index.byId(HER.id()).name());
        assertNotNull(index.byId(JONZE.id()));
        assertEquals(1, index.lookup("gilded lanterns").size());
        assertEquals(1, index.nominationsOf(HER.id()).size());
    }

    @Test
    void shouldLeaveOtherStoresRestoringAlone() {
        listener.onRestoreStart(CHANGELOG_0, "enriched-articles-store", 0, 10);
        loader.apply(() -> index.upsert(SCREENPLAY));
        listener.onRestoreEnd(CHANGELOG_0, "enriched-articles-store", 10);

        assertEquals("Her", index.byId(HER.id()).name(), "no bulk load was begun, so the update shows at once");
    }

    @Test
    void shouldRefuseToEndABulkLoadThatNeverBegan() {
        assertThrows(IllegalStateException.class, index::endBulkLoad);
    }
}
