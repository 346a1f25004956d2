package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the element holding a page's article: every text block votes for its parent and
 * grandparent with its length and commas, votes are scaled by class/id evidence and by how much
 * of the element's text is links, and the best element wins, joined by siblings that look like
 * more of the same article (pages that split their body over several divs).
 */
final class HtmlBodyFinder {

    /** Elements that never hold article text, besides form[role=search], [hidden] and [aria-hidden=true]. */
    private static final Set<String> FURNITURE_TAGS = Set.of("script", "style", "noscript", "template", "nav", "aside",
            "footer", "figure", "figcaption", "iframe", "svg", "button", "select", "input", "textarea", "dialog");

    private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "td", "li", "h2", "h3", "h4", "blockquote");
    private static final Set<String> PROSE_SIBLINGS = Set.of("p", "span", "font");
    /** Phrasing elements: words inside a sentence. */
    private static final Set<String> INLINE_TAGS = Set.of("a", "span", "em", "strong", "b", "i", "u", "small",
            "abbr", "cite", "q", "sup", "sub", "mark", "font", "time");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LOOSE_TEXT_HOLDERS = Set.of("font", "center");
    private static final int MIN_BLOCK_CHARS = 25;
    private static final double SIBLING_SHARE = 0.2;
    /**
     * A list item votes half as much as a paragraph: lists of captions, of related stories or of
     * references would outvote the article beside them, and an article's own lists sit among its paragraphs.
     */
    private static final double LIST_ITEM_VOTE = 0.5;
    /** Visible characters, spaces not counted ({@link TextCounts}): about 200 with them. */
    private static final int MIN_WRAPPED_CONTENT_CHARS = 170;
    private static final int MIN_CARD_CHARS = 40;
    /** A standfirst is a sentence or more. */
    private static final int MIN_LEAD_CHARS = 60;
    private static final double MAX_PROSE_LINK_DENSITY = 0.25;
    /** Standard article markup besides [itemprop=articleBody]: hAtom/h-entry microformats, the usual blog engines' body classes. */
    private static final List<String> ARTICLE_CLASSES = List.of("hentry", "h-entry", "post-body", "entry-content",
            "article-body");

    private HtmlBodyFinder() {
    }

    /**
     * Removes page furniture in place: structural elements and elements whose names only say
     * furniture. Each is one walk that skips what it removes; every page comes through here.
     */
    static void removeFurniture(Element body) {
        List<Element> markedUp = new ArrayList<>();
        NodeTraversor.filter((node, depth) -> {
            if (node == body || !(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            if (isStructuralFurniture(e)) {
                return FilterResult.REMOVE;
            }
            if (isArticleMarkup(e)) {
                markedUp.add(e);
            }
            return FilterResult.CONTINUE;
        }, body);
        TextCounts text = TextCounts.of(body);
        int total = text.chars(body);
        Map<Element, Integer> prose = proseChars(body, text);
        int totalProse = prose.getOrDefault(body, 0);
        NodeTraversor.filter((node, depth) -> node instanceof Element e && e != body && ClassEvidence.weight(e) < 0
                && (text.chars(e) < total / 2 || ClassEvidence.namesComments(e)) && !wrapsContent(e, markedUp, text) && !isArticleLead(e, text)
                && !isPartOfSentence(e) && !holdsMostProse(e, prose, totalProse) && !isNamedAfterItsHeading(e)
                ? FilterResult.REMOVE : FilterResult.CONTINUE, body);
    }

    /**
     * The characters of paragraphs (&lt;p&gt; that are not mostly links) inside each element: the
     * article's text, where menus and teaser lists are links or no paragraphs at all.
     */
    private static Map<Element, Integer> proseChars(Element body, TextCounts text) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Element p : body.getElementsByTag("p")) {
            if (text.density(p) < MAX_PROSE_LINK_DENSITY) {
                int chars = text.chars(p);
                for (Element e = p; e != null && e != body.parent(); e = e.parent()) {
                    prose.merge(e, chars, Integer::sum);
                }
            }
        }
        return prose;
    }

    /**
     * An element holding most of the page's paragraphs is the article's column, whatever its name
     * says: a layout column named "links" (German for left), a section whose id is a heading's
     * slug ("sharing-your-work"). Not readers' comments: the one furniture made of paragraphs,
     * and on a short story they outweigh it.
     */
    private static boolean holdsMostProse(Element e, Map<Element, Integer> prose, int totalProse) {
        return totalProse >= MIN_WRAPPED_CONTENT_CHARS && prose.getOrDefault(e, 0) * 2 > totalProse
                && !ClassEvidence.namesComments(e);
    }

    /**
     * A "teaser" or "header" inside the article that holds a sentence is the article's own head or
     * standfirst, not a teaser of other stories or the page's header.
     */
    private static boolean isArticleLead(Element e, TextCounts counts) {
        if (!ClassEvidence.leadNamed(e) || counts.chars(e) < MIN_LEAD_CHARS
                || counts.density(e) >= MAX_PROSE_LINK_DENSITY || !insideArticle(e)) {
            return false;
        }
        String text = e.text();
        return text.contains(". ") || LineClassifier.endsSentence(text);
    }

    /**
     * An inline element inside running text (a glossary or footnote link named "popup", a
     * "tooltip" span) is words of the sentence around it, whatever its name says.
     */
    private static boolean isPartOfSentence(Element e) {
        return INLINE_TAGS.contains(e.tagName()) && e.parent() != null
                && e.parent().ownText().length() >= MIN_BLOCK_CHARS;
    }

    /**
     * A section whose id is its heading made into an anchor ("sharing-with-a-single-developer",
     * "Related_work", as documentation and wiki engines name sections) is named by its words, and
     * those say nothing about furniture.
     */
    private static boolean isNamedAfterItsHeading(Element e) {
        // a class that says furniture still does
        if (e.id().isEmpty() || ClassEvidence.weight(e.className()) < 0) {
            return false;
        }
        for (Element child : e.children()) {
            if (HEADINGS.contains(child.tagName())) {
                String heading = lettersAndDigits(child.text());
                return !heading.isEmpty() && heading.equals(lettersAndDigits(e.id()));
            }
        }
        return false;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** Inside an &lt;article&gt;, or an element marked up as the article. */
    private static boolean insideArticle(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals("article") || isArticleMarkup(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isStructuralFurniture(Element e) {
        String tag = e.normalName();
        return FURNITURE_TAGS.contains(tag) || tag.equals("form") && hasValue(e, "role", "search")
                || e.hasAttr("hidden") || hasValue(e, "aria-hidden", "true");
    }

    private static boolean isArticleMarkup(Element e) {
        if (hasValue(e, "itemprop", "articleBody")) {
            return true;
        }
        // every name says "entry" or "body": most elements' classes need no closer look
        String classes = e.className().toLowerCase(Locale.ROOT);
        if (classes.contains("entry") || classes.contains("body")) {
            for (String name : ARTICLE_CLASSES) {
                if (e.hasClass(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An attribute's value as a selector [key=value] compares it: trimmed, in any case. */
    static boolean hasValue(Element e, String key, String value) {
        return e.hasAttr(key) && value.equalsIgnoreCase(e.attr(key).trim());
    }

    /**
     * A furniture-named element around most of a marked-up article is a generic wrapper, not
     * furniture: Blogger puts every post inside {@code <div class="widget Blog">}.
     */
    private static boolean wrapsContent(Element e, List<Element> markedUp, TextCounts text) {
        int length = text.chars(e);
        if (length < MIN_WRAPPED_CONTENT_CHARS) {
            return false;
        }
        for (Element inner : markedUp) {
            if (text.chars(inner) * 2 >= length && isInside(inner, e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code e} is {@code ancestor} or inside it, as {@code ancestor.select} would find it. */
    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The article's elements in page order; just the body when the page has no text blocks. */
    static List<Element> find(Element body, int[] blockCount) {
        Map<Element, Double> scores = new HashMap<>();
        int blocks = 0;
        for (Element block : body.getAllElements()) {
            if (!TEXT_BLOCKS.contains(block.tagName()) && !hasOwnText(block)) {
                continue;
            }
            // a div holding text of its own (paragraphs split by <br>) is itself the first container
            boolean looseText = !TEXT_BLOCKS.contains(block.tagName());
            String text = looseText ? block.ownText() : block.text();
            if (text.length() < MIN_BLOCK_CHARS) {
                continue;
            }
            blocks++;
            int commas = 0;
            for (int at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
                commas++;
            }
            double vote = 1 + commas + Math.min(3, text.length() / 100);
            if (block.tagName().equals("li")) {
                vote *= LIST_ITEM_VOTE;
            }
            Element parent = looseText ? block : block.parent();
            for (int level = 1; parent != null && level <= 3; level++, parent = parent.parent()) {
                scores.merge(parent, vote / (level == 1 ? 1 : level == 2 ? 2 : level * 3), Double::sum);
            }
        }
        blockCount[0] = blocks;
        TextCounts links = TextCounts.of(body);
        Map<Element, Integer> prose = proseChars(body, links);
        int totalProse = prose.getOrDefault(body, 0);
        Element top = null;
        double topScore = 0;
        Map<Element, Double> finals = new HashMap<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            // a name that says furniture does not count against the column that holds most paragraphs
            int evidence = ClassEvidence.weight(el);
            if (evidence < 0 && holdsMostProse(el, prose, totalProse)) {
                evidence = 0;
            }
            double score = (e.getValue() + evidence + tagBonus(el)) * (1 - links.density(el));
            finals.put(el, score);
            if (top == null || score > topScore) {
                top = el;
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        return withSiblings(top, topScore, finals, links);
    }

    private static List<Element> withSiblings(Element best, double topScore, Map<Element, Double> finals,
            TextCounts links) {
        // a card layout wraps each paragraph in its own div, inside a card div: its siblings are the other cards
        Element top = best;
        while (top.parent() != null && top.parent().children().size() == 1 && !top.parent().tagName().equals("body")) {
            top = top.parent();
        }
        if (top.parent() == null) {
            return List.of(top);
        }
        List<Element> content = new ArrayList<>();
        for (Element sibling : top.parent().children()) {
            if (sibling == top || finals.getOrDefault(sibling, 0.0) >= Math.max(10, topScore * SIBLING_SHARE)
                    || isProseParagraph(sibling, links) || isAnotherCard(sibling, top, links)) {
                content.add(sibling);
            }
        }
        return content;
    }

    /** A sibling of the same element and class as the chosen one, holding prose: the next card of a card layout. */
    private static boolean isAnotherCard(Element sibling, Element top, TextCounts links) {
        return !top.className().isEmpty() && sibling.tagName().equals(top.tagName())
                && sibling.className().equals(top.className()) && sibling.text().length() > MIN_CARD_CHARS
                && LineClassifier.endsSentence(sibling.text()) && links.density(sibling) < MAX_PROSE_LINK_DENSITY;
    }

    /** A stray &lt;p&gt; next to the chosen container, as sites that close their body div early leave them. */
    private static boolean isProseParagraph(Element e, TextCounts links) {
        String text = e.text();
        return PROSE_SIBLINGS.contains(e.tagName()) && text.length() > 80 && links.density(e) < MAX_PROSE_LINK_DENSITY
                && text.contains(". ");
    }

    private static int tagBonus(Element e) {
        return switch (e.tagName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "td", "blockquote", "pre" -> 3;
            case "ul", "ol", "dl", "form", "li" -> -3;
            case "body", "html" -> -5;
            default -> 0;
        };
    }

    /**
     * A div holding text of its own, or a &lt;font&gt; or &lt;center&gt; that old pages wrap whole
     * articles in, outside any text block (which counts that text itself).
     */
    private static boolean hasOwnText(Element e) {
        String tag = e.tagName();
        return (tag.equals("div") || LOOSE_TEXT_HOLDERS.contains(tag) && !inTextBlock(e))
                && e.ownText().length() >= MIN_BLOCK_CHARS;
    }

    private static boolean inTextBlock(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (TEXT_BLOCKS.contains(p.tagName()) || HEADINGS.contains(p.tagName())) {
                return true;
            }
        }
        return false;
    }
}
