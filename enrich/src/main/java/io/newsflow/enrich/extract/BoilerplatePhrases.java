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
     * Furniture sentences, whatever the line's length. Matched against the lower-cased line, with
     * one word boundary in front of all of them: this runs on every line of every page.
     */
    private static final Pattern ANYWHERE = Pattern.compile("\\b(?:" + String.join("|",
            "is a news agency founded in \\d{4}",
            "all rights reserved\\b",
            "may not be (?:published|reproduced|redistributed|rewritten)",
            "no part (?:of this \\w+ )?may be reproduced",
            "is subject to copyright\\b",
            "subscribe to (?:our|the)\\b.*\\b(?:feed|newsletter|updates|channel)",
            "already (?:signed up|a subscriber|registered|have an account)\\b",
            "(?:log|sign) ?in to (?:comment|continue|read|post)",
            "subscriber comments\\b",
            "click the \\w+ icon\\b",
            "follow @\\w+",
            "(?:leave|post|add|write) a (?:comment|reply)\\b",
            "comments? (?:are|is) closed\\b",
            "credit: ?[^.!?]{0,60}$",
            // photo credits close captions: "(AP Photo/Mark Humphrey)", "REUTERS/Brendan McDermid", "(Photo by X/Getty Images)"
            "(?:ap|afp|epa|reuters) photo(?:/[^()]{0,60})?\\)\\s*$",
            "(?:reuters|afp|getty images|epa|ap)/[^.!?]{0,60}$",
            "(?:photo|image|picture)(?: by|:)[^()]{0,80}\\)\\s*$",
            "by continuing to (?:use|browse)\\b",
            "we use cookies\\b",
            "send in e-?mail") + ")");

    /** Furniture labels, only on short lines (a headline may well start with "More"). */
    private static final Pattern SHORT_LINE = Pattern.compile(
            "^(?:accessibility links|skip to (?:main )?content|skip navigation|breaking news|jump to|back to top"
                    + "|advertisements?|sponsored(?: content)?|read more|continue reading|read also|see also|also read"
                    + "|related(?: articles| stories| posts| news| content|:)?|recommended(?: for you)?|you may also like"
                    + "|more (?:from|on|stories|news|articles|videos)\\b|most (?:read|popular|viewed|shared)|trending"
                    + "|(?:photo|image|picture|credit|caption|source)s?:|tags?:|filed under|posted in|categories:"
                    + "|share (?:this|on|via)|follow us|sign up|log ?in\\b|sign ?in\\b|register\\b|subscribe\\b"
                    + "|newsletter|print this|permalink|loading\\b|click here|getty images|(?:ap|afp|epa|reuters)(?: photo)?$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final int SHORT_WORDS = 10;

    /** Words that make up share rows and tool widgets ("Print E-mail", "Twitter Facebook Myspace ..."). */
    private static final Set<String> WIDGET_WORDS = Set.of(
            "print", "e", "mail", "email", "share", "shares", "tweet", "send", "font", "size", "larger", "smaller",
            "text", "facebook", "twitter", "myspace", "stumbleupon", "digg", "technorati", "aol", "blogger", "google",
            "reddit", "linkedin", "whatsapp", "pinterest", "tumblr", "telegram", "messenger", "flipboard", "pocket",
            "rss", "feed", "comment", "comments", "copy", "link", "save", "bookmark", "like", "pin", "youtube",
            "instagram", "x", "close", "menu", "search", "home", "login", "logout", "subscribe", "follow", "reply", "click",
            "opens", "new", "window", "tab", "sms", "embed");

    /** Glued camel words as in "Send in e-mailSend in e-mail". */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    private BoilerplatePhrases() {
    }

    static boolean isBoilerplate(String line, List<String> words, String language) {
        if (ANYWHERE.matcher(line.toLowerCase(Locale.ROOT)).find()) {
            return true;
        }
        return words.size() <= SHORT_WORDS && (SHORT_LINE.matcher(line).find() || isWidgetRow(words, language));
    }

    private static boolean isWidgetRow(List<String> words, String language) {
        int widget = 0;
        int content = 0;
        for (String glued : words) {
            for (String w : CAMEL.split(glued)) {
                if (StopWords.count(List.of(w), language) > 0) {
                    continue;
                }
                content++;
                if (WIDGET_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                    widget++;
                }
            }
        }
        return content > 0 && widget * 10 >= content * 6;
    }
}
