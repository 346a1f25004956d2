package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the chosen article elements out as paragraphs in reading order: &lt;p&gt;, subheadings
 * and list items each become one, and loose text between blocks (pages that separate paragraphs
 * with &lt;br&gt;) becomes one per run. Link lists and furniture phrases left inside the article
 * ("Share this", "Advertisement") are dropped.
 */
final class HtmlParagraphs {

    /** Elements read as one paragraph each. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd");
    /** Elements that break the flow of text but are read through. */
    private static final Set<String> BLOCKS = Set.of("html", "body", "div", "section", "article", "main", "header",
            "ul", "ol", "dl", "table", "tbody", "thead", "tr", "td", "th", "blockquote", "center", "form", "details");
    /** A line this short that holds a date is the article's dateline, not body. */
    private static final int DATELINE_WORDS = 8;
    private static final double MAX_LINK_DENSITY = 0.5;
    /** A block this long is a story set in one block, not a line of furniture. */
    private static final int LONG_BLOCK_WORDS = 40;
    /** How many sentences at a long block's end may be furniture. */
    private static final int FURNITURE_TAIL_SENTENCES = 3;
    /** Where a sentence starts: after a stop, with or without the blank a page may have lost. */
    private static final Pattern SENTENCE_START = Pattern.compile("(?<=[.!?»”\"])\\s*(?=[\\p{Lu}©])");

    private final List<Tokens> out;
    private final String language;
    private final StringBuilder run = new StringBuilder();
    private int runLinkChars;
    private boolean seenHeadline;
    /** How many paragraphs {@code out} held before this container. */
    private final int firstParagraph;

    private HtmlParagraphs(List<Tokens> out, String language) {
        this.out = out;
        this.language = language;
        this.firstParagraph = out.size();
    }

    /** Adds the container's paragraphs to {@code out}, each as its words: their language is guessed from them next. */
    static void read(Element container, String language, List<Tokens> out) {
        HtmlParagraphs reader = new HtmlParagraphs(out, language);
        reader.walk(container);
        reader.flush();
    }

    private void walk(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                run.append(text.text());
            } else if (node instanceof Element e) {
                visit(e);
            }
        }
    }

    private void visit(Element e) {
        String tag = e.tagName();
        boolean blockChild = hasBlockChild(e);
        if (tag.equals("br")) {
            flush();
        } else if (tag.equals("h1") && (!seenHeadline || out.size() == firstParagraph)) {
            // the first h1 is the headline, the title and not body; a later one after paragraphs heads a section
            seenHeadline |= e.hasText();
            flush();
        } else if ((PARAGRAPHS.contains(tag) || tag.equals("h1")) && !blockChild) {
            flush();
            emit(e.text(), linkChars(e));
        } else if (PARAGRAPHS.contains(tag) || BLOCKS.contains(tag) || blockChild) {
            flush();
            walk(e);
            flush();
        } else {
            run.append(e.text());
            runLinkChars += linkChars(e);
        }
    }

    private void flush() {
        emit(run.toString(), runLinkChars);
        run.setLength(0);
        runLinkChars = 0;
    }

    private void emit(String raw, int linkChars) {
        String text = TextNormalizer.line(raw);
        if (text.isEmpty() || (double) linkChars / text.length() > MAX_LINK_DENSITY) {
            return;
        }
        Tokens words = Words.of(text);
        if (words.size() >= LONG_BLOCK_WORDS && BoilerplatePhrases.isBoilerplate(text, words, language)) {
            text = beforeFurnitureTail(text);
            words = Words.of(text);
        }
        if (words.isEmpty() || BoilerplatePhrases.isBoilerplate(text, words, language)
                || (words.size() <= DATELINE_WORDS && Dates.find(text) != null)) {
            return;
        }
        out.add(words);
    }

    /**
     * A long block without the sentences of furniture at its end: pages that set the whole story
     * in one block end it with their copyright or newsletter line ("... e vescica).Ultimo
     * aggiornamento: 22:07 © RIPRODUZIONE RISERVATA").
     */
    private String beforeFurnitureTail(String text) {
        String head = text;
        for (int k = 0; k < FURNITURE_TAIL_SENTENCES; k++) {
            int start = -1;
            for (Matcher m = SENTENCE_START.matcher(head); m.find(); ) {
                start = m.start() > 0 ? m.start() : start;
            }
            String last = start < 0 ? "" : head.substring(start);
            if (start < 0 || !BoilerplatePhrases.isBoilerplate(last, Words.of(last), language)
                    && Dates.copyrightYear(last) == 0) {
                break;
            }
            head = head.substring(0, start).strip();
        }
        return head;
    }

    private static int linkChars(Element e) {
        if (e.tagName().equals("a")) {
            return e.text().length();
        }
        int n = 0;
        for (Element a : e.getElementsByTag("a")) {
            n += a.text().length();
        }
        return n;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            String tag = child.tagName();
            if (PARAGRAPHS.contains(tag) || BLOCKS.contains(tag) || tag.equals("h1") || hasBlockChild(child)) {
                return true;
            }
        }
        return false;
    }
}
