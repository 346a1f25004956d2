package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Page furniture recognised by its wording: tool widgets, share rows, login and comment
 * prompts, agency footers, caption credits and skip links. Wording alone never condemns a long
 * prose line except for the few footer/prompt sentences that only ever occur as furniture.
 */
final class BoilerplatePhrases {

    /**
     * Furniture sentences, whatever the line's length, each with a word boundary in front and a
     * literal it cannot match without: this runs on every line of every page, and the literal test
     * spares almost every line the regex.
     */
    private record Phrase(String literal, Pattern pattern, Place place) {
        /** Where the literal must stand in the line for the pattern to match: a test much cheaper than searching. */
        private enum Place { START, END, ANYWHERE }

        Phrase(String literal, String regex) {
            this(literal, Pattern.compile("\\b(?:" + regex + ")"), place(literal, regex));
        }

        /** A phrase that starts with punctuation, where a word boundary in front would never match. */
        static Phrase glued(String literal, String regex) {
            return new Phrase(literal, Pattern.compile(regex), place(literal, regex));
        }

        private static Place place(String literal, String regex) {
            return regex.startsWith("^" + literal) ? Place.START : regex.endsWith(literal + "$") ? Place.END : Place.ANYWHERE;
        }

        boolean isIn(String lowerCaseLine) {
            boolean literalThere = switch (place) {
                case START -> lowerCaseLine.startsWith(literal);
                case END -> lowerCaseLine.endsWith(literal);
                case ANYWHERE -> lowerCaseLine.contains(literal);
            };
            return literalThere && pattern.matcher(lowerCaseLine).find();
        }
    }

    private static final List<Phrase> ANYWHERE = List.of(
            new Phrase("news agency", "is a news agency founded in \\d{4}"),
            new Phrase("rights reserved", "all rights reserved\\b"),
            new Phrase("may not be", "may not be (?:published|reproduced|redistributed|rewritten)"),
            new Phrase("may be reproduced", "no part (?:of this \\w+ )?may be reproduced"),
            new Phrase("copyright", "is subject to copyright\\b"),
            new Phrase("subscribe to", "subscribe to (?:our|the)\\b.*\\b(?:feed|newsletter|updates|channel)"),
            new Phrase("already ", "already (?:signed up|a subscriber|registered|have an account)\\b"),
            new Phrase("in to ", "(?:log|sign) ?in to (?:comment|continue|read|post)"),
            new Phrase("subscriber comments", "subscriber comments\\b"),
            new Phrase("click the ", "click the \\w+ icon\\b"),
            new Phrase("follow @", "follow @\\w+"),
            new Phrase(" a comment", "(?:leave|post|add|write) a comment\\b"),
            new Phrase(" a reply", "(?:leave|post|add|write) a reply\\b"),
            new Phrase("closed", "comments? (?:are|is) closed\\b"),
            new Phrase("credit:", "credit: ?[^.!?]{0,60}$"),
            // photo credits close captions: "(AP Photo/Mark Humphrey)", "REUTERS/Brendan McDermid", "(Photo by X/Getty Images)"
            new Phrase(" photo", "(?:ap|afp|epa|reuters) photo(?:/[^()]{0,60})?\\)\\s*$"),
            new Phrase("/", "(?:reuters|afp|getty images|epa|ap)/[^.!?]{0,60}$"),
            new Phrase("photo", "photo(?: by|:)[^()]{0,80}\\)\\s*$"),
            new Phrase("image", "image(?: by|:)[^()]{0,80}\\)\\s*$"),
            new Phrase("picture", "picture(?: by|:)[^()]{0,80}\\)\\s*$"),
            new Phrase("by continuing to ", "by continuing to (?:use|browse)\\b"),
            new Phrase("we use cookies", "we use cookies\\b"),
            new Phrase("send in e", "send in e-?mail"),
            // agency captions: "In this photo issued by ITV, ...", "In this Dec. 12, 2006, file photo, ..."
            new Phrase("in this ", "^in this [^!?]{0,40}\\b(?:photo|image|picture)\\b"),
            // credits after a caption: "J. Scott Applewhite / AP file", "(Paul Buckowski/Times Union)"
            Phrase.glued("/", " ?/ ?(?:ap|afp|reuters|getty images|epa)(?: file)?\\)?$"),
            Phrase.glued("/", "\\((?:[\\p{L}.'’-]+ ){1,3}[\\p{L}.'’-]+ ?/ ?[^()/]{2,40}\\)$"),
            new Phrase("preview thumbnail", "preview thumbnail"),
            // newsletter, donation and legal footers
            new Phrase("inbox", "(?:to|in|on|meet) your inbox\\b"),
            new Phrase("newsletter", "(?:sign up|subscribe|join)(?: now)?(?: to| for)? (?:our|the|a) [\\w ]{0,30}newsletter"),
            new Phrase("signing up", "thanks? (?:you )?for signing up\\b"),
            new Phrase("unsubscribe", "unsubscribe at any time\\b"),
            new Phrase("like this ", "^like this (?:article|story|post)\\?"),
            // links to other stories, whatever their length: "Read more: ...", "[Related: ...]", "Also on rt.com"
            Phrase.glued(":", "^\\[?(?:read more|see more|also read|read also|related|also|more|watch|listen|leggi anche|lesen sie auch|lire aussi|leia também)\\b[^:]{0,20}:"),
            new Phrase("also on ", "^also on \\S+$"),
            Phrase.glued("]", "\\[(?:insight|video|reaction|news|warning|pics|photos|latest|analysis|poll|revealed|watch)\\]\\|?$"),
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
            new Phrase("recaptcha", "protected by recaptcha"),
            new Phrase("trademark", "(?:are|is a) registered trademarks? of\\b"),
            new Phrase("not been evaluated", "not been evaluated by the food and drug administration"),
            new Phrase("informational purposes", "for (?:general )?informational purposes only"));

