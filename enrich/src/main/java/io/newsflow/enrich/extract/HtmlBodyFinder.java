package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Finds the element holding a page's article: every text block votes for its parent and
 * grandparent with its length and commas, votes are scaled by class/id evidence and by how much
 * of the element's text is links, and the best element wins, joined by siblings that look like
 * more of the same article (pages that split their body over several divs).
 */
final class HtmlBodyFinder {

    /** Elements that never hold article text. */
    static final String FURNITURE = "script, style, noscript, template, nav, aside, footer, figure, figcaption, "
            + "iframe, svg, button, select, input, textarea, form[role=search], dialog, [hidden], [aria-hidden=true]";

    private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "td", "li", "h2", "h3", "h4", "blockquote");
    private static final int MIN_BLOCK_CHARS = 25;
    private static final double SIBLING_SHARE = 0.2;
    private static final int MIN_WRAPPED_CONTENT_CHARS = 200;
    private static final int MIN_CARD_CHARS = 40;
    private static final double MAX_PROSE_LINK_DENSITY = 0.25;
    /** Standard article markup: schema.org, hAtom/h-entry microformats, the usual blog engines' body classes. */
    private static final String ARTICLE_MARKUP =
            "[itemprop=articleBody], .hentry, .h-entry, .post-body, .entry-content, .article-body";

    private HtmlBodyFinder() {
    }

    /** Removes page furniture in place: structural elements and elements whose names only say furniture. */
    static void removeFurniture(Element body) {
        body.select(FURNITURE).remove();
        int total = body.text().length();
        Element removed = null;
        for (Element e : body.select("*")) {
            // elements come in document order: the inside of a removed element is gone already, skip it
            if (removed != null && isInside(e, removed)) {
                continue;
            }
            if (e.parent() != null && ClassEvidence.weight(e) < 0 && !e.tagName().equals("body")
                    && e.text().length() < total / 2 && !wrapsContent(e)) {
                e.remove();
                removed = e;
            }
        }
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * A furniture-named element around most of a marked-up article is a generic wrapper, not
     * furniture: Blogger puts every post inside {@code <div class="widget Blog">}.
     */
    private static boolean wrapsContent(Element e) {
        int length = e.text().length();
        if (length < MIN_WRAPPED_CONTENT_CHARS) {
            return false;
        }
        for (Element inner : e.select(ARTICLE_MARKUP)) {
            if (inner.text().length() * 2 >= length) {
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
            double vote = 1 + text.split(",", -1).length - 1 + Math.min(3, text.length() / 100);
            Element parent = looseText ? block : block.parent();
            for (int level = 1; parent != null && level <= 3; level++, parent = parent.parent()) {
                scores.merge(parent, vote / (level == 1 ? 1 : level == 2 ? 2 : level * 3), Double::sum);
            }
        }
        blockCount[0] = blocks;
        Element top = null;
        double topScore = 0;
        Map<Element, Double> finals = new HashMap<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element el = e.getKey();
            double score = (e.getValue() + ClassEvidence.weight(el) + tagBonus(el)) * (1 - linkDensity(el));
            finals.put(el, score);
            if (top == null || score > topScore) {
                top = el;
                topScore = score;
            }
        }
        if (top == null) {
            return List.of(body);
        }
        return withSiblings(top, topScore, finals);
    }

    private static List<Element> withSiblings(Element best, double topScore, Map<Element, Double> finals) {
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
                    || isProseParagraph(sibling) || isAnotherCard(sibling, top)) {
                content.add(sibling);
            }
        }
        return content;
    }

    /** A sibling of the same element and class as the chosen one, holding prose: the next card of a card layout. */
    private static boolean isAnotherCard(Element sibling, Element top) {
        return !top.className().isEmpty() && sibling.tagName().equals(top.tagName())
                && sibling.className().equals(top.className()) && sibling.text().length() > MIN_CARD_CHARS
                && LineClassifier.endsSentence(sibling.text()) && linkDensity(sibling) < MAX_PROSE_LINK_DENSITY;
    }

    /** A stray &lt;p&gt; next to the chosen container, as sites that close their body div early leave them. */
    private static boolean isProseParagraph(Element e) {
        String text = e.text();
        return e.tagName().equals("p") && text.length() > 80 && linkDensity(e) < MAX_PROSE_LINK_DENSITY
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

    /** Share of an element's text that sits in links: menus and teaser lists are mostly links. */
    static double linkDensity(Element e) {
        int total = e.text().length();
        if (total == 0) {
            return 0;
        }
        int links = 0;
        Elements anchors = e.select("a");
        for (Element a : anchors) {
            links += a.text().length();
        }
        return Math.min(1.0, (double) links / total);
    }

    private static boolean hasOwnText(Element e) {
        return e.tagName().equals("div") && e.ownText().length() >= MIN_BLOCK_CHARS;
    }
}
