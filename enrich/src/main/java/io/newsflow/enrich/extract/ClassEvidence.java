package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** What an element's class and id say about it: article content, or page furniture. */
final class ClassEvidence {

    static final int WEIGHT = 25;

    /**
     * Distinctive enough to match inside longer names ("post-comments", "shareBar"). Not "paywall":
     * sites put the very article text the wall hides in it.
     */
    private static final Pattern NEGATIVE_PART = Pattern.compile(
            "comment|sidebar|related|share|sharing|social|promo|newsletter|breadcrumb|outbrain|taboola|disqus"
                    + "|advert|sponsor|cookie|popup|modal|subscribe|recommend|signup|teaser|trending"
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
        // every element of every page comes here: split and lower-case its names once
        String lower = names.toLowerCase(Locale.ROOT);
        List<String> parts = new ArrayList<>();
        for (String part : NAME_PARTS.split(names)) {
            parts.add(part.toLowerCase(Locale.ROOT));
        }
        int w = 0;
        if (NEGATIVE_PART.matcher(lower).find() || anyWord(parts, NEGATIVE_WORDS)) {
            w -= WEIGHT;
        }
        if (POSITIVE_PART.matcher(lower).find() || anyWord(parts, POSITIVE_WORDS)) {
            w += WEIGHT;
        }
        return w;
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
