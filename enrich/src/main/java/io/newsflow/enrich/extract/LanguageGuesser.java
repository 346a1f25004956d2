package io.newsflow.enrich.extract;

import java.util.List;

/** Guesses the body's language: by script for Hebrew and Arabic, by stop-word hits for Latin-script languages. */
final class LanguageGuesser {

    private static final int MIN_HITS = 3;

    private LanguageGuesser() {
    }

    /** ISO 639-1 code, or null when the text is too short or in no language we know. */
    static String guess(String text) {
        Tokens words = Words.of(text);
        return guess(words.script(), List.of(words));
    }

    /** The same guess from text already split into paragraphs or lines, each tokenised once and not again for this. */
    static String guess(List<Tokens> paragraphWords) {
        int[] letters = new int[Script.values().length];
        for (Tokens paragraph : paragraphWords) {
            paragraph.addLetters(letters);
        }
        return guess(Script.dominant(letters), paragraphWords);
    }

    /**
     * The same guess from text already split: its dominant script and its lines' words (a text
     * dump's lines are tokenised once, for the classifier and for this).
     */
    static String guess(Script script, List<Tokens> lineWords) {
        int[] hits = new int[StopWords.LANGUAGES.size()];
        int words = 0;
        for (Tokens line : lineWords) {
            words += line.size();
            line.addFunctionWords(hits);
        }
        return guess(script, hits, words);
    }

    /**
     * The same guess from counts already made: the dominant script, function words per language
     * (by index in {@link StopWords#LANGUAGES}) and the number of words.
     */
    static String guess(Script script, int[] hits, int words) {
        switch (script) {
            case HEBREW:
                return "he";
            case ARABIC:
                return "ar";
            case LATIN:
                break;
            default:
                return null;
        }
        String best = null;
        int bestHits = 0;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] > bestHits) {
                best = StopWords.LANGUAGES.get(i);
                bestHits = hits[i];
            }
        }
        return bestHits >= MIN_HITS && bestHits >= words / 20 ? best : null;
    }
}
