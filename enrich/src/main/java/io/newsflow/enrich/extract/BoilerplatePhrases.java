package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Page furniture recognised by its wording: tool widgets, share rows, login and comment
 * prompts, agency footers, caption credits and skip links. Wording alone never condemns a long
 * prose line except for the few footer/prompt sentences that only ever occur as furniture.
 */
final class BoilerplatePhrases {

    /**
     * Furniture sentences, whatever the line's length, each with a word boundary in front and a
     * literal it cannot match without: this runs on every line of every page, and the literal test
     * spares almost every line the regex. What the pattern says of where it stands spares most of
     * the rest the search: a pattern anchored at the start is tried there only, and only on lines
     * that start as it can ({@code starts}), one that ends in a closing parenthesis only on lines
     * that end in one, one that starts with its literal only where the literal stands, and one
     * that ends the line within a {@code window} of characters only on that tail of the line. A
     * window is twice the pattern's longest match in code points: a character beyond the BMP
     * takes two chars.
     */
    private record Phrase(String literal, Pattern pattern, Place place, MatchStarts starts, boolean closesParenthesis,
            int window) {
        /**
         * Where the literal must stand in the line for the pattern to match, a test much cheaper than
         * searching; START_ANCHORED: the pattern starts at the line's start, its literal elsewhere;
         * AT_LITERAL: the pattern starts with its literal, wherever that stands.
         */
        private enum Place { START, START_ANCHORED, END, AT_LITERAL, ANYWHERE }

        Phrase(String literal, String regex) {
            this(literal, regex, 0);
        }

        /** A phrase ending the line and at most {@code window} characters long. */
        Phrase(String literal, String regex, int window) {
            this(literal, Pattern.compile("\\b(?:" + regex + ")"), regex, window);
        }

        private Phrase(String literal, Pattern pattern, String regex, int window) {
            this(literal, pattern, place(literal, regex, window), closesParenthesis(regex), window);
        }

        private Phrase(String literal, Pattern pattern, Place place, boolean closesParenthesis, int window) {
            this(literal, pattern, place, place == Place.START_ANCHORED ? new MatchStarts(pattern) : null,
                    closesParenthesis, window);
        }

        /** A phrase that starts with punctuation, where a word boundary in front would never match. */
        static Phrase glued(String literal, String regex) {
            return glued(literal, regex, 0);
        }

        /** The same, ending the line and at most {@code window} characters long. */
        static Phrase glued(String literal, String regex, int window) {
            return new Phrase(literal, Pattern.compile(regex), regex, window);
        }

        private static Place place(String literal, String regex, int window) {
            return regex.startsWith("^" + literal) ? Place.START : regex.startsWith("^") ? Place.START_ANCHORED
                    : regex.endsWith(literal + "$") ? Place.END
                    : startsWithWhole(regex, literal) && window == 0 ? Place.AT_LITERAL : Place.ANYWHERE;
        }

        /** Whether every match of {@code regex} starts with {@code literal}: its last letter is not made optional ("thanks?"). */
        private static boolean startsWithWhole(String regex, String literal) {
            return regex.startsWith(literal)
                    && (regex.length() == literal.length() || "?*{".indexOf(regex.charAt(literal.length())) < 0);
        }

        private static boolean closesParenthesis(String regex) {
            return regex.endsWith("\\)$") || regex.endsWith("\\)\\s*$");
        }

        /**
         * False if the phrase cannot be in the line, its literal being somewhere in it; asked of
         * the line as written, so that most lines are never lower-cased. Case aside, the literal
         * stands where it must ({@link MatchStarts} reads only the line's first characters).
         */
        boolean mayBeIn(String line) {
            boolean literalThere = switch (place) {
                case START -> line.regionMatches(true, 0, literal, 0, literal.length());
                case START_ANCHORED -> starts.mayMatch(MatchStarts.lowerCaseStart(line));
                case END -> line.regionMatches(true, line.length() - literal.length(), literal, 0, literal.length());
                case AT_LITERAL, ANYWHERE -> true;
            };
            return literalThere && (!closesParenthesis || endsInParenthesis(line));
        }

        /** Whether the phrase is in a line {@link #mayBeIn} let through, given in lower case. */
        boolean isIn(String lowerCaseLine) {
            Matcher m = pattern.matcher(lowerCaseLine);
            if (place == Place.START || place == Place.START_ANCHORED) {
                return m.lookingAt();
            }
            if (place == Place.AT_LITERAL) {
                // the word boundary in front looks at the character before the literal
                m.useTransparentBounds(true).useAnchoringBounds(false);
                for (int at = lowerCaseLine.indexOf(literal); at >= 0; at = lowerCaseLine.indexOf(literal, at + 1)) {
                    if (m.region(at, lowerCaseLine.length()).lookingAt()) {
                        return true;
                    }
                }
                return false;
            }
            if (window > 0 && lowerCaseLine.length() > window) {
                // the word boundary in front looks at the character before the tail
                m.region(lowerCaseLine.length() - window, lowerCaseLine.length()).useTransparentBounds(true)
                        .useAnchoringBounds(false);
            }
            return m.find();
        }

        private static boolean endsInParenthesis(String line) {
            int end = line.length() - 1;
            while (end >= 0 && Character.isWhitespace(line.charAt(end))) {
                end--;
            }
            return end >= 0 && line.charAt(end) == ')';
        }
    }

