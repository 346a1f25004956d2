package io.newsflow.enrich.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as news pages write them: ISO timestamps in metadata, "December 8, 2017" or "08 December 2017" in text. */
final class Dates {

    /** Before the web: a date this old in a page's metadata is a placeholder, not when the page was published. */
    private static final Instant EARLIEST_NEWS = Instant.parse("1990-01-01T00:00:00Z");
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
                    + "\\s?(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** A machine-readable timestamp (metadata attributes); null if it does not parse. */
    static Instant parseMachine(String value) {
        Instant instant = parseMachineForm(value);
        // CMSs write placeholders such as 0001-01-01T00:00:00 for "no date"
        return instant == null || instant.isBefore(EARLIEST_NEWS) ? null : instant;
    }

    private static Instant parseMachineForm(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // fall through to the laxer forms sites use
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX")).toInstant();
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        return find(v);
    }

    /** The first date written anywhere in {@code text}, at UTC midnight unless a time is given; null if none. */
    static Instant find(String text) {
        // every form has a year: most lines have none and need no regex
        if (!hasYear(text)) {
            return null;
        }
        Instant best = null;
        int bestAt = Integer.MAX_VALUE;
        Matcher m = ISO_DATE.matcher(text);
        if (m.find()) {
            best = iso(m);
            bestAt = best == null ? bestAt : m.start();
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Instant d = date(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            Instant d = date(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    /** Whether {@code text} has the four digits of a year the patterns accept, 19xx or 20xx. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && isDigit(text.charAt(i + 2)) && isDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static Instant iso(Matcher m) {
        Instant day = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (day == null || m.group(4) == null) {
            return day;
        }
        int seconds = Integer.parseInt(m.group(4)) * 3600 + Integer.parseInt(m.group(5)) * 60
                + (m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        Instant local = day.plusSeconds(seconds);
        String zone = m.group(7);
        if (zone == null || zone.equals("Z")) {
            return local;
        }
        return local.minusSeconds(ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3)
                : zone).getTotalSeconds());
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    private static Instant date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day))
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
