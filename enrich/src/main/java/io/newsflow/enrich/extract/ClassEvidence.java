package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/** What an element's class and id say about it: article content, or page furniture. */
final class ClassEvidence {

    static final int WEIGHT = 25;

    /**
     * Distinctive enough to match inside longer names ("post-comments", "shareBar"). Not "paywall":
     * sites put the very article text the wall hides in it.
     */
    private static final List<String> NEGATIVE_PARTS = List.of(
            "comment", "sidebar", "related", "share", "sharing", "social", "promo", "newsletter", "breadcrumb",
            "outbrain", "taboola", "disqus", "advert", "sponsor", "cookie", "popup", "modal", "subscribe",
            "recommend", "signup", "trending", "mostread", "most-read", "mostpopular", "most-popular",
            "masthead", "widget", "toolbar", "pagination", "caption", "credit");
    /** Short words matched only as whole name parts ("ad" must not hit "header" or "load"). */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "ad", "ads", "nav", "navbar", "menu", "tags", "tag", "meta", "more", "tools", "print", "footer",
            "hidden", "byline", "author", "skip", "banner", "aside", "extra", "links", "login", "rail");
    /**
     * Names of the page's header and of teasers of other stories, but also, on many sites (German
     * ones above all), of the article's own head and standfirst: "teaser" matches inside longer
     * names, "header" as a whole part.
     */
    private static final String LEAD_PART = "teaser";
    private static final String LEAD_WORD = "header";
    /** "article" covers "article-body" and "articlebody". */
    private static final List<String> POSITIVE_PARTS = List.of(
            "article", "content", "story", "entry", "post-body", "postbody", "blog-post", "blogpost", "main-text",
            "maintext", "prose", "richtext", "body-text", "bodytext", "text-body", "textbody");
    private static final Set<String> POSITIVE_WORDS = Set.of("post", "text", "body", "main", "entry", "hentry");

    private ClassEvidence() {
    }

    /** +WEIGHT for content names, -WEIGHT for furniture names, 0 when silent or both. */
    static int weight(Element e) {
        return weight(e.className() + " " + e.id());
    }

    /** The weight of class and id names, given as one string. */
    static int weight(String names) {
        if (names.isBlank()) {
            return 0;
        }
        // every element of every page comes here: substring tests and a hand-written split, no regex
        String lower = names.toLowerCase(Locale.ROOT);
        List<String> parts = nameParts(names);
        int w = 0;
        if (anyPart(lower, NEGATIVE_PARTS) || anyWord(parts, NEGATIVE_WORDS) || leadName(lower, parts)) {
            w -= WEIGHT;
        }
        if (anyPart(lower, POSITIVE_PARTS) || anyWord(parts, POSITIVE_WORDS)) {
            w += WEIGHT;
        }
        return w;
    }

    /**
     * Whether the names say furniture only by a word that also names an article's head or
     * standfirst ("teaser", "header"): such an element is furniture outside the article, and the
     * lead inside it.
     */
    static boolean leadNamed(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return false;
        }
        String lower = names.toLowerCase(Locale.ROOT);
        List<String> parts = nameParts(names);
        return leadName(lower, parts) && !anyPart(lower, NEGATIVE_PARTS) && !anyWord(parts, NEGATIVE_WORDS);
    }

    /** Whether the names say readers' comments ("comments", "commentList", "disqus_thread"). */
    static boolean namesComments(Element e) {
        String lower = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        return lower.contains("comment") || lower.contains("disqus");
    }

    private static boolean leadName(String lowerCaseNames, List<String> parts) {
        return lowerCaseNames.contains(LEAD_PART) || parts.contains(LEAD_WORD);
    }

    /** The names split at anything but ASCII letters and digits and at camel humps, lower-cased: "shareBar" → share, bar. */
    private static List<String> nameParts(String names) {
        List<String> parts = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            boolean alnum = c < 0x80 && Character.isLetterOrDigit(c);
            boolean hump = start >= 0 && c >= 'A' && c <= 'Z' && names.charAt(i - 1) >= 'a' && names.charAt(i - 1) <= 'z';
            if (start >= 0 && (!alnum || hump)) {
                parts.add(names.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            if (alnum && start < 0) {
                start = i;
            }
        }
        if (start >= 0) {
            parts.add(names.substring(start).toLowerCase(Locale.ROOT));
        }
        return parts;
    }

    private static boolean anyPart(String lowerCaseNames, List<String> parts) {
        for (String part : parts) {
            if (lowerCaseNames.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean anyWord(List<String> parts, Set<String> words) {
        for (String part : parts) {
            if (words.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
