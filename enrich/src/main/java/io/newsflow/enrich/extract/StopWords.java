package io.newsflow.enrich.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

    /** Length of the longest function word; lower-casing never shortens a Latin-script word. */
    private static final int LONGEST = BY_LANGUAGE.values().stream().flatMap(Set::stream)
            .mapToInt(String::length).max().orElse(0);

    /** Word to the bit set of {@link #LANGUAGES} it is a function word of: one lookup answers for all languages. */
    private static final Map<String, Integer> LANGUAGE_BITS = languageBits();

    /**
     * {@link #LANGUAGE_BITS} once more as an open-addressing table probed by the lower-case word's
     * hash, so that a word in any case is looked up without building its lower-case copy: this
     * runs on every word of every page. Slots hold the words and their bits; a power of two, under
     * half full.
     */
    private static final String[] SLOT_WORDS = new String[Integer.highestOneBit(LANGUAGE_BITS.size()) * 4];
    private static final int[] SLOT_BITS = new int[SLOT_WORDS.length];

    static {
        LANGUAGE_BITS.forEach((word, bits) -> {
            int slot = word.hashCode() & (SLOT_WORDS.length - 1);
            while (SLOT_WORDS[slot] != null) {
                slot = (slot + 1) & (SLOT_WORDS.length - 1);
            }
            SLOT_WORDS[slot] = word;
            SLOT_BITS[slot] = bits;
        });
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
        int n = word.length();
        if (n > LONGEST) {
            return 0;
        }
        // the hash String.hashCode gives the lower-case word; in Latin-1 that is lower-cased char by char
        int hash = 0;
        for (int i = 0; i < n; i++) {
            char c = word.charAt(i);
            if (c > 0xFF) {
                // a few other letters lower-case into Latin-1 (the Kelvin sign to k): the plain way
                return LANGUAGE_BITS.getOrDefault(word.toLowerCase(Locale.ROOT), 0);
            }
            hash = 31 * hash + Character.toLowerCase(c);
        }
        for (int slot = hash & (SLOT_WORDS.length - 1); SLOT_WORDS[slot] != null;
                slot = (slot + 1) & (SLOT_WORDS.length - 1)) {
            if (isLowerCaseOf(SLOT_WORDS[slot], word)) {
                return SLOT_BITS[slot];
            }
        }
        return 0;
    }

    /** Whether {@code lower} is {@code word} lower-cased, {@code word} being Latin-1. */
    private static boolean isLowerCaseOf(String lower, String word) {
        if (lower.length() != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (lower.charAt(i) != Character.toLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Adds the function words among {@code words} to {@code hits}, per language by index in {@link #LANGUAGES}. */
    static void countByLanguage(List<String> words, int[] hits) {
        if (words instanceof Tokens tokens) {
            tokens.addFunctionWords(hits);
            return;
        }
        for (String w : words) {
            // one lookup per word for all languages: this runs over whole pages
            for (int bits = languagesOf(w); bits != 0; bits &= bits - 1) {
                hits[Integer.numberOfTrailingZeros(bits)]++;
            }
        }
    }

    /** Whether {@code word}, in any case, is a function word of {@code language}. */
    static boolean is(String word, String language) {
        int index = language == null ? -1 : LANGUAGES.indexOf(language);
        return index >= 0 && (languagesOf(word) & 1 << index) != 0;
    }

    static int count(List<String> words, String language) {
        Set<String> stop = language == null ? null : BY_LANGUAGE.get(language);
        if (stop == null) {
            return 0;
        }
        int n = 0;
        for (String w : words) {
            // most words are longer than any function word: no need to lower-case them
            if (w.length() <= LONGEST && stop.contains(w.toLowerCase(Locale.ROOT))) {
                n++;
            }
        }
        return n;
    }

    /** Whether the word, lower-cased, is a function word of any language we know. */
    static boolean isAny(String word) {
        return LANGUAGE_BITS.containsKey(word);
    }

    static boolean isKnown(String language) {
        return language != null && BY_LANGUAGE.containsKey(language);
    }
}
