package io.newsflow.enrich.extract;

/**
 * A set of word stems' 64-bit hashes, by open addressing: the opening of every article is put in
 * one and every line that might be its headline looked up, and no JDK set holds longs without
 * boxing each. Grows to stay at most half full; 0 marks an empty slot, so a stem hashing to 0
 * (odds of one in 2^64) is taken for one hashing to 1.
 */
final class StemSet {

    /** Room for an opening of 150 distinct stems and the paragraph that passes them. */
    private long[] slots = new long[512];
    private int size;

    void add(long stem) {
        long key = stem == 0 ? 1 : stem;
        int slot = find(slots, key);
        if (slots[slot] == 0) {
            slots[slot] = key;
            if (++size * 2 > slots.length) {
                grow();
            }
        }
    }

    boolean contains(long stem) {
        long key = stem == 0 ? 1 : stem;
        return slots[find(slots, key)] == key;
    }

    int size() {
        return size;
    }

    /** The slot holding {@code key}, or the empty one where it would go. */
    private static int find(long[] slots, long key) {
        int mask = slots.length - 1;
        int slot = (int) (key ^ key >>> 32) & mask;
        while (slots[slot] != 0 && slots[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (long key : old) {
            if (key != 0) {
                slots[find(slots, key)] = key;
            }
        }
    }
}
