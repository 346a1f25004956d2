package io.newsflow.enrich.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The commonest function words of the Latin-script languages we guess; prose is full of them, menus are not. */
final class StopWords {

    static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
            "en", Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by",
                    "from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had", "it", "its",
                    "that", "this", "which", "who", "he", "she", "they", "we", "i", "you", "not", "will", "would",
                    "their", "his", "her", "there", "what", "so", "if", "than", "into", "about", "can", "do"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "einen", "dem", "den", "des",
                    "mit", "sich", "auf", "für", "auch", "von", "zu", "im", "es", "wird", "sie", "er", "wir",
                    "ich", "dass", "aber", "noch", "bei", "nach", "wie", "oder", "aus", "hat", "haben", "sind"),
            "fr", Set.of("le", "la", "les", "de", "des", "du", "un", "une", "et", "est", "que", "qui", "dans",
                    "pour", "pas", "sur", "au", "aux", "avec", "par", "il", "elle", "ils", "nous", "vous", "ce",
                    "cette", "sont", "ont", "mais", "plus", "ne", "se", "son", "sa", "ses", "été"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "es", "por",
                    "con", "para", "no", "se", "su", "sus", "al", "lo", "como", "más", "pero", "fue", "ha",
                    "este", "esta", "son", "también", "muy", "ya", "le", "o"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una", "per",
                    "non", "in", "con", "si", "da", "al", "alla", "sono", "come", "ma", "anche", "più", "nel",
                    "nella", "questo", "questa", "ha", "dei", "delle"),
            "pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "é", "um", "uma", "que", "em",
                    "no", "na", "nos", "nas", "para", "por", "com", "não", "se", "ao", "mais", "mas", "como", "foi",
                    "ser", "seu", "sua", "você", "muito", "também", "já"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "die", "niet", "op", "te", "in", "voor",
                    "met", "zijn", "er", "maar", "ook", "aan", "om", "als", "bij", "naar", "was", "wordt",
                    "door", "heeft", "hij", "ze", "we", "nog", "dan", "worden"));

    private StopWords() {
    }

    static int count(List<String> words, String language) {
        Set<String> stop = language == null ? null : BY_LANGUAGE.get(language);
        if (stop == null) {
            return 0;
        }
        int n = 0;
        for (String w : words) {
            if (stop.contains(w.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the word, lower-cased, is a function word of any language we know. */
    static boolean isAny(String word) {
        for (Set<String> stop : BY_LANGUAGE.values()) {
            if (stop.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isKnown(String language) {
        return language != null && BY_LANGUAGE.containsKey(language);
    }
}
