package io.newsflow.enrich.extract;

import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Page furniture recognised by its wording: tool widgets, share rows, login and comment prompts,
 * copyright footers, caption credits and skip links. The phrases are every language's, read from
 * the language files ({@link Phrases}); this class knows where each kind must stand. Wording alone
 * never condemns a long prose line except for the footer and prompt sentences that only ever occur
 * as furniture.
 */
final class BoilerplatePhrases {

    /** Furniture sentences, wherever they stand and whatever the line's length: "All rights reserved". */
    private static final Phrases ANYWHERE = Phrases.of("furniture", Phrases.Place.ANYWHERE);
    private static final Phrases COMMENT_PROMPTS = Phrases.of("comment-prompts", Phrases.Place.ANYWHERE);
    /** The same, only at the line's start: "Media caption". */
    private static final Phrases AT_START = Phrases.of("furniture-start", Phrases.Place.START);
    /** The same, a whole line: "Also on rt.com". */
    private static final Phrases WHOLE_LINES = Phrases.of("furniture-lines", Phrases.Place.WHOLE_LINE);
    /** Furniture labels, only on short lines, for a headline may well start with "More". */
    private static final Phrases LABELS = Phrases.of("furniture-labels", Phrases.Place.START);
    /** Links to other stories, whatever their length: "Read more: ...", "[Related: ...]". */
    private static final Pattern LINK_LABEL = Pattern.compile("^\\[?"
            + Vocabulary.alternation(Vocabulary.all(language -> language.phrases("link-labels"))) + "\\b[^:]{0,20}:",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A tag in square brackets ending a teaser link: "... die after eating marmot [INSIGHT]". */
    private static final Pattern TAG = Pattern.compile("\\["
            + Vocabulary.alternation(Vocabulary.all(language -> language.phrases("tags"))) + "\\]\\|?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The wire agencies whose names credit pictures on pages of every outlet. */
    private static final String AGENCY = "(?:ap|afp|epa|reuters|getty images)";
    /**
     * Picture credits, which end a caption or stand alone: "Credit: AP", "Credit...Jane Doe/Harbour Gazette", "(AP Photo/Mark Lennihan)",
     * "REUTERS/Jane Doe", "(Photo by Jane Doe/Getty Images)", "Jane Doe / AP file", "(Jane Doe/Harbour Gazette)".
     */
    private static final Pattern CREDIT = Pattern.compile("(?:\\bcredit(?::|\\.\\.\\.|…) ?[^.!?]{0,60}"
            + "|\\b(?:ap|afp|epa|reuters) photo(?:/[^()]{0,60})?\\)\\s*"
            + "|\\b" + AGENCY + "/[^.!?]{0,60}"
            + "|\\b(?:photo|image)(?: by|:)[^()]{0,80}\\)\\s*"
            + "| ?/ ?" + AGENCY + "(?: file)?\\)?"
            + "|\\((?:[\\p{L}.'’-]+ ){1,3}[\\p{L}.'’-]+ ?/ ?[^()/]{2,40}\\))$", Pattern.CASE_INSENSITIVE);
    /** The most characters a {@link #CREDIT} takes at the line's end. */
    private static final int CREDIT_LENGTH = 100;
    /** Short lines that are a credit or a picture count: "AP Photo", "Image 3 of 12". */
    private static final Pattern SHORT_CREDIT_OR_COUNT = Pattern.compile(
            "(?:(?:image |photo |picture |slide )?\\d+ ?(?:of|/) ?\\d+|" + AGENCY + "(?: photo)?)",
            Pattern.CASE_INSENSITIVE);

    /**
     * The author box, told by a capitalised name, so it needs the line as written: "About Jane
     * Doe", "Jane Doe is a freelance writer based in Harbour City.", but not "About the study".
     */
    private static final Pattern AUTHOR_BOX = Pattern.compile(
            "^(?:(?:About|Über|Sobre|À propos de) (?:the author|\\p{Lu}\\p{L}+(?: \\p{Lu}\\p{L}+){0,3})$"
                    + "|(?:\\p{Lu}[\\p{L}.'’-]* ){1,3}is an? (?:[\\p{L}-]+ ){0,4}"
                    + "(?iu:writer|reporter|journalist|correspondent|editor|columnist|contributor|producer)\\b)");

    private static final int AUTHOR_HEADING_WORDS = 6;
    /** The most words of a name {@link #AUTHOR_BOX} reads before "is a". */
    private static final int AUTHOR_NAME_WORDS = 3;
    private static final int SHORT_WORDS = 10;

    /** Words that make up share rows and tool widgets ("Print E-mail", "Twitter Facebook Myspace ..."), each worth 1. */
    private static final WordTable WIDGET_WORDS = new WordTable(Stream.of(
            "print", "e", "mail", "email", "share", "shares", "tweet", "send", "font", "size", "larger", "smaller",
            "text", "facebook", "twitter", "myspace", "stumbleupon", "digg", "technorati", "aol", "blogger", "google",
            "reddit", "linkedin", "whatsapp", "pinterest", "tumblr", "telegram", "messenger", "flipboard", "pocket",
            "rss", "feed", "comment", "comments", "copy", "link", "save", "bookmark", "like", "pin", "youtube",
            "instagram", "x", "close", "menu", "search", "home", "login", "logout", "subscribe", "follow", "reply", "click",
            "opens", "new", "window", "tab", "sms", "embed").collect(Collectors.toMap(w -> w, w -> 1)));

    /** 1 for the ASCII lower-case letters, and for the upper-case ones, by character. */
    private static final byte[] ASCII_LOWER_CASE = new byte[0x80];
    private static final byte[] ASCII_UPPER_CASE = new byte[0x80];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII_LOWER_CASE[c] = 1;
            ASCII_UPPER_CASE[Character.toUpperCase(c)] = 1;
        }
    }

