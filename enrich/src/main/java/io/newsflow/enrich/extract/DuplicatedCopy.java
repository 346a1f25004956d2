package io.newsflow.enrich.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * The first copy of an article passage a page holds twice: pages often carry their article twice
 * (an AMP or print copy, a summary box repeating the lead). A caption or byline repeats as a single
 * line and a menu or teaser list as short lines; a copied article repeats as several prose lines
 * in a row, in the same order. The first copy of those is not furniture just because it repeats.
 */
final class DuplicatedCopy {

    /** Prose lines in a row that must recur in the same order. */
    private static final int RUN = 3;

    private DuplicatedCopy() {
    }

    /** Mixes line keys into the key of a run of lines, by multiplication: two runs share one with odds like two lines'. */
    private static final long MIX = 0x9E3779B97F4A7C15L;

    /**
     * @param keys  each line's comparison key
     * @param prose whether each line reads as a full prose sentence
     * @return for each line, whether it is in the first copy of a repeated run of prose lines
     */
    static boolean[] firstCopy(long[] keys, boolean[] prose) {
        boolean[] first = new boolean[keys.length];
        Map<Long, Integer> firstStart = new HashMap<>();
        Map<Long, Integer> count = new HashMap<>();
        for (int start = 0; start + RUN <= keys.length; start++) {
            if (allProse(prose, start)) {
                long window = keys[start];
                for (int i = start + 1; i < start + RUN; i++) {
                    window = window * MIX + keys[i];
                }
                firstStart.putIfAbsent(window, start);
                count.merge(window, 1, Integer::sum);
            }
        }
        boolean copied = false;
        for (Map.Entry<Long, Integer> w : firstStart.entrySet()) {
            if (count.get(w.getKey()) > 1) {
                copied = true;
                for (int i = w.getValue(); i < w.getValue() + RUN; i++) {
                    first[i] = true;
                }
            }
        }
        // most pages hold their article once
        if (copied) {
            spreadToNeighbours(keys, first);
        }
        return first;
    }

    /**
     * Widens each first copy over the neighbouring lines that recur next to it too: the copy's
     * subheadings and short paragraphs ("2. Take inventory"), which no run of prose covers.
     */
    private static void spreadToNeighbours(long[] keys, boolean[] first) {
        Map<Long, Integer> pairs = new HashMap<>();
        for (int i = 0; i + 1 < keys.length; i++) {
            pairs.merge(keys[i] * MIX + keys[i + 1], 1, Integer::sum);
        }
        for (int i = 0; i + 1 < keys.length; i++) {
            if (first[i] && !first[i + 1] && pairs.get(keys[i] * MIX + keys[i + 1]) > 1) {
                first[i + 1] = true;
            }
        }
        for (int i = keys.length - 1; i > 0; i--) {
            if (first[i] && !first[i - 1] && pairs.get(keys[i - 1] * MIX + keys[i]) > 1) {
                first[i - 1] = true;
            }
        }
    }

    private static boolean allProse(boolean[] prose, int start) {
        for (int i = start; i < start + RUN; i++) {
            if (!prose[i]) {
                return false;
            }
        }
        return true;
    }
}