    private static final List<Phrase> ANYWHERE = List.of(
            new Phrase("is a news agency", "is a news agency founded in \\d{4}"),
            new Phrase("all rights reserved", "all rights reserved\\b"),
            new Phrase("may not be", "may not be (?:published|reproduced|redistributed|rewritten)"),
            new Phrase("no part ", "no part (?:of this \\w+ )?may be reproduced"),
            new Phrase("is subject to copyright", "is subject to copyright\\b"),
            new Phrase("subscribe to", "subscribe to (?:our|the)\\b.*\\b(?:feed|newsletter|updates|channel)"),
            new Phrase("already ", "already (?:signed up|a subscriber|registered|have an account)\\b"),
            new Phrase("in to ", "(?:log|sign) ?in to (?:comment|continue|read|post)"),
            new Phrase("subscriber comments", "subscriber comments\\b"),
            new Phrase("click the ", "click the \\w+ icon\\b"),
            new Phrase("follow @", "follow @\\w+"),
            new Phrase(" a comment", "(?:leave|post|add|write) a comment\\b"),
            new Phrase(" a reply", "(?:leave|post|add|write) a reply\\b"),
            new Phrase("comment", "comments? (?:are|is) closed\\b"),
            new Phrase("credit:", "credit: ?[^.!?]{0,60}$", 2 * 68),
            // photo credits close captions: "(AP Photo/Mark Humphrey)", "REUTERS/Brendan McDermid", "(Photo by X/Getty Images)"
            new Phrase(" photo", "(?:ap|afp|epa|reuters) photo(?:/[^()]{0,60})?\\)\\s*$"),
            // one phrase per last letter before the slash: "/" alone is in every address and date
            new Phrase("s/", "(?:reuters|getty images)/[^.!?]{0,60}$", 2 * 73),
            new Phrase("p/", "(?:afp|ap)/[^.!?]{0,60}$", 2 * 64),
            new Phrase("a/", "epa/[^.!?]{0,60}$", 2 * 64),
            new Phrase("photo", "photo(?: by|:)[^()]{0,80}\\)\\s*$"),
            new Phrase("image", "image(?: by|:)[^()]{0,80}\\)\\s*$"),
            new Phrase("picture", "picture(?: by|:)[^()]{0,80}\\)\\s*$"),
            new Phrase("by continuing to ", "by continuing to (?:use|browse)\\b"),
            new Phrase("we use cookies", "we use cookies\\b"),
            new Phrase("send in e", "send in e-?mail"),
            // agency captions: "In this photo issued by ITV, ...", "In this Dec. 12, 2006, file photo, ..."
            new Phrase("in this ", "^in this [^!?]{0,40}\\b(?:photo|image|picture)\\b"),
            // credits after a caption: "J. Scott Applewhite / AP file", "(Paul Buckowski/Times Union)"
            Phrase.glued("/", " ?/ ?(?:ap|afp|reuters|getty images|epa)(?: file)?\\)?$", 2 * 21),
            Phrase.glued("/", "\\((?:[\\p{L}.'’-]+ ){1,3}[\\p{L}.'’-]+ ?/ ?[^()/]{2,40}\\)$"),
            new Phrase("preview thumbnail", "preview thumbnail"),
            // newsletter, donation and legal footers
            new Phrase("inbox", "(?:to|in|on|meet) your inbox\\b"),
            new Phrase("newsletter", "(?:sign up|subscribe|join)(?: now)?(?: to| for)? (?:our|the|a) [\\w ]{0,30}newsletter"),
            new Phrase("thank", "thanks? (?:you )?for signing up\\b"),
            new Phrase("unsubscribe", "unsubscribe at any time\\b"),
            new Phrase("like this ", "^like this (?:article|story|post)\\?"),
            // links to other stories, whatever their length: "Read more: ...", "[Related: ...]", "Also on rt.com"
            Phrase.glued(":", "^\\[?(?:read more|see more|also read|read also|related|also|more|watch|listen|leggi anche|lesen sie auch|lire aussi|leia também)\\b[^:]{0,20}:"),
            new Phrase("also on ", "^also on \\S+$"),
            Phrase.glued("]", "\\[(?:insight|video|reaction|news|warning|pics|photos|latest|analysis|poll|revealed|watch)\\]\\|?$", 2 * 12),
            // picture credits and captions: "Credit...Doug Mills/The New York Times", "Image copyright @BigMachine"
            new Phrase("credit", "credit(?:\\.\\.\\.|…)"),
            new Phrase("image copyright", "^image copyright\\b"),
            new Phrase("media caption", "^media caption"),
            new Phrase("file photo", "^file photo:"),
            new Phrase("submitted photo", "^[^.!?]{0,60}\\bsubmitted photo$"),
            new Phrase("courtesy", "^(?:photo |image )?courtesy(?: of)? [^.!?]{0,60}$"),
            new Phrase("reached at", "(?:may|can) be reached at\\b"),
            new Phrase("follow ", "follow (?:him|her|them|us|me) on (?:twitter|facebook|instagram)\\b"),
            new Phrase("contributed", "contributed (?:reporting|to this report)\\b"),
            new Phrase("protected by recaptcha", "protected by recaptcha"),
            new Phrase("trademark", "(?:are|is a) registered trademarks? of\\b"),
            new Phrase("not been evaluated", "not been evaluated by the food and drug administration"),
            new Phrase("informational purposes", "for (?:general )?informational purposes only"));

