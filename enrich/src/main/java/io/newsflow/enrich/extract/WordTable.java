package io.newsflow.enrich.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A fixed set of lower-case words with a value each, looked up in any case straight from a span of
 * text, without a lower-case copy or a substring: function words and widget words are looked up
 * for every word of every page, and most words are in neither set, so a miss must end soon. An
 * open-addressing table, a power of two in size and at most an eighth full, probed by the
 * lower-case word's {@link String#hashCode} spread over the slots (short words' hashes differ
 * mostly in their low bits).
 */
final class WordTable {

    private static final int ASCII = 0x80;

    private final Map<String, Integer> values;
    private final int longest;
    private final int slotBits;
    private final String[] slotWords;
    private final int[] slotValues;
    /**
     * By length and lower-case ASCII first letter, whether any word of the table has them: a
     * small table that answers most misses before the large one is touched.
     */
    private final boolean[] lengthAndInitial;

    /** @param values lower-case words and their values; 0 stands for "not in the table" */
    WordTable(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
        longest = values.keySet().stream().mapToInt(String::length).max().orElse(0);
        slotBits = Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1, values.size())) * 16);
        slotWords = new String[1 << slotBits];
        slotValues = new int[slotWords.length];
        lengthAndInitial = new boolean[(longest + 1) * ASCII];
        values.forEach((word, value) -> {
            char initial = word.isEmpty() ? 0 : word.charAt(0);
            if (initial < ASCII) {
                lengthAndInitial[word.length() * ASCII + initial] = true;
            }
            int slot = slot(word.hashCode());
            while (slotWords[slot] != null) {
                slot = (slot + 1) & (slotWords.length - 1);
            }
            slotWords[slot] = word;
            slotValues[slot] = value;
        });
    }

    /** The value of the word at [start, end) of {@code text}, in any case; 0 if it is not in the table. */
    int get(String text, int start, int end) {
        // most misses end here, before the word is hashed
        if (!mayHave(text, start, end)) {
            return 0;
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c > 0xFF) {
                // a few other letters lower-case into Latin-1 (the Kelvin sign to k): the plain way
                return values.getOrDefault(text.substring(start, end).toLowerCase(Locale.ROOT), 0);
            }
            hash = 31 * hash + Character.toLowerCase(c);
        }
        return probe(text, start, end, hash);
    }

    /**
     * The same for a Latin-1 word whose lower-case hash (as {@link String#hashCode} gives it) the
     * caller computed while reading it.
     */
    int get(String text, int start, int end, int lowerCaseHash) {
        return mayHave(text, start, end) ? probe(text, start, end, lowerCaseHash) : 0;
    }

    /** False if no word of the table has the length and, in lower case, the initial of the text at [start, end); true if one may. */
    private boolean mayHave(String text, int start, int end) {
        int length = end - start;
        // lower-casing never shortens a word in the scripts of these tables
        if (length > longest || length == 0) {
            return false;
        }
        char initial = text.charAt(start);
        // a capital's word may lower-case to one of ours: look at its lower-case letter
        char lowerInitial = initial >= 'A' && initial <= 'Z' ? (char) (initial | 0x20) : initial;
        return lowerInitial >= ASCII || lengthAndInitial[length * ASCII + lowerInitial];
    }

    private int probe(String text, int start, int end, int lowerCaseHash) {
        for (int slot = slot(lowerCaseHash); slotWords[slot] != null; slot = (slot + 1) & (slotWords.length - 1)) {
            if (isLowerCaseOf(slotWords[slot], text, start, end)) {
                return slotValues[slot];
            }
        }
        return 0;
    }

    /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
    private int slot(int hash) {
        return (hash * 0x9E3779B9) >>> (Integer.SIZE - slotBits);
    }

    /** Whether {@code lower} is the Latin-1 text at [start, end) lower-cased. */
    private static boolean isLowerCaseOf(String lower, String text, int start, int end) {
        if (lower.length() != end - start) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (lower.charAt(i - start) != Words.lowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
