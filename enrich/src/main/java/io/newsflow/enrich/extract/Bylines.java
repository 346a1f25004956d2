package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a raw byline ("By Jane Doe and John Roe - Nov 19, 2019", "Von Anna Beispiel und Jonas
 * Muster") into people's names; the words around the names come from {@link Vocabulary}.
 */
final class Bylines {

    /**
     * "By", "Written by", "Von", "Par", "Por", "Di", "Door", in any case, in every language of
     * {@link Vocabulary}; not "Photo by", "Sponsored by": those are no authors. The page may set a
     * separator before it ("| BY:").
     */
    private static final String BY = "(?iu:" + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::by)) + ")";
    private static final String SEPARATOR_BEFORE = "^[|•·]?\\s*";
    /** {@link #BY} or a label such as "Author:", "Texto:", and the blanks after it. */
    private static final Pattern LEADING_BY = Pattern.compile(SEPARATOR_BEFORE + "(?:" + BY + "|(?iu:"
            + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::authorLabels)) + "))\\s*:?\\s+");
    /** "Bruno (Henrique Costa) Lima": an aside inside a name, which the name goes on after. */
    private static final Pattern INNER_PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)(?=\\s+\\p{Lu})");
    /** "Martin Roux (avec Anne Petit et Paul Blanc)": the co-authors, past the word that introduces them. */
    private static final Pattern CLOSING_PARENTHESIS = Pattern.compile("\\s*\\((?:\\p{Ll}+\\s+)?([^()]*)\\)\\s*$");

    /**
     * Between names: commas, "and" in every language ("und", "et", "y", "e", "en"), in lower case
     * as it joins names, and a full stop after a word and before a capitalised one ("Finian
     * Cunningham. Sputnik International"), not an initial's.
     */
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:,|;|&|\\||\\b"
            + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::and))
            + "\\b|(?<=\\p{L}{3})\\.(?=\\s+\\p{Lu}\\p{L}))\\s*");
    /**
     * A news agency or an outlet set in capitals after a name: "Tom Dawes Associated Press",
     * "Kevin Poe HARBOUR TODAY". One word in capitals is a surname as often ("Jean DUPONT").
     */
    private static final Pattern TRAILING_OUTLET = Pattern.compile(
            "\\s+(?:The )?(?:Associated Press|Reuters|AFP|AP)$|(?<=\\p{Ll}\\S{0,20})\\s+\\p{Lu}{2,}(?:\\s+\\p{Lu}{2,})+$");
    /** A month's or a day's name, in any language: where a date may start. */
    private static final String MONTH_OR_WEEKDAY = Vocabulary.alternation(Vocabulary.all(language -> {
        List<String> words = new ArrayList<>(language.weekdays());
        language.fullMonths().forEach(words::addAll);
        language.abbreviatedMonths().forEach(words::addAll);
        return words;
    }));
    /**
     * Everything from a dash, a date, an e-mail address ("Jane Doe jdoe@example.com"), a
     * social-media handle ("Jane Doe@JaneWrites"), the outlet written for ("for Reuters", "para El
     * País") or a word such as "Updated" onwards is not part of a name. A month's or a day's name
     * starts a date only with the day's digits or a month after it ("Monday, November 18"), and "on", "am", "le" only with a date
     * after them: "Jan de Vries", "Abril Ortega" are people.
     */
    private static final Pattern TAIL = Pattern.compile(
            "\\s+[-–—|•·](?:\\s+.*)?$|\\s+[\\w.+-]+@[\\w-]+\\.\\w.*$|\\s*@.*$"
                    + "|\\s+" + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::forWords)) + "\\s+.*$"
                    + "|\\s+" + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::on))
                    + "\\s+(?=\\d|" + MONTH_OR_WEEKDAY + "\\b).*$"
                    + "|\\s*\\b(?:\\d{1,2}|" + Vocabulary.alternation(Vocabulary.all(Vocabulary.Language::published)) + ")\\b.*$"
                    + "|\\s*\\b" + MONTH_OR_WEEKDAY + "\\b(?=[.,]?\\s*(?:\\d|" + MONTH_OR_WEEKDAY + "\\b)).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A byline line of its own: "By X", "Posted by X on DATE", "Written by X and Y". */
    private static final Pattern BY_LINE = Pattern.compile(SEPARATOR_BEFORE + "(" + BY + ")\\s*:?\\s+\\p{Lu}");
    /** Lines near every headline are asked whether they are By lines: most start like none. */
    private static final MatchStarts BY_LINE_STARTS = new MatchStarts(BY_LINE);
    /**
     * "Jane Doe | Reuters", "Jane Doe - AP": a person credited with a news agency, nothing else on
     * the line. Not "Jane Doe, Associated Press": that is how photo credits under captions read.
     */
    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "^(?:" + BY + "\\s+)?(.+?)\\s*(?:[|•·]|\\s[-–—])\\s*(?:Reuters|REUTERS|AP|Associated Press|AFP|Bloomberg|dpa"
                    + "|UPI|Xinhua|EFE|ANSA|Press Association|PA)\\s*$");
    /** The words {@link #AGENCY_CREDIT} can end with. */
    private static final Set<String> AGENCY_LAST_WORDS = Set.of("Reuters", "REUTERS", "AP", "Press", "AFP", "Bloomberg",
            "dpa", "UPI", "Xinhua", "EFE", "ANSA", "Association", "PA");
    /** The words {@link #JOB_CREDIT} can end with, in lower case. */
    private static final Set<String> JOB_LAST_WORDS = Set.of("writer", "reporter", "correspondent", "editor", "columnist",
            "contributor", "producer", "writers", "reporters", "correspondents", "editors", "columnists", "contributors",
            "producers");
    /** "Tom Brandt, AP Auto Writer": a person with a job title; photo credits under captions have none. */
    private static final Pattern JOB_CREDIT = Pattern.compile(
            "^(.+?),\\s+(?:[\\p{L}.&-]+\\s+){0,3}(?i:writer|reporter|correspondent|editor|columnist|contributor|producer)s?$");
    /**
     * "Chris Dale - Nov 19, 2019, 10:31 pm CST": a person, then when they wrote, to the minute; a
     * place's dateline ("New York - Nov 19, 2019") gives the day only.
     */
    private static final Pattern NAME_THEN_DATE = Pattern.compile("^(.+?)\\s+[-–—|•·]\\s+(.+\\d:\\d\\d.*)$");
    /** "Monday November 18, 2019 7:45 am PST by Joe Marchand": when, then by whom. */
    private static final Pattern DATE_THEN_NAME = Pattern.compile("^(.+?)\\s+" + BY + "\\s+(.+)$");
    /** Degrees and credentials after a name ("Rachel Lane, MS, RD"): not people. */
    private static final Pattern CREDENTIAL = Pattern.compile("\\p{Lu}{2,4}|Ph\\.?D\\.?|M\\.D\\.");
    /** A job title or site glued to the name in a byline box: "Michael HaldenBusiness Columnist". */
    private static final Pattern GLUED_TITLE = Pattern.compile("^(.*\\s\\S*?\\p{Ll}{3})\\p{Lu}.*$");
    /**
     * Parts of a byline that are no person: "IGN Staff", "Cleveland.com", "BBC News", "The
     * Associated Press", "Telegraph Sport", and an acronym beside a capitalised word ("CBS Detroit";
     * two capitals are initials: "AJ Willingham").
     */
    private static final Pattern NOT_A_PERSON = Pattern.compile(
            "\\.(?:com|org|net|co|uk)\\b|^The\\s|\\b(?i:staff|writer|columnist|editor|correspondent|reporter|contributor"
                    + "|news|press|media|times|today|sports?|business|wire|services|agency|international|network|magazine"
                    + "|journal|radio|tv|online|group|digital|desk|team|editorial|newsroom"
                    // newspapers' names, which read like a given name and a surname ("Harbour Gazette")
                    + "|gazette|herald|tribune|chronicle|observer|courier|examiner|inquirer|telegraph|dispatch|bulletin"
                    + "|insider|daily|weekly|guardian|independent|mirror|express|register"
                    // the page's own furniture
                    + "|previous|next|posts?|edition|comments?|home|menu)\\b"
                    + "|\\b\\p{Lu}{3,4}\\b.*\\b\\p{Lu}\\p{Ll}|\\b\\p{Lu}\\p{Ll}.*\\b\\p{Lu}{3,4}\\b");
    /**
     * A given name and a surname at least, capitalised but for the particles of surnames ("Marcus
     * de Guzman", "Ludwig van Beethoven", "Omar al-Bashir"): a single word is as often a site
     * ("Snopes") as a person.
     */
    private static final String PARTICLE = "(?:de|da|do|dos|das|du|van|von|der|den|ter|ten|la|le|di|del|bin|ibn|al|el|y)";
    private static final Set<String> PARTICLES = Set.of(PARTICLE.substring(3, PARTICLE.length() - 1).split("\\|"));
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|" + PARTICLE
            + "|" + PARTICLE + "-\\p{Lu}[\\p{L}.'’-]*)){1,4}$");
    /** Roman numerals and the like after a surname ("Martin Luther King III", "Sammy Davis JR"): capitals, but a person's. */
    private static final Pattern NAME_SUFFIX = Pattern.compile("\\s+(?:[IVX]{1,4}|JR|SR)\\.?$");

    private static final int MIN_SURNAME_IN_HANDLE = 3;
    private static final int MIN_GLUED_LOWER_CASE = 4;
    /** Surname prefixes long enough to pass for a glued word: "VanderMeer", "DellaVolpe". */
    private static final Set<String> SURNAME_PREFIXES = Set.of("vander", "vanden", "della", "delle", "dello");

    private Bylines() {
    }

    static List<String> parse(String raw) {
        if (raw == null) {
            return List.of();
        }
        String s = TextNormalizer.line(raw);
        s = LEADING_BY.matcher(s).replaceFirst("");
        s = TAIL.matcher(s).replaceFirst("");
        s = INNER_PARENTHESIS.matcher(s).replaceAll("");
        s = CLOSING_PARENTHESIS.matcher(s).replaceFirst(", $1");
        Set<String> names = new LinkedHashSet<>();
        for (String part : SEPARATORS.split(s)) {
            String name = GLUED_TITLE.matcher(part).replaceFirst("$1").strip();
            if (!NAME_SUFFIX.matcher(name).find()) {
                name = TRAILING_OUTLET.matcher(name).replaceFirst("");
            }
            name = undoubled(name);
            if (isPerson(name)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** A name written twice over, as a link and its label run together ("Sean Merton Sean Merton"), once. */
    private static String undoubled(String name) {
        int half = name.length() / 2;
        return name.length() % 2 == 1 && name.charAt(half) == ' ' && name.startsWith(name.substring(half + 1))
                ? name.substring(0, half) : name;
    }

    private static boolean isPerson(String name) {
        return NAME.matcher(name).matches() && !name.contains("@") && !CREDENTIAL.matcher(name).matches()
                && !NOT_A_PERSON.matcher(NAME_SUFFIX.matcher(name).replaceFirst("")).find();
    }

    /**
     * The people a line near the title credits, if it is a byline: "By X", "Posted by X on DATE",
     * "X | Reuters". Empty for any other line, so headlines like "Storm Hits Coast | CNN" stay titles.
     */
    static List<String> ofBylineLine(String line) {
        return isByLine(line) ? parse(line) : creditedPeople(line);
    }

    /** Whether the line credits its authors: a "By" line, even of no person ("By European Space Agency"), or a byline line. */
    static boolean isCredit(String line) {
        return isByLine(line) || !creditedPeople(line).isEmpty();
    }

    /** Whether the line starts "By X", "Posted by X", as a byline of its own does. */
    static boolean isByLine(String line) {
        if (!BY_LINE_STARTS.mayMatch(line)) {
            return false;
        }
        Matcher m = BY_LINE.matcher(line);
        // "Von", "Di" also start surnames: a line of one ("Di Montezemolo: lineup is crucial") is a byline only if it names people
        return m.lookingAt() && (!PARTICLES.contains(m.group(1).toLowerCase(Locale.ROOT)) || !parse(line).isEmpty());
    }

    /** The people a line credits other than after "By": with their agency, job title or time of writing. */
    private static List<String> creditedPeople(String line) {
        // each credit ends in its own words: most lines are spared the backtracking patterns
        String last = lastWord(line);
        Matcher m;
        if (AGENCY_LAST_WORDS.contains(last) && (m = AGENCY_CREDIT.matcher(line)).matches()
                || JOB_LAST_WORDS.contains(last.toLowerCase(Locale.ROOT)) && (m = JOB_CREDIT.matcher(line)).matches()) {
            return people(m.group(1));
        }
        // a date can only be told from a name with a regex: only for lines that have a year
        if (Dates.find(line) != null) {
            if ((m = NAME_THEN_DATE.matcher(line)).matches() && Dates.find(m.group(2)) != null) {
                return people(m.group(1));
            }
            if ((m = DATE_THEN_NAME.matcher(line)).matches() && Dates.find(m.group(1)) != null) {
                return people(m.group(2));
            }
        }
        return List.of();
    }

    /** The letters the line ends with, trailing blanks aside: "Jane Doe|Reuters" → "Reuters". */
    private static String lastWord(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(line.charAt(start - 1))) {
            start--;
        }
        return line.substring(start, end);
    }

    /** The names, if every part between the separators reads as a person's name of its own; else none. */
    static List<String> people(String names) {
        List<String> people = new ArrayList<>();
        for (String part : SEPARATORS.split(names)) {
            if (!looksLikeName(part) || !isPerson(part.strip())) {
                return List.of();
            }
            people.add(part.strip());
        }
        return people;
    }

    /** The names of a line that may end in their outlet after a comma: "Jane Doe, Business Insider". */
    static List<String> peopleThenOutlet(String names) {
        List<String> people = people(names);
        int comma = names.lastIndexOf(", ");
        return people.isEmpty() && comma > 0 ? people(names.substring(0, comma)) : people;
    }

    /**
     * Whether {@code handle} is the social-media handle of {@code name}: "@catherinesho" under
     * "Catherine Sho" in a byline box. The handle holds the surname.
     */
    static boolean isHandleOf(String handle, String name) {
        if (!handle.startsWith("@") || handle.contains(" ")) {
            return false;
        }
        String[] words = name.strip().split("\\s+");
        String surname = words[words.length - 1].replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        return surname.length() >= MIN_SURNAME_IN_HANDLE && handle.toLowerCase(Locale.ROOT).contains(surname);
    }

    /**
     * "Jack Kowary": 2-4 capitalised words, nothing else; how bylines look on a line of their own.
     * Not a word glued to the name ("BiographySarah E. Needleman"): names hump after a short
     * prefix ("McDonald", "DeArdo") or a known one ("VanderMeer").
     */
    static boolean looksLikeName(String line) {
        // hand-written: this runs on every line of every dump
        String s = line.strip();
        int words = 0;
        int lowerInARow = 0;
        int wordStartAt = 0;
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c >= '\t' && c <= '\r') {
                wordStart = true;
                continue;
            }
            if (wordStart) {
                wordStartAt = i;
                words++;
                if (words > 4 || !Character.isUpperCase(s.codePointAt(i))) {
                    return false;
                }
                wordStart = false;
            }
            if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
            lowerInARow = Character.isLowerCase(c) ? lowerInARow + 1 : 0;
            if (lowerInARow >= MIN_GLUED_LOWER_CASE && i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1))
                    && !SURNAME_PREFIXES.contains(s.substring(wordStartAt, i + 1).toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return words >= 2;
    }
}
