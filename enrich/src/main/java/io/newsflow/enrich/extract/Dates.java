package io.newsflow.enrich.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as news pages write them: ISO timestamps in metadata, "December 8, 2017", "08 December 2017",
 * "16. Oktober 2019" or "16 de octubre de 2019" in text, the months named in any language of {@link Vocabulary}.
 */
final class Dates {

    private static final Pattern ISO_START = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** "2017-12-08T10:30:00+0200": an offset without its colon, which ISO-8601 parsing refuses. */
    private static final DateTimeFormatter OFFSET_WITHOUT_COLON = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]XX");
    /** Before the web: a date this old in a page's metadata is a placeholder, not when the page was published. */
    private static final LocalDate EARLIEST_NEWS = LocalDate.of(1990, 1, 1);
    /** A month's name or abbreviation in any language of {@link Vocabulary}, and the full stop after an abbreviation. */
    private static final String MONTH = "(" + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::monthNames)) + ")\\.?";
    /** What follows a day's digits: "8th", "1er", "1º", "16." */
    private static final String DAY_SUFFIX = Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::daySuffixes)) + "?";
    /** The small words between day, month and year: "8th of December", "16 de octubre de 2019". */
    private static final String OF = "(?:" + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::dateOf)) + "\\s+)?";
    /** The year ends the date, or a time or a capitalised word follows it with no space: "Nov 15, 20195:45 AM", "2019Updated". */
    private static final String YEAR = "((?:19|20)\\d{2})(?:\\b|(?=\\d{1,2}:\\d{2})|(?=\\p{Lu}))";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** "October 16, 2019", "Dec. 8, 2017". */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})" + DAY_SUFFIX + ",?\\s+" + YEAR, FLAGS);
    /** "16 October 2019", "16. Oktober 2019", "16 de octubre de 2019", "8th of December, 2017". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})" + DAY_SUFFIX + "\\s+" + OF + MONTH + ",?\\s+" + OF + YEAR, FLAGS);
    /** "Nov 19", "19 November": a day of the month with no year after it. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})" + DAY_SUFFIX + "\\b(?!,?\\s*\\d{4}|[.,:/-]?\\d)", FLAGS);
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})" + DAY_SUFFIX + "\\s+" + OF + MONTH + "(?![\\p{L}\\d]|,?\\s*\\d)", FLAGS);
    /** "© 2019 The New York Times Company", "Copyright 2005-2019": the years a page's copyright line gives. */
    private static final Pattern COPYRIGHT_YEARS = Pattern.compile(
            "(?:©|\\(c\\)|(?i:copyright))\\s*(?:(?:19|20)\\d{2}\\s*[-–]\\s*)?((?:19|20)\\d{2})\\b");
    /**
     * "11/19/19", "27/09/2018", "16.10.2019": with slashes, read only when the day tells itself
     * (above 12), for month and day swap places between the US and elsewhere; with dots, day first
     * as in Europe unless the second number is above 12 ("11.14.2019"), and only with a year of
     * four digits, since version numbers are written so too.
     */
    private static final Pattern NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.])(\\d{1,2})(?:(/)(\\d{1,2})/((?:19|20)?\\d{2})|(\\.)(\\d{1,2})\\.((?:19|20)\\d{2}))(?![\\d/]|\\.\\d)");
    /** "2020/04/17": with the year first, the month comes second everywhere. */
    private static final Pattern YEAR_FIRST_NUMERIC_DATE = Pattern.compile(
            "(?<![\\d/.])((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})(?![\\d/]|\\.\\d)");
    /** Two-digit years from this one on are the 1900s', as POSIX strptime reads them: a file always gives the same date. */
    private static final int FIRST_1900S_YEAR = 69;
    /** "2020年07月03日" (Chinese, Japanese), "2020년 7월 3일" (Korean): year, month and day marked by their signs. */
    private static final Pattern CJK_DATE = Pattern.compile(
            "(?<!\\d)((?:19|20)\\d{2})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]");
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
        Earliest first = new Earliest();
        // digits split by slashes or dots are rare in text: most lines need no regex for them
        if (hasDigitsAround(text, '/') || hasDigitsAround(text, '.')) {
            first.of(NUMERIC_DATE.matcher(text), m -> withTime(text, m, numericDate(m)));
            first.of(YEAR_FIRST_NUMERIC_DATE.matcher(text),
                    m -> withTime(text, m, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))));
        }
        // every other form has a year of four digits: most lines have none and need no regex
        if (hasYear(text)) {
            first.of(ISO_DATE.matcher(text), Dates::iso);
            first.of(CJK_DATE.matcher(text), m -> withTime(text, m, date(m.group(1), Integer.parseInt(m.group(2)), m.group(3))));
            first.of(MONTH_DAY_YEAR.matcher(text), m -> withTime(text, m, date(m.group(3), month(m.group(1)), m.group(2))));
            first.of(DAY_MONTH_YEAR.matcher(text), m -> withTime(text, m, date(m.group(3), month(m.group(2)), m.group(1))));
        }
        return first.time;
    }

    /**
     * The first day written without its year in {@code text} ("Posted Nov 18, 8:19 PM"), in
     * {@code year}: sites leave the year out of this year's dates, and the copyright line gives
     * the year the page was made. Without its year, an abbreviated month counts only capitalised
     * ("5 Out", not "5 out of 6"). Null if there is none.
     */
    static PublishedTime findInYear(String text, int year) {
        // the day is in digits: most lines have none and need no regex
        if (!hasDigit(text)) {
            return null;
        }
        String y = Integer.toString(year);
        Earliest first = new Earliest();
        first.of(MONTH_DAY.matcher(text), m -> yearless(m.group(1)) ? withTime(text, m, date(y, month(m.group(1)), m.group(2))) : null);
        first.of(DAY_MONTH.matcher(text), m -> yearless(m.group(2)) ? withTime(text, m, date(y, month(m.group(2)), m.group(1))) : null);
        return first.time;
    }

    /** Whether a month so written is one without a year beside it: in full, or abbreviated and capitalised. */
    private static boolean yearless(String month) {
        return !Vocabulary.isAbbreviation(month) || Character.isUpperCase(month.charAt(0));
    }

    /** The earliest date in a text that several patterns look for: each pattern's first match that reads as one. */
    private static final class Earliest {
        private PublishedTime time;
        private int at = Integer.MAX_VALUE;

        void of(Matcher m, Function<Matcher, PublishedTime> read) {
            while (m.find() && m.start() < at) {
                PublishedTime t = read.apply(m);
                if (t != null) {
                    time = t;
                    at = m.start();
                    return;
                }
            }
        }
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
        return Vocabulary.month(name);
    }

    /**
     * The date of a numeric match: with slashes only if one number is above 12 and so the day, with
     * dots day first unless the second number is above 12; null if it reads as no date.
     */
    private static LocalDate numericDate(Matcher m) {
        boolean slashes = m.group(2) != null;
        int first = Integer.parseInt(m.group(1));
        String secondText = slashes ? m.group(3) : m.group(6);
        String yearText = slashes ? m.group(4) : m.group(7);
        int second = Integer.parseInt(secondText);
        if (first > Vocabulary.MONTHS == second > Vocabulary.MONTHS && (slashes || second > Vocabulary.MONTHS)) {
            return null;
        }
        int year = Integer.parseInt(yearText);
        if (yearText.length() == 2) {
            year += year >= FIRST_1900S_YEAR ? 1900 : 2000;
        }
        return second > Vocabulary.MONTHS ? date(Integer.toString(year), first, secondText)
                : date(Integer.toString(year), second, m.group(1));
    }

    private static LocalDate date(String year, int month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
