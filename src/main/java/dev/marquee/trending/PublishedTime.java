package dev.marquee.trending;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * When an article was published, in epoch milliseconds, for windowing by event time.
 *
 * <ul>
 *   <li>a date-time with an offset is taken as it is; one without an offset is read as UTC;</li>
 *   <li>a date, year-month or year names a period, not an instant: if the record's own time falls inside that period
 *       it is the better estimate and is used; otherwise (a back-filled archive, say) the start of the period (UTC);</li>
 *   <li>no date, or one that does not parse, falls back to the record time.</li>
 * </ul>
 */
public final class PublishedTime {

    private PublishedTime() {
    }

    public static long resolve(String publishedAt, long recordTime) {
        if (publishedAt == null || publishedAt.isBlank()) {
            return recordTime;
        }
        String s = publishedAt.strip();
        try {
            return OffsetDateTime.parse(s).toInstant().toEpochMilli();
        } catch (DateTimeParseException notWithOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        Instant[] period = period(s);
        if (period == null) {
            return recordTime;
        }
        long start = period[0].toEpochMilli();
        long end = period[1].toEpochMilli();
        return recordTime >= start && recordTime < end ? recordTime : start;
    }

    /** [start, end) of a date, year-month or year in UTC; null when {@code s} is none of them. */
    private static Instant[] period(String s) {
        try {
            LocalDate d = LocalDate.parse(s);
            return new Instant[]{d.atStartOfDay().toInstant(ZoneOffset.UTC), d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)};
        } catch (DateTimeParseException notDate) {
            // try the next form
        }
        try {
            YearMonth m = YearMonth.parse(s);
            return new Instant[]{m.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), m.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)};
        } catch (DateTimeParseException notMonth) {
            // try the next form
        }
        try {
            Year y = Year.parse(s);
            return new Instant[]{y.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), y.plusYears(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)};
        } catch (DateTimeParseException notYear) {
            return null;
        }
    }
}
