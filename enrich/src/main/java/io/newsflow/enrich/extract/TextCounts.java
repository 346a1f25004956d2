package io.newsflow.enrich.extract;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much visible text each element of a page holds and how much of it sits in links, counted for
 * every element in one walk: asking {@code text()} element by element would walk each subtree
 * again for every container that is asked about.
 */
final class TextCounts {

    /** Per element: visible characters (not counting whitespace), and those inside links. */
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    private TextCounts() {
    }

    static TextCounts of(Element root) {
        TextCounts page = new TextCounts();
        NodeTraversor.traverse(page.new Counter(), root);
        return page;
    }

    /** The visible characters (whitespace not counted) of {@code e}, 0 for an element not counted. */
    int chars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    /** The share of {@code e}'s visible characters inside links: menus and teaser lists are mostly links, 0 for an element without text or not counted. */
    double density(Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : Math.min(1.0, (double) c[1] / c[0]);
    }

    private final class Counter implements NodeVisitor {
        private final Deque<int[]> open = new ArrayDeque<>();
        private int linkDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element e) {
                open.push(new int[2]);
                linkDepth += e.nameIs("a") ? 1 : 0;
            } else if (node instanceof TextNode text && !open.isEmpty()) {
                int chars = visibleChars(text.getWholeText());
                int[] parent = open.peek();
                parent[0] += chars;
                parent[1] += linkDepth > 0 ? chars : 0;
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                int[] c = open.pop();
                counts.put(e, c);
                if (!open.isEmpty()) {
                    open.peek()[0] += c[0];
                    open.peek()[1] += c[1];
                }
                linkDepth -= e.nameIs("a") ? 1 : 0;
            }
        }
    }

    private static int visibleChars(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c > ' ' && c != '\u00A0' && !Character.isWhitespace(c) ? 1 : 0;
        }
        return n;
    }
}
