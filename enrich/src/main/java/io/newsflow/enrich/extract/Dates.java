package io.newsflow.enrich.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as news pages write them: ISO timestamps in metadata, "December 8, 2017" or "08 December 2017" in text. */
final class Dates {

    private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** "2017-12-08T10:30:00+0200": an offset without its colon, which ISO-8601 parsing refuses. */
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");
    /** Before the web: a date this old in a page's metadata is a placeholder, not when the page was published. */
    private static final LocalDate EARLIEST_NEWS = LocalDate.of(1990, 1, 1);
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** The year ends the date, or a time or a capitalised word follows it with no space: "Nov 15, 20195:45 AM", "2019Updated". */
    private static final String YEAR = "((?:19|20)\\d{2})(?:\\b|(?=\\d{1,2}:\\d{2})|(?=\\p{Lu}))";
    /** The first three letters of every {@link #MONTH}, which match in any case as the patterns do. */
    private static final Literals MONTH_NAMES = new Literals(
            List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"));
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR, Pattern.CASE_INSENSITIVE);
    /** "Nov 19", "19 November": a day of the month with no year after it. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4}|[.,:/-]\\d)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?![\\p{L}\\d]|,?\\s*\\d)", Pattern.CASE_INSENSITIVE);
    /** "© 2019 The New York Times Company", "Copyright 2005-2019": the years a page's copyright line gives. */
    private static final Pattern COPYRIGHT_YEARS = Pattern.compile(
            "(?:©|\\(c\\)|(?i:copyright))\\s*(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?((?:19|20)\\d{2})\\b");
    /**
     * "11/19/19", "11.14.2019", "27/09/2018": read only when the day tells itself (above 12), for
     * month and day swap places between the US and elsewhere; with dots only with a year of four
     * digits, since version numbers are written so too.
     */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})(?:(/)(\\d{1,2})/((?:19|20)?\\d{2})|(\\.)(\\d{1,2})\\.((?:19|20)\\d{2}))(?![\\d/]|\\.\\d)");
    private static final int MONTHS_IN_YEAR = 12;
    /** Two-digit years from this one on are the 1900s', as POSIX strptime reads them: a file always gives the same date. */
    private static final int FIRST_1900S_YEAR = 69;
    private static final Pattern ISO_DATE = Pattern.compile(
            "\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?"
                    + "\\s?(Z|[+-]\\d{2}:?\\d{2})?)?");
    /** Time zones as US and European news pages abbreviate them beside a time. */
    private static final Map<String, ZoneId> ZONES = Map.ofEntries(
            Map.entry("ET", ZoneId.of("America/New_York")), Map.entry("CT", ZoneId.of("America/Chicago")),
            Map.entry("MT", ZoneId.of("America/Denver")), Map.entry("PT", ZoneId.of("America/Los_Angeles")),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)),
            Map.entry("GMT", ZoneOffset.UTC), Map.entry("UTC", ZoneOffset.UTC), Map.entry("BST", ZoneOffset.ofHours(1)),
            Map.entry("CET", ZoneOffset.ofHours(1)), Map.entry("CEST", ZoneOffset.ofHours(2)),
            Map.entry("AEST", ZoneOffset.ofHours(10)), Map.entry("AEDT", ZoneOffset.ofHours(11)),
            Map.entry("JST", ZoneOffset.ofHours(9)));
    /** The zone only in capitals, as written: "et" and "pt" are words in French and Portuguese. */
    private static final String TIME = "(\\d{1,2}):(\\d{2})(?::\\d{2})?\\s?(?:([ap])\\.?\\s?m\\b\\.?)?\\s*(?-i:("
            + String.join("|", ZONES.keySet()) + "))\\b";
    /** A time with its zone after the date: "Nov 19, 2019, 10:31 pm CST", "November 18, 2019 -- 19:14 GMT". */
    private static final Pattern TIME_AFTER = Pattern.compile("^[\\s,]*(?:at|@|--?|[—–/|])?[\\s,]*" + TIME,
            Pattern.CASE_INSENSITIVE);
    /** A time with its zone before the date: "10:01 pm PST, Tuesday, November 19, 2019". */
    private static final Pattern TIME_BEFORE = Pattern.compile(TIME + "[\\s,]*(?:\\p{L}+day,?\\s*)?$",
            Pattern.CASE_INSENSITIVE);
    /** How far from the date its time may be written. */
    private static final int TIME_CHARS = 40;
    private static final int NOON = 12;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private Dates() {
    }

    /** A machine-readable timestamp (metadata attributes), at the offset it gives; null if it does not parse. */
    static PublishedTime parseMachine(String value) {
        PublishedTime time = parseMachineForm(value);
        // CMSs write placeholders such as 0001-01-01T00:00:00 for "no date"
        return time == null || time.day().isBefore(EARLIEST_NEWS) ? null : time;
    }

    private static PublishedTime parseMachineForm(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        // the ISO forms start with the year: a date in words goes straight to the text patterns, throwing nothing
        if (!ISO_START.matcher(v).lookingAt()) {
            return find(v);
        }
        try {
            return PublishedTime.of(OffsetDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // fall through to the laxer forms sites use
        }
        try {
            return PublishedTime.of(OffsetDateTime.parse(v, OFFSET_WITHOUT_COLON));
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return PublishedTime.of(LocalDateTime.parse(v));
        } catch (DateTimeParseException e) {
            // fall through
        }
        return find(v);
    }

    /**
     * The first date written anywhere in {@code text}, with the time written beside it if that has
     * a zone ("10:31 pm CST"), else the day alone; null if none.
     */
    static PublishedTime find(String text) {
        PublishedTime best = null;
        int bestAt = Integer.MAX_VALUE;
        // digits split by slashes or dots are rare in text: most lines need no regex for them
        if (hasDigitsAround(text, '/') || hasDigitsAround(text, '.')) {
            Matcher numeric = NUMERIC_DATE.matcher(text);
            while (numeric.find() && best == null) {
                best = withTime(text, numeric, numericDate(numeric));
                bestAt = best == null ? bestAt : numeric.start();
            }
        }
        // every other form has a year of four digits: most lines have none and need no regex
        if (!hasYear(text)) {
            return best;
        }
        Matcher m = ISO_DATE.matcher(text);
        if (hasIsoDay(text) && m.find() && m.start() < bestAt) {
            PublishedTime d = iso(m);
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        // the other forms name the month: years in lines without one are mostly numbers ("2000 people")
        if (MONTH_NAMES.in(text) == 0) {
            return best;
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            PublishedTime d = withTime(text, m, date(m.group(3), month(m.group(1)), m.group(2)));
            if (d != null) {
                best = d;
                bestAt = m.start();
            }
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && m.start() < bestAt) {
            PublishedTime d = withTime(text, m, date(m.group(3), month(m.group(2)), m.group(1)));
            if (d != null) {
                best = d;
            }
        }
        return best;
    }

    /**
     * The first day written without its year in {@code text} ("Posted Nov 18, 8:19 PM"), in
     * {@code year}: sites leave the year out of this year's dates, and the copyright line gives
     * the year the page was made. Null if there is none.
     */
    static PublishedTime findInYear(String text, int year) {
        // the day is in digits: most lines have none and need no regex
        if (!hasDigit(text)) {
            return null;
        }
        Matcher m = MONTH_DAY.matcher(text);
        Matcher d = DAY_MONTH.matcher(text);
        boolean monthFirst = m.find();
        boolean dayFirst = d.find();
        if (monthFirst && (!dayFirst || m.start() <= d.start())) {
            return withTime(text, m, date(Integer.toString(year), month(m.group(1)), m.group(2)));
        }
        return dayFirst ? withTime(text, d, date(Integer.toString(year), month(d.group(2)), d.group(1))) : null;
    }

    /** The latest year a copyright notice in {@code line} gives, 0 if it has none. */
    static int copyrightYear(String line) {
        int year = 0;
        // most lines hold none of the marks: no regex for them
        if (line.indexOf('©') >= 0 || line.contains("(c)") || line.contains("(C)") || line.contains("opyright")
                || line.contains("OPYRIGHT")) {
            for (Matcher m = COPYRIGHT_YEARS.matcher(line); m.find(); ) {
                year = Math.max(year, Integer.parseInt(m.group(1)));
            }
        }
        return year;
    }

    /** The day the match found, at the zoned time written beside it if there is one, else the day alone. */
    private static PublishedTime withTime(String text, Matcher date, LocalDate day) {
        if (day == null) {
            return null;
        }
        PublishedTime midnight = PublishedTime.ofDay(day);
        // every time has a colon: most dates stand alone and need no regex
        int colon = text.indexOf(':', Math.max(0, date.start() - TIME_CHARS));
        if (colon < 0 || colon > date.end() + TIME_CHARS) {
            return midnight;
        }
        Matcher time = TIME_AFTER.matcher(text.substring(date.end(), Math.min(text.length(), date.end() + TIME_CHARS)));
        if (!time.lookingAt()) {
            time = TIME_BEFORE.matcher(text.substring(Math.max(0, date.start() - TIME_CHARS), date.start()));
            if (!time.find()) {
                return midnight;
            }
        }
        int hour = Integer.parseInt(time.group(1));
        int minute = Integer.parseInt(time.group(2));
        String half = time.group(3);
        if (half != null) {
            hour = hour % NOON + (half.equalsIgnoreCase("p") ? NOON : 0);
        }
        if (hour > 23 || minute > 59) {
            return midnight;
        }
        return PublishedTime.of(day.atTime(hour, minute), ZONES.get(time.group(4)));
    }

    /** Whether {@code separator} stands between two digits somewhere in {@code text}. */
    private static boolean hasDigitsAround(String text, char separator) {
        for (int at = text.indexOf(separator, 1); at > 0 && at + 1 < text.length(); at = text.indexOf(separator, at + 1)) {
            if (isDigit(text.charAt(at - 1)) && isDigit(text.charAt(at + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} has the four digits of a year the patterns accept, 19xx or 20xx. */
    private static boolean hasYear(String text) {
        for (int i = 0; i + 3 < text.length(); i++) {
            if (isYearAt(text, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the four characters from {@code at} are a year the patterns accept: 19xx or 20xx. */
    private static boolean isYearAt(String text, int at) {
        char c = text.charAt(at);
        return (c == '1' && text.charAt(at + 1) == '9' || c == '2' && text.charAt(at + 1) == '0')
                && isDigit(text.charAt(at + 2)) && isDigit(text.charAt(at + 3));
    }

    /** Whether {@code text} has a year the patterns accept followed by "-", two digits and "-", as an ISO day starts. */
    private static boolean hasIsoDay(String text) {
        for (int at = text.indexOf('-', 4); at > 0 && at + 3 < text.length(); at = text.indexOf('-', at + 1)) {
            if (isYearAt(text, at - 4) && isDigit(text.charAt(at + 1)) && isDigit(text.charAt(at + 2))
                    && text.charAt(at + 3) == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static PublishedTime iso(Matcher m) {
        LocalDate day = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
        if (day == null || m.group(4) == null) {
            return day == null ? null : PublishedTime.ofDay(day);
        }
        int hour = Integer.parseInt(m.group(4));
        int minute = Integer.parseInt(m.group(5));
        int second = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
        if (hour > 23 || minute > 59 || second > 59) {
            return PublishedTime.ofDay(day);
        }
        LocalDateTime local = day.atTime(hour, minute, second);
        String zone = m.group(7);
        if (zone == null) {
            return PublishedTime.of(local);
        }
        return PublishedTime.of(local.atOffset(zone.equals("Z") ? ZoneOffset.UTC
                : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone)));
    }

    private static int month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
    }

    /** The date of a numeric match whose day is above 12, null for any other. */
    private static LocalDate numericDate(Matcher m) {
        boolean slashes = m.group(2) != null;
        int first = Integer.parseInt(m.group(1));
        String secondText = slashes ? m.group(3) : m.group(6);
        String yearText = slashes ? m.group(4) : m.group(7);
        int second = Integer.parseInt(secondText);
        if (first > MONTHS_IN_YEAR == second > MONTHS_IN_YEAR) {
            return null;
        }
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year += year >= FIRST_1900S_YEAR ? 1900 : 2000;
        }
        return first > MONTHS_IN_YEAR ? date(Integer.toString(year), second, m.group(1))
                : date(Integer.toString(year), first, secondText);
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
