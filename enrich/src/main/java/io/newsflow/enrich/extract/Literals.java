package io.newsflow.enrich.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Which of a fixed set of up to 64 lower-case ASCII literals occur in a text, its ASCII letters in
 * any case, found in one pass over it: an Aho–Corasick automaton laid out as a transition table. Written here because the Java
 * Aho–Corasick libraries (org.ahocorasick) walk a trie of maps and allocate an object per match,
 * and this runs on every line of every page, where testing the literals one by one with
 * {@code contains} was a tenth of the text extractor's time.
 */
final class Literals {

    private static final int ASCII = 0x80;
    /** The class of every character that is in no literal: from any state it leads back to the start. */
    private static final int OTHER = 0;

    /** Per ASCII character its class: one per character the literals use, a capital in its lower-case letter's. */
    private final byte[] classes = new byte[ASCII];
    /** log2 of the classes rounded up to a power of two: a state's row in {@link #next} is 1 << width long. */
    private final int width;
    /**
     * Next state by state + class, states being multiples of the row length (so that no
     * multiplication stands between one character's lookup and the next's); 0 is the start. Rows
     * only as long as the literals have characters, and chars, keep the table small enough for
     * the fastest cache: each character's lookup waits on the one before.
     */
    private final char[] next;
    /** Per state (divided by the row length), the literals (bits by index) that end at it, its suffixes' included. */
    private final long[] found;

    Literals(List<String> literals) {
        if (literals.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most " + Long.SIZE + " literals, not " + literals.size());
        }
        int classCount = OTHER + 1;
        for (String literal : literals) {
            for (char c : literal.toCharArray()) {
                if (c >= ASCII || c >= 'A' && c <= 'Z') {
                    throw new IllegalArgumentException("Not a lower-case ASCII literal: " + literal);
                }
                if (classes[c] == OTHER) {
                    classes[c] = (byte) classCount++;
                    if (c >= 'a' && c <= 'z') {
                        classes[c & ~0x20] = classes[c];
                    }
                }
            }
        }
        width = Integer.SIZE - Integer.numberOfLeadingZeros(classCount - 1);
        int rowLength = 1 << width;
        List<int[]> children = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        children.add(new int[rowLength]);
        ends.add(0L);
        for (int l = 0; l < literals.size(); l++) {
            int state = 0;
            for (char c : literals.get(l).toCharArray()) {
                if (children.get(state)[classes[c]] == 0) {
                    children.get(state)[classes[c]] = children.size();
                    children.add(new int[rowLength]);
                    ends.add(0L);
                }
                state = children.get(state)[classes[c]];
            }
            ends.set(state, ends.get(state) | 1L << l);
        }
        if ((long) children.size() * rowLength > Character.MAX_VALUE + 1) {
            throw new IllegalArgumentException("Too many literals for one table: " + literals);
        }
        next = new char[children.size() * rowLength];
        found = new long[children.size()];
        int[] fail = new int[children.size()];
        // breadth first, so that a state's failure state is complete before the state is
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            found[state] = ends.get(state) | (state == 0 ? 0 : found[fail[state]]);
            for (int c = 0; c < rowLength; c++) {
                int child = children.get(state)[c];
                if (child != 0) {
                    fail[child] = state == 0 ? 0 : next[fail[state] * rowLength + c] / rowLength;
                    queue.add(child);
                }
                int target = child != 0 ? child : state == 0 ? 0 : next[fail[state] * rowLength + c] / rowLength;
                next[state * rowLength + c] = (char) (target * rowLength);
            }
        }
    }

    /** The literals in {@code text}, as bits by their index; a character beyond ASCII matches none. */
    long in(String text) {
        return in(text, 0, text.length());
    }

    /** The same for the text at [from, to) of {@code text}. */
    long in(String text, int from, int to) {
        long hits = 0;
        int state = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            state = c < ASCII ? next[state + classes[c]] : 0;
            hits |= found[state >>> width];
        }
        return hits;
    }
}