    private BoilerplatePhrases() {
    }

    static boolean isBoilerplate(String line, Tokens words, String language) {
        Tokens lineWords = words.text().equals(line) ? words : Words.of(line);
        if (ANYWHERE.in(lineWords) || COMMENT_PROMPTS.in(lineWords) || AT_START.in(lineWords)
                || WHOLE_LINES.in(lineWords) || isCredit(line)
                || line.indexOf(':') >= 0 && LINK_LABEL.matcher(line).lookingAt()
                || (line.endsWith("]") || line.endsWith("]|")) && TAG.matcher(line).find()) {
            return true;
        }
        if ((words.size() <= AUTHOR_HEADING_WORDS && startsAuthorHeading(line) || isAnAfterAName(line))
                && AUTHOR_BOX.matcher(line).lookingAt()) {
            return true;
        }
        return words.size() <= SHORT_WORDS && (LABELS.in(lineWords) || SHORT_CREDIT_OR_COUNT.matcher(line).matches()
                || isWidgetRow(words, language));
    }

    /** Every {@link #CREDIT} ends in a closing parenthesis or has a slash, a colon or "credit" near the end: most lines need no search. */
    private static boolean isCredit(String line) {
        int from = Math.max(0, line.length() - CREDIT_LENGTH);
        if (!line.endsWith(")") && line.indexOf('/', from) < 0 && line.indexOf(':', from) < 0
                && line.indexOf("redit", from) < 0 && line.indexOf("REDIT", from) < 0) {
            return false;
        }
        // the word boundary in front looks at the character before the tail
        return CREDIT.matcher(line).region(from, line.length()).useTransparentBounds(true).useAnchoringBounds(false).find();
    }

    private static boolean isWidgetRow(Tokens words, String language) {
        int languageIndex = language == null ? -1 : StopWords.LANGUAGES.indexOf(language);
        int functionWordBit = languageIndex < 0 ? 0 : 1 << languageIndex;
        String text = words.text();
        int widget = 0;
        int content = 0;
        for (int k = 0; k < words.size(); k++) {
            int start = words.start(k);
            int end = words.end(k);
            for (int from = start, i = start + 1; i <= end; i++) {
                // glued camel words as in "Send in e-mailSend in e-mail" count one by one
                if (i == end || isCamelJoint(text.charAt(i - 1), text.charAt(i))) {
                    int languages = from == start && i == end ? words.functionWordLanguages(k)
                            : StopWords.languagesOf(text, from, i);
                    if ((languages & functionWordBit) == 0) {
                        content++;
                        widget += WIDGET_WORDS.get(text, from, i);
                    }
                    from = i;
                }
            }
        }
        return content > 0 && widget * 10 >= content * 6;
    }

    /**
     * Whether "is a" follows the line's first three words or fewer, as in an author box's "Jane
     * Doe is a writer": looked for at those words' spaces only, for it runs on every line.
     */
    private static boolean isAnAfterAName(String line) {
        int spaces = 0;
        for (int i = line.indexOf(' '); i > 0 && spaces < AUTHOR_NAME_WORDS; i = line.indexOf(' ', i + 1)) {
            if (line.startsWith(" is a", i)) {
                return true;
            }
            spaces++;
        }
        return false;
    }

    /** The first words {@link #AUTHOR_BOX} headings can start with: most lines need no regex. */
    private static boolean startsAuthorHeading(String line) {
        char first = line.isEmpty() ? ' ' : line.charAt(0);
        return (first == 'A' || first == 'Ü' || first == 'S' || first == 'À') && (line.startsWith("About ")
                || line.startsWith("Über ") || line.startsWith("Sobre ") || line.startsWith("À propos "));
    }

    /**
     * A lower-case letter then an upper-case one, ASCII answered by table; this runs on short
     * lines' characters, and a test that is almost always false costs no mispredicted branches.
     */
    private static boolean isCamelJoint(char before, char after) {
        if ((before | after) < 0x80) {
            return (ASCII_LOWER_CASE[before] & ASCII_UPPER_CASE[after]) != 0;
        }
        return Character.getType(before) == Character.LOWERCASE_LETTER
                && Character.getType(after) == Character.UPPERCASE_LETTER;
    }
}
