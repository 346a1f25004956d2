package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Guesses the body's language: by script for Hebrew and Arabic, by stop-word hits for Latin-script languages. */
final class LanguageGuesser {

    private static final int MIN_HITS = 3;

    private LanguageGuesser() {
    }

    /** ISO 639-1 code, or null when the text is too short or in no language we know. */
    static String guess(String text) {
        switch (Script.dominant(text)) {
            case HEBREW:
                return "he";
            case ARABIC:
                return "ar";
            case LATIN:
                break;
            default:
                return null;
        }
        List<String> words = Words.of(text.toLowerCase(Locale.ROOT));
        String best = null;
        int bestHits = 0;
        for (Map.Entry<String, Set<String>> e : StopWords.BY_LANGUAGE.entrySet()) {
            int hits = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) {
                    hits++;
                }
            }
            if (hits > bestHits) {
                best = e.getKey();
                bestHits = hits;
            }
        }
        return bestHits >= MIN_HITS && bestHits >= words.size() / 20 ? best : null;
    }
}
