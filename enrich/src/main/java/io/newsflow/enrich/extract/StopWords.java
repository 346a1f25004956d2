package io.newsflow.enrich.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The commonest function words of the Latin-script languages we guess; prose is full of them, menus are not. */
final class StopWords {

    /** Language codes in a fixed order, so a tie in {@link LanguageGuesser} always goes the same way. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "it", "pt", "nl");

    private static final Map<String, Set<String>> BY_LANGUAGE = Map.of(
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

    /** Word to the bit set of {@link #LANGUAGES} it is a function word of: one lookup answers for all languages. */
    private static final Map<String, Integer> LANGUAGE_BITS = languageBits();
    private static final WordTable TABLE = new WordTable(LANGUAGE_BITS);

    static {
        // the tokeniser looks its words up packed: a function word that cannot be would never be found
        for (String word : LANGUAGE_BITS.keySet()) {
            if (!WordTable.packs(word)) {
                throw new IllegalStateException("Function word \"" + word + "\" is longer than "
                        + WordTable.PACKED_CHARS + " Latin-1 letters; the tokeniser could not look it up.");
            }
        }
    }

    private StopWords() {
    }

    private static Map<String, Integer> languageBits() {
        Map<String, Integer> bits = new HashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            for (String w : BY_LANGUAGE.get(LANGUAGES.get(i))) {
                bits.merge(w, 1 << i, (a, b) -> a | b);
            }
        }
        return bits;
    }

    /** The languages (bits by index in {@link #LANGUAGES}) {@code word}, in any case, is a function word of. */
    static int languagesOf(String word) {
        return TABLE.get(word, 0, word.length());
    }

    /** The same for the word at [start, end) of {@code text}. */
    static int languagesOf(String text, int start, int end) {
        return TABLE.get(text, start, end);
    }

    /** The same for a word of {@code length} Latin-1 letters, by its {@link WordTable#pack packed} key. */
    static int languagesOfPacked(long packed, int length) {
        return TABLE.getPacked(packed, length);
    }

    /** Whether {@code word}, in any case, is a function word of {@code language}. */
    static boolean is(String word, String language) {
        int index = language == null ? -1 : LANGUAGES.indexOf(language);
        return index >= 0 && (languagesOf(word) & 1 << index) != 0;
    }
}
