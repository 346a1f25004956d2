package io.newsflow.enrich.extract;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The word tokens of one text, as {@link Words#of} splits it, with what the same pass counted:
 * its function words per language and its letters per script. A text dump's lines are counted
 * for the file's language and script, and the body's lines again for the article's.
 */
final class Tokens extends AbstractList<String> implements RandomAccess {

    private final String text;
    /** The ints {@link #spans} holds per word. */
    static final int FIELDS = 4;

    /**
     * Word i is text[spans[4i], spans[4i + 1]), its function-word languages at spans[4i + 2], its
     * {@link Words#lowerCaseHash} at spans[4i + 3].
     */
    private final int[] spans;
    private final int size;
    /** Where the letter counts start in {@link #counts}: function words come first. */
    static final int LETTERS = StopWords.LANGUAGES.size();
    /** The length of {@link #counts}. */
    static final int COUNTS = LETTERS + Script.values().length;

    /**
     * Function words per language by index in {@link StopWords#LANGUAGES}, then from {@link #LETTERS}
     * characters per {@link Script} by ordinal (letters only, but for {@link Script#NONE}).
     */
    private final int[] counts;

    Tokens(String text, int[] spans, int size, int[] counts) {
        this.text = text;
        this.spans = spans;
        this.size = size;
        this.counts = counts;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        return text.substring(spans[FIELDS * index], spans[FIELDS * index + 1]);
    }

    /** The text the tokens are words of. */
    String text() {
        return text;
    }

    /** Where word {@code index} starts in {@link #text()}. */
    int start(int index) {
        return spans[FIELDS * Objects.checkIndex(index, size)];
    }

    /** Where word {@code index} ends in {@link #text()} (exclusive). */
    int end(int index) {
        return spans[FIELDS * Objects.checkIndex(index, size) + 1];
    }

    /** The languages (bits by index in {@link StopWords#LANGUAGES}) word {@code index} is a function word of. */
    int functionWordLanguages(int index) {
        return spans[FIELDS * Objects.checkIndex(index, size) + 2];
    }

    /** Word {@code index}'s {@link Words#lowerCaseHash}. */
    int lowerCaseHash(int index) {
        return spans[FIELDS * Objects.checkIndex(index, size) + 3];
    }

    @Override
    public int size() {
        return size;
    }

    /** Adds the tokens' function words to {@code hits}, per language by index in {@link StopWords#LANGUAGES}. */
    void addFunctionWords(int[] hits) {
        for (int l = 0; l < hits.length; l++) {
            hits[l] += counts[l];
        }
    }

    /** The text's function words of the language at {@code languageIndex} in {@link StopWords#LANGUAGES}. */
    int functionWords(int languageIndex) {
        return counts[Objects.checkIndex(languageIndex, LETTERS)];
    }

    /** Whether any word is a function word of a language we know. */
    boolean hasFunctionWord() {
        for (int l = 0; l < LETTERS; l++) {
            if (counts[l] > 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds the text's letters to {@code counts}, per script by ordinal. */
    void addLetters(int[] counts) {
        for (int s = 0; s < counts.length; s++) {
            counts[s] += this.counts[LETTERS + s];
        }
    }

    /** The script most of the text's letters are written in. */
    Script script() {
        return Script.dominant(counts, LETTERS);
    }
}
