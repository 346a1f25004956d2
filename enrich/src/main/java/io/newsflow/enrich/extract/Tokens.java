package io.newsflow.enrich.extract;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The word tokens of one text, as {@link Words#of} splits it, counting their function words per
 * language only once: a text dump's lines are counted for the file's language guess, and the
 * body's lines again for the article's.
 */
final class Tokens extends AbstractList<String> implements RandomAccess {

    private final List<String> words;
    /** Function words per language by index in {@link StopWords#LANGUAGES}; null until first asked for. */
    private int[] functionWords;

    Tokens(List<String> words) {
        this.words = words;
    }

    @Override
    public String get(int index) {
        return words.get(index);
    }

    @Override
    public int size() {
        return words.size();
    }

    /** Adds the tokens' function words to {@code hits}, per language by index in {@link StopWords#LANGUAGES}. */
    void addFunctionWords(int[] hits) {
        if (functionWords == null) {
            functionWords = new int[StopWords.LANGUAGES.size()];
            StopWords.countByLanguage(words, functionWords);
        }
        for (int l = 0; l < hits.length; l++) {
            hits[l] += functionWords[l];
        }
    }
}