    /** The literals of {@link #ANYWHERE}, by index: which occur in a line is one pass over it. */
    private static final Literals ANYWHERE_LITERALS = new Literals(ANYWHERE.stream().map(Phrase::literal).toList());

    /**
     * Furniture labels, only on short lines (a headline may well start with "More"); their words
     * are ASCII, matched in any ASCII case, which is the fast way to match without case.
     */
    private static final Pattern SHORT_LINE = Pattern.compile(
            "^(?:accessibility links|skip to (?:main )?content|skip navigation|breaking news|jump to|back to top"
                    + "|advertisements?|sponsored(?: content)?|read more|continue reading|read also|see also|also read"
                    + "|related(?: articles| stories| posts| news| content|:)?|recommended(?: for you)?|you may also like"
                    + "|more (?:from|on|stories|news|articles|videos)\\b|most (?:read|popular|viewed|shared)|trending"
                    + "|(?:photo|image|picture|credit|caption|source)s?:|tags?:|filed under|posted in|categories:"
                    + "|share (?:this|on|via)|follow us|sign up|log ?in\\b|sign ?in\\b|register\\b|subscribe\\b"
                    // form prompts: "Enter City and State or Zip Code", "Enter your email address"
                    + "|enter (?:your |a )?(?:city|zip|postal|location|e-?mail|search)"
                    + "|(?:image |photo |picture |slide )?\\d+ ?(?:of|/) ?\\d+$|newsletter|print this|permalink|loading\\b|click here|getty images|(?:ap|afp|epa|reuters)(?: photo)?$)",
            Pattern.CASE_INSENSITIVE);
    private static final MatchStarts SHORT_LINE_STARTS = new MatchStarts(SHORT_LINE);

    /**
     * The author box, told by a capitalised name, so it needs the line as written: "About Brigit
     * Katz", "Brigit Katz is a freelance writer based in Toronto.", but not "About the study".
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
        // the phrases' patterns read the line in lower case: most lines hold none of their literals, or not where they must
        String lowerCaseLine = null;
        for (long hits = ANYWHERE_LITERALS.in(line); hits != 0; hits &= hits - 1) {
            Phrase phrase = ANYWHERE.get(Long.numberOfTrailingZeros(hits));
            if (phrase.mayBeIn(line)) {
                lowerCaseLine = lowerCaseLine == null ? line.toLowerCase(Locale.ROOT) : lowerCaseLine;
                if (phrase.isIn(lowerCaseLine)) {
                    return true;
                }
            }
        }
        if ((words.size() <= AUTHOR_HEADING_WORDS && startsAuthorHeading(line) || isAnAfterAName(line))
                && AUTHOR_BOX.matcher(line).lookingAt()) {
            return true;
        }
        return words.size() <= SHORT_WORDS && (SHORT_LINE_STARTS.mayMatch(line) && SHORT_LINE.matcher(line).lookingAt()
                || isWidgetRow(words, language));
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
