package io.newsflow.enrich.extract;

import java.util.Arrays;
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
 *
 * <p>A tokeniser that reads a word's letters anyway can also pack them, lower-cased, one byte each
 * into a long ({@link #pack}) and look the word up by that: a table of such keys, placed by a
 * multiplier searched for at start-up so that no two of them share a slot, answers in one load and
 * without a branch. A lookup per word whose outcome no branch predictor can guess cost more than
 * the tokenising.
 */
final class WordTable {

    /** Initials {@link #lengthAndInitial} tells apart: a word of ours starts with a Latin-1 letter. */
    private static final int LATIN_1 = 0x100;

    private final Map<String, Integer> values;
    private final int longest;
    private final int slotBits;
    private final String[] slotWords;
    private final int[] slotValues;
    /**
     * By length and lower-case Latin-1 first letter, whether any word of the table has them: a
     * small table that answers most misses before the large one is touched, words in other
     * scripts among them.
     */
    private final boolean[] lengthAndInitial;
    /** The words of at most {@link #PACKED_CHARS} Latin-1 letters, packed. */
    private final PackedSlots packedSlots;

    /** The letters a long holds, a byte each. */
    static final int PACKED_CHARS = Long.BYTES;
    /** How many multipliers are tried for a table size before it is doubled. */
    private static final int MULTIPLIERS_PER_SIZE = 100;
    private static final long GOLDEN_RATIO = 0x9E3779B97F4A7C15L;

    /** @param values lower-case words and their values; 0 stands for "not in the table" */
    WordTable(Map<String, Integer> values) {
        this.values = Map.copyOf(values);
        longest = values.keySet().stream().mapToInt(String::length).max().orElse(0);
        slotBits = Integer.numberOfTrailingZeros(Integer.highestOneBit(Math.max(1, values.size())) * 16);
        slotWords = new String[1 << slotBits];
        slotValues = new int[slotWords.length];
        lengthAndInitial = new boolean[(longest + 1) * LATIN_1];
        values.forEach((word, value) -> {
            char initial = word.isEmpty() ? 0 : word.charAt(0);
            if (initial >= LATIN_1) {
                throw new IllegalArgumentException("Not a word of Latin-1 letters: " + word);
            }
            lengthAndInitial[word.length() * LATIN_1 + initial] = true;
            int slot = slot(word.hashCode());
            while (slotWords[slot] != null) {
                slot = (slot + 1) & (slotWords.length - 1);
            }
            slotWords[slot] = word;
            slotValues[slot] = value;
        });
        Map<Long, Integer> packable = new HashMap<>();
        values.forEach((word, value) -> {
            if (packs(word)) {
                packable.put(pack(word, 0, word.length()), value);
            }
        });
        packedSlots = PackedSlots.of(packable);
    }

    /**
     * Packed keys each alone in its slot, 0 in the others, and their values; a key's slot is the
     * top {@code bits} of the key times {@code multiplier}.
     */
    private record PackedSlots(long[] keys, int[] values, long multiplier, int bits) {

        /**
         * The smallest table, from 16 slots per word, where one of a few multipliers gives every word
         * a slot of its own. At that size one in some hundreds does, at twice the size one in some
         * tens: the table doubles rather than the search going on.
         */
        static PackedSlots of(Map<Long, Integer> words) {
            for (int bits = Integer.SIZE - Integer.numberOfLeadingZeros(Math.max(1, words.size()) * 16 - 1); ; bits++) {
                long[] keys = new long[1 << bits];
                int[] values = new int[1 << bits];
                for (int attempt = 1; attempt <= MULTIPLIERS_PER_SIZE; attempt++) {
                    Arrays.fill(keys, 0);
                    Arrays.fill(values, 0);
                    PackedSlots tried = new PackedSlots(keys, values, attempt * GOLDEN_RATIO | 1, bits);
                    boolean apart = true;
                    for (Map.Entry<Long, Integer> word : words.entrySet()) {
                        int slot = tried.slot(word.getKey());
                        apart &= tried.keys[slot] == 0;
                        tried.keys[slot] = word.getKey();
                        tried.values[slot] = word.getValue();
                    }
                    if (apart) {
                        return tried;
                    }
                }
            }
        }

        int slot(long key) {
            return (int) ((key * multiplier) >>> (Long.SIZE - bits));
        }
    }

    /** Whether {@link #getPacked} can find {@code word}: at most {@link #PACKED_CHARS} letters, all Latin-1. */
    static boolean packs(String word) {
        return word.length() <= PACKED_CHARS && word.chars().allMatch(c -> c > 0 && c <= 0xFF);
    }

    /**
     * The lower-case Latin-1 letters at [start, end) of {@code text}, at most the last {@link
     * #PACKED_CHARS} of them, one byte each, the last in the lowest byte: the key {@link
     * #getPacked} takes. No letter is nought, so no key of a word is.
     */
    static long pack(String text, int start, int end) {
        long packed = 0;
        for (int i = start; i < end; i++) {
            packed = packed << Byte.SIZE | Words.lowerCase(text.charAt(i));
        }
        return packed;
    }

    /**
     * The value of a word of {@code length} Latin-1 letters by its {@link #pack packed} key, 0 if
     * it is not in the table; only words of up to {@link #PACKED_CHARS} letters are found this way.
     * Branch-free, as the class comment says why.
     */
    int getPacked(long packed, int length) {
        int slot = packedSlots.slot(packed);
        long differs = packedSlots.keys[slot] ^ packed;
        // all ones if the slot holds this key (differs is nought) and the word is short enough to be packed whole
        long found = (differs - 1 & ~differs) >> (Long.SIZE - 1) & (length - PACKED_CHARS - 1) >> (Integer.SIZE - 1);
        return packedSlots.values[slot] & (int) found;
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

    /** False if no word of the table has the length and, in lower case, the initial of the text at [start, end); true if one may. */
    private boolean mayHave(String text, int start, int end) {
        int length = end - start;
        // lower-casing never shortens a word in the scripts of these tables
        if (length > longest || length == 0) {
            return false;
        }
        // a capital's word may lower-case to one of ours (the Kelvin sign's too): look at its lower-case letter
        char lowerInitial = Words.lowerCase(text.charAt(start));
        return lowerInitial < LATIN_1 && lengthAndInitial[length * LATIN_1 + lowerInitial];
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