    /** Furniture labels, only on short lines (a headline may well start with "More"). */
    private static final Pattern SHORT_LINE = Pattern.compile(
            "^(?:accessibility links|skip to (?:main )?content|skip navigation|breaking news|jump to|back to top"
                    + "|advertisements?|sponsored(?: content)?|read more|continue reading|read also|see also|also read"
                    + "|related(?: articles| stories| posts| news| content|:)?|recommended(?: for you)?|you may also like"
                    + "|more (?:from|on|stories|news|articles|videos)\\b|most (?:read|popular|viewed|shared)|trending"
                    + "|(?:photo|image|picture|credit|caption|source)s?:|tags?:|filed under|posted in|categories:"
                    + "|share (?:this|on|via)|follow us|sign up|log ?in\\b|sign ?in\\b|register\\b|subscribe\\b"
                    + "|(?:image |photo |picture |slide )?\\d+ ?(?:of|/) ?\\d+$|newsletter|print this|permalink|loading\\b|click here|getty images|(?:ap|afp|epa|reuters)(?: photo)?$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
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
    private static final int SHORT_WORDS = 10;

    /** Words that make up share rows and tool widgets ("Print E-mail", "Twitter Facebook Myspace ..."). */
    private static final Set<String> WIDGET_WORDS = Set.of(
            "print", "e", "mail", "email", "share", "shares", "tweet", "send", "font", "size", "larger", "smaller",
            "text", "facebook", "twitter", "myspace", "stumbleupon", "digg", "technorati", "aol", "blogger", "google",
            "reddit", "linkedin", "whatsapp", "pinterest", "tumblr", "telegram", "messenger", "flipboard", "pocket",
            "rss", "feed", "comment", "comments", "copy", "link", "save", "bookmark", "like", "pin", "youtube",
            "instagram", "x", "close", "menu", "search", "home", "login", "logout", "subscribe", "follow", "reply", "click",
            "opens", "new", "window", "tab", "sms", "embed");
    /** Longer words, in any case, are none of the {@link #WIDGET_WORDS}: lower-casing never shortens a word. */
    private static final int WIDGET_WORD_LONGEST = WIDGET_WORDS.stream().mapToInt(String::length).max().orElse(0);

    private BoilerplatePhrases() {
    }

    static boolean isBoilerplate(String line, List<String> words, String language) {
        return isBoilerplate(line, line.toLowerCase(Locale.ROOT), words, language);
    }

    /** The same test for a caller that has the line in lower case already. */
    static boolean isBoilerplate(String line, String lowerCaseLine, List<String> words, String language) {
        for (Phrase phrase : ANYWHERE) {
            if (phrase.isIn(lowerCaseLine)) {
                return true;
            }
        }
        if ((words.size() <= AUTHOR_HEADING_WORDS && startsAuthorHeading(line) || lowerCaseLine.contains(" is a"))
                && AUTHOR_BOX.matcher(line).lookingAt()) {
            return true;
        }
        return words.size() <= SHORT_WORDS && (SHORT_LINE_STARTS.mayMatch(line) && SHORT_LINE.matcher(line).lookingAt()
                || isWidgetRow(words, language));
    }

    private static boolean isWidgetRow(List<String> words, String language) {
        int languageIndex = language == null ? -1 : StopWords.LANGUAGES.indexOf(language);
        int functionWordBit = languageIndex < 0 ? 0 : 1 << languageIndex;
        int widget = 0;
        int content = 0;
        for (String glued : words) {
            int start = 0;
            for (int i = 1; i <= glued.length(); i++) {
                // glued camel words as in "Send in e-mailSend in e-mail" count one by one
                if (i == glued.length() || isCamelJoint(glued.charAt(i - 1), glued.charAt(i))) {
                    // a word in any case: lower-cased only to be looked up among the widget words
                    String w = start == 0 && i == glued.length() ? glued : glued.substring(start, i);
                    start = i;
                    if ((StopWords.languagesOf(w) & functionWordBit) != 0) {
                        continue;
                    }
                    content++;
                    if (w.length() <= WIDGET_WORD_LONGEST
                            && WIDGET_WORDS.contains(isLowerCaseAscii(w) ? w : w.toLowerCase(Locale.ROOT))) {
                        widget++;
                    }
                }
            }
        }
        return content > 0 && widget * 10 >= content * 6;
    }

    /** A lower-case letter then an upper-case one, ASCII answered first; this runs on short lines' characters. */
    /** The first words {@link #AUTHOR_BOX} headings can start with: most lines need no regex. */
    private static boolean startsAuthorHeading(String line) {
        return line.startsWith("About ") || line.startsWith("Über ") || line.startsWith("Sobre ")
                || line.startsWith("À propos ");
    }

    private static boolean isLowerCaseAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    private static boolean isCamelJoint(char before, char after) {
        if ((before | after) < 0x80) {
            return before >= 'a' && before <= 'z' && after >= 'A' && after <= 'Z';
        }
        return Character.getType(before) == Character.LOWERCASE_LETTER
                && Character.getType(after) == Character.UPPERCASE_LETTER;
    }
}
