package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a raw byline ("By Jane Doe and John Roe - Nov 19, 2019") into people's names. */
final class Bylines {

    private static final Pattern LEADING_BY = Pattern.compile(
            "^(?i:(?:written |posted |reported |story |words |text )?by|author|authors|posted by)\\s*:?\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)\\s*");
    /** Everything from a dash or a date onwards is not part of a name. */
    private static final Pattern TAIL = Pattern.compile(
            "\\s+[-–—|•·](?:\\s+.*)?$|\\s+(?:on|for)\\s+.*$|\\s*\\b(?:\\d{1,2}|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|updated|published"
                    // days and the months that are not also first names (April, June, August)
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|january|february|march|september|october|november|december)\\b.*$",
            Pattern.CASE_INSENSITIVE);
    /** A byline line of its own: "By X", "Posted by X on DATE", "Written by X and Y". */
    private static final Pattern BY_LINE = Pattern.compile(
            "^(?i:(?:written |posted |reported |story |words |text )?by)\\s*:?\\s+\\p{Lu}");
    /**
     * "Jane Doe | Reuters", "Jane Doe - AP": a person credited with a news agency, nothing else on
     * the line. Not "Jane Doe, Associated Press": that is how photo credits under captions read.
     */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "^(?:(?i:by)\\s+)?(.+?)\\s*(?:[|•·]|\\s[-–—])\\s*(?:Reuters|REUTERS|AP|Associated Press|AFP|Bloomberg|dpa"
                    + "|UPI|Xinhua|EFE|ANSA|Press Association|PA)\\s*$");
    /** Degrees and credentials after a name ("Rachael Link, MS, RD"): not people. */
    private static final Pattern CREDENTIAL = Pattern.compile("\\p{Lu}{2,4}|Ph\\.?D\\.?|M\\.D\\.");
    /** A job title or site glued to the name in a byline box: "Michael HiltzikBusiness Columnist". */
    private static final Pattern GLUED_TITLE = Pattern.compile("^(.*\\s\\S*?\\p{Ll}{3})\\p{Lu}.*$");
    /** Parts of a byline that are no person: "IGN Staff", "Cleveland.com", "Wednesday". */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "\\.(?:com|org|net|co|uk)\\b|\\b(?i:staff|writer|columnist|editor|correspondent|reporter|contributor)\\b");
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,4}$");

    private Bylines() {
    }

    static List<String> parse(String raw) {
        if (raw == null) {
            return List.of();
        }
        String s = TextNormalizer.line(raw);
        s = LEADING_BY.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        Set<String> names = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(s)) {
            String name = GLUED_TITLE.matcher(part).replaceFirst("$1").strip();
            if (NAME.matcher(name).matches() && !name.contains("@") && !CREDENTIAL.matcher(name).matches()
                    && !NOT_A_PERSON.matcher(name).find()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * The people a line near the title credits, if it is a byline: "By X", "Posted by X on DATE",
     * "X | Reuters". Empty for any other line, so headlines like "Storm Hits Coast | CNN" stay titles.
     */
    static List<String> ofBylineLine(String line) {
        if (BY_LINE.matcher(line).lookingAt()) {
            return parse(line);
        }
        Matcher credit = AGENCY_CREDIT.matcher(line);
        if (credit.matches()) {
            List<String> names = new ArrayList<>();
            for (String part : SEPARATORS.split(credit.group(1))) {
                // people only: every part must read as a name of its own
                if (!looksLikeName(part)) {
                    return List.of();
                }
                names.add(part.strip());
            }
            return names;
        }
        return List.of();
    }

    /** "Jack Khoury": 2-4 capitalised words, nothing else; how bylines look on a line of their own. */
    static boolean looksLikeName(String line) {
        // hand-written: this runs on every line of every dump
        String s = line.strip();
        int words = 0;
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                wordStart = true;
                continue;
            }
            if (wordStart) {
                words++;
                if (words > 4 || !Character.isUpperCase(s.codePointAt(i))) {
                    return false;
                }
                wordStart = false;
            }
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return words >= 2;
    }
}
