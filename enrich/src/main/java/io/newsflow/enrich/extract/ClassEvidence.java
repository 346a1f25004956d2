package io.newsflow.enrich.extract;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class and id say about it: article content, or page furniture. */
final class ClassEvidence {

    static final int WEIGHT = 25;

    /** Distinctive enough to match inside longer names ("post-comments", "shareBar"). */
    private static final Pattern NEGATIVE_PART = Pattern.compile(
            "comment|sidebar|related|share|sharing|social|promo|newsletter|breadcrumb|outbrain|taboola|disqus"
                    + "|advert|sponsor|cookie|popup|modal|subscribe|recommend|signup|paywall|teaser|trending"
                    + "|most-?read|most-?popular|masthead|widget|toolbar|pagination|caption|credit");
    /** Short words matched only as whole name parts ("ad" must not hit "header" or "load"). */
    private static final Set<String> NEGATIVE_WORDS = Set.of(
            "ad", "ads", "nav", "navbar", "menu", "tags", "tag", "meta", "more", "tools", "print", "footer",
            "header", "hidden", "byline", "author", "skip", "banner", "aside", "extra", "links", "login", "rail");
    private static final Pattern POSITIVE_PART = Pattern.compile(
            "article|content|story|entry|post-?body|postbody|blog-?post|main-?text|prose|richtext|body-?text"
                    + "|article-?body|text-?body");
    private static final Set<String> POSITIVE_WORDS = Set.of("post", "text", "body", "main", "entry", "hentry");
    private static final Pattern NAME_PARTS = Pattern.compile("[^A-Za-z0-9]+|(?<=[a-z])(?=[A-Z])");

    private ClassEvidence() {
    }

    /** +WEIGHT for content names, -WEIGHT for furniture names, 0 when silent or both. */
    static int weight(Element e) {
        String names = e.className() + " " + e.id();
        if (names.isBlank()) {
            return 0;
        }
        int w = 0;
        if (isNegative(names)) {
            w -= WEIGHT;
        }
        if (isPositive(names)) {
            w += WEIGHT;
        }
        return w;
    }

    private static boolean isNegative(String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        return NEGATIVE_PART.matcher(lower).find() || anyWord(names, NEGATIVE_WORDS);
    }

    private static boolean isPositive(String names) {
        String lower = names.toLowerCase(Locale.ROOT);
        return POSITIVE_PART.matcher(lower).find() || anyWord(names, POSITIVE_WORDS);
    }

    private static boolean anyWord(String names, Set<String> words) {
        for (String part : NAME_PARTS.split(names)) {
            if (words.contains(part.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
