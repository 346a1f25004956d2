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

    private static final int ALPHABET = 0x80;

    /**
     * Next state by state + character, states being multiples of ALPHABET (so that no
     * multiplication stands between one character's lookup and the next's); 0 is the start.
     */
    private final int[] next;
    /** Per state divided by ALPHABET, the literals (bits by index) that end at it, its suffixes' included. */
    private final long[] found;

    Literals(List<String> literals) {
        if (literals.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most " + Long.SIZE + " literals, not " + literals.size());
        }
        List<int[]> children = new ArrayList<>();
        List<Long> ends = new ArrayList<>();
        children.add(new int[ALPHABET]);
        ends.add(0L);
        for (int l = 0; l < literals.size(); l++) {
            String literal = literals.get(l);
            int state = 0;
            for (int i = 0; i < literal.length(); i++) {
                char c = literal.charAt(i);
                if (c >= ALPHABET || c >= 'A' && c <= 'Z') {
                    throw new IllegalArgumentException("Not a lower-case ASCII literal: " + literal);
                }
                if (children.get(state)[c] == 0) {
                    children.get(state)[c] = children.size();
                    children.add(new int[ALPHABET]);
                    ends.add(0L);
                }
                state = children.get(state)[c];
            }
            ends.set(state, ends.get(state) | 1L << l);
        }
        next = new int[children.size() * ALPHABET];
        found = new long[children.size()];
        int[] fail = new int[children.size()];
        // breadth first, so that a state's failure state is complete before the state is
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        while (!queue.isEmpty()) {
            int state = queue.poll();
            found[state] = ends.get(state) | (state == 0 ? 0 : found[fail[state]]);
            for (int c = 0; c < ALPHABET; c++) {
                // no literal has a capital: a capital goes where its lower-case letter goes
                int child = children.get(state)[c >= 'A' && c <= 'Z' ? c | 0x20 : c];
                if (child != 0 && !(c >= 'A' && c <= 'Z')) {
                    fail[child] = state == 0 ? 0 : next[fail[state] * ALPHABET + c];
                    queue.add(child);
                }
                next[state * ALPHABET + c] = child != 0 ? child : state == 0 ? 0 : next[fail[state] * ALPHABET + c];
            }
        }
        for (int i = 0; i < next.length; i++) {
            next[i] *= ALPHABET;
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
            state = c < ALPHABET ? next[state + c] : 0;
            hits |= found[state / ALPHABET];
        }
        return hits;
    }
}
