package io.newsflow.enrich.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * When an article was published, as its page gives it: a day only, a time of day without an
 * offset, or a time with the page's own offset. Turning it into UTC would move a story published
 * at 00:04 in Berlin to the day before, so the page's day is kept as written.
 *
 * @param day    the publication day as the page prints it
 * @param time   the time of day, null when the page gives only the day
 * @param offset the page's offset from UTC, null when it gives none
 */
public record PublishedTime(LocalDate day, LocalTime time, ZoneOffset offset) {

    public PublishedTime {
        if (day == null || time == null && offset != null) {
            throw new IllegalArgumentException("a publication time needs its day, and an offset needs a time");
        }
    }

    static PublishedTime ofDay(LocalDate day) {
        return new PublishedTime(day, null, null);
    }

    static PublishedTime of(OffsetDateTime time) {
        return new PublishedTime(time.toLocalDate(), time.toLocalTime(), time.getOffset());
    }

    /** A local time without offset ("2019-10-16T00:04:00" in metadata). */
    static PublishedTime of(LocalDateTime time) {
        return new PublishedTime(time.toLocalDate(), time.toLocalTime(), null);
    }

    /** A time in a named zone ("10:31 pm ET"), at the offset that zone had on that day. */
    static PublishedTime of(LocalDateTime time, ZoneId zone) {
        return of(time.atZone(zone).toOffsetDateTime());
    }

    /**
     * Whether the page gives its own offset, other than UTC's: only then is {@link #day} surely
     * the day the page printed, for metadata often writes the moment in UTC.
     */
    boolean hasLocalOffset() {
        return offset != null && offset.getTotalSeconds() != 0;
    }

    /** The moment in UTC: a time without offset, and a day's midnight, read as UTC. */
    public Instant instant() {
        LocalDateTime local = time == null ? day.atStartOfDay() : day.atTime(time);
        return local.toInstant(offset == null ? ZoneOffset.UTC : offset);
    }

    /** ISO-8601 as the page gives it: "2019-10-16", "2019-10-16T00:04", "2019-10-16T00:04+02:00". */
    @Override
    public String toString() {
        if (time == null) {
            return day.toString();
        }
        return offset == null ? day.atTime(time).toString() : OffsetDateTime.of(day, time, offset).toString();
    }
}
