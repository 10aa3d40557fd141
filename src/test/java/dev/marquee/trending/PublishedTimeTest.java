package dev.marquee.trending;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublishedTimeTest {

    private static final long RECORD_TIME = Instant.parse("2014-01-31T15:30:00Z").toEpochMilli();

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @Test
    void shouldTakeADateTimeAsItIsAndReadOneWithoutOffsetAsUtc() {
        assertEquals(at("2014-01-31T08:00:00Z"), PublishedTime.resolve("2014-01-31T09:00:00+01:00", RECORD_TIME));
        assertEquals(at("2014-01-31T09:00:00Z"), PublishedTime.resolve("2014-01-31T09:00:00", RECORD_TIME));
    }

    @Test
    void shouldUseTheRecordTimeWhenItFallsInsideAPartialDate() {
        assertEquals(RECORD_TIME, PublishedTime.resolve("2014-01-31", RECORD_TIME));
        assertEquals(RECORD_TIME, PublishedTime.resolve("2014-01", RECORD_TIME));
        assertEquals(RECORD_TIME, PublishedTime.resolve("2014", RECORD_TIME));
    }

    @Test
    void shouldUseTheStartOfAPartialDateTheRecordTimeIsOutside() {
        assertEquals(at("2011-02-01T00:00:00Z"), PublishedTime.resolve("2011-02", RECORD_TIME));
        assertEquals(at("2013-12-24T00:00:00Z"), PublishedTime.resolve("2013-12-24", RECORD_TIME));
        assertEquals(at("2010-01-01T00:00:00Z"), PublishedTime.resolve("2010", RECORD_TIME));
    }

    @Test
    void shouldFallBackToTheRecordTimeWithoutAUsableDate() {
        assertEquals(RECORD_TIME, PublishedTime.resolve(null, RECORD_TIME));
        assertEquals(RECORD_TIME, PublishedTime.resolve("last Tuesday", RECORD_TIME));
    }
}
