package io.newsflow.enrich.extract;

import java.util.function.IntUnaryOperator;

/**
 * A small per-character answer (0 to 126) for the Basic Multilingual Plane, computed the first time
 * a character is met and then kept: the Unicode property lookups it stands for walk several tables
 * or search a range list, once per character of every page.
 */
final class CharMemo {

    private final IntUnaryOperator answer;
    /**
     * Per character, its answer + 1, or 0 while not yet known. Shared by threads without locks: an
     * entry only ever goes from unknown to the one answer every thread computes.
     */
    private final byte[] known = new byte[Character.MAX_VALUE + 1];

    CharMemo(IntUnaryOperator answer) {
        this.answer = answer;
    }

    int of(char c) {
        int k = known[c];
        if (k == 0) {
            k = answer.applyAsInt(c) + 1;
            known[c] = (byte) k;
        }
        return k - 1;
    }
}
