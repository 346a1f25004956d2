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
    /** Word i is text[spans[3i], spans[3i + 1]), the function-word languages at spans[3i + 2]. */
    private final int[] spans;
    private final int size;
    /** Function words per language by index in {@link StopWords#LANGUAGES}. */
    private final int[] functionWords;
    /** Characters per {@link Script} by ordinal (letters only, but for {@link Script#NONE}). */
    private final int[] letters;

    Tokens(String text, int[] spans, int size, int[] functionWords, int[] letters) {
        this.text = text;
        this.spans = spans;
        this.size = size;
        this.functionWords = functionWords;
        this.letters = letters;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, size);
        return text.substring(spans[3 * index], spans[3 * index + 1]);
    }

    /** The text the tokens are words of. */
    String text() {
        return text;
    }

    /** Where word {@code index} starts in {@link #text()}. */
    int start(int index) {
        return spans[3 * Objects.checkIndex(index, size)];
    }

    /** Where word {@code index} ends in {@link #text()} (exclusive). */
    int end(int index) {
        return spans[3 * Objects.checkIndex(index, size) + 1];
    }

    /** The languages (bits by index in {@link StopWords#LANGUAGES}) word {@code index} is a function word of. */
    int functionWordLanguages(int index) {
        return spans[3 * Objects.checkIndex(index, size) + 2];
    }

    @Override
    public int size() {
        return size;
    }

    /** Adds the tokens' function words to {@code hits}, per language by index in {@link StopWords#LANGUAGES}. */
    void addFunctionWords(int[] hits) {
        for (int l = 0; l < hits.length; l++) {
            hits[l] += functionWords[l];
        }
    }

    /** The text's function words of the language at {@code languageIndex} in {@link StopWords#LANGUAGES}. */
    int functionWords(int languageIndex) {
        return functionWords[languageIndex];
    }

    /** Whether any word is a function word of a language we know. */
    boolean hasFunctionWord() {
        for (int count : functionWords) {
            if (count > 0) {
                return true;
            }
        }
        return false;
    }

    /** Adds the text's letters to {@code counts}, per script by ordinal. */
    void addLetters(int[] counts) {
        for (int s = 0; s < counts.length; s++) {
            counts[s] += letters[s];
        }
    }

    /** The script most of the text's letters are written in. */
    Script script() {
        return Script.dominant(letters);
    }
}
