package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of furniture phrase of every language's file (see {@code lang/README.md}), found at the
 * starts of a line's words: each phrase is looked up by its first four characters, so that a line
 * costs a lookup per word however many phrases there are, and only a phrase that starts like one
 * of the line's words is matched. In a phrase "*" stands for any one word, "..." for up to six, "#"
 * for a number; the rest is literal, in any case, with any blank between words. A phrase ending in
 * a letter or digit ends a word, or is glued to a capitalised one, as text dumps glue links
 * ("Skip to contentSkip to site index").
 */
final class Phrases {

    /** Where in the line a phrase must stand. */
    enum Place {
        /** At any word. */
        ANYWHERE,
        /** At the first word: whatever stands before it is not a word ("[Related: ..."). */
        START,
        /** From the first word to the end, but for closing marks (".", "…", "]", ")"). */
        WHOLE_LINE,
        /** The same, a colon allowed at the end: a heading over a list ("Related:"). */
        HEADING
    }

    private static final String ANY_WORD = "*";
    private static final String FEW_WORDS = "...";
    private static final String NUMBER = "#";
    private static final int MOST_FEW_WORDS = 6;
    private static final String CLOSING_MARKS = "[\\s.…\\])]*";
    private static final String HEADING_END = "[\\s.…]*:?\\s*";

    private final Place place;
    /** How many characters of a phrase look it up: enough that few words start like a phrase. */
    private static final int KEY_LENGTH = 4;

    /** The phrases' patterns by their first characters' {@link Words#lowerCaseHash}; a hash shared by two keys only costs a match. */
    private final Map<Integer, List<Pattern>> byStart = new HashMap<>();
    /** The phrases that start with a number. */
    private final List<Pattern> byNumber = new ArrayList<>();

    Phrases(Collection<String> phrases, Place place) {
        this.place = place;
        for (String phrase : phrases) {
            Pattern pattern = Pattern.compile(regex(phrase)
                    + (place == Place.WHOLE_LINE ? CLOSING_MARKS : place == Place.HEADING ? HEADING_END : ""));
            if (phrase.startsWith(NUMBER + " ")) {
                byNumber.add(pattern);
                continue;
            }
            if (phrase.length() < KEY_LENGTH || !Character.isLetter(phrase.charAt(0))
                    || phrase.substring(0, KEY_LENGTH).contains(ANY_WORD) || phrase.substring(0, KEY_LENGTH).contains(FEW_WORDS)) {
                throw new IllegalArgumentException("A phrase starts with four characters of a word: '" + phrase + "'");
            }
            byStart.computeIfAbsent(Words.lowerCaseHash(phrase, 0, KEY_LENGTH), hash -> new ArrayList<>()).add(pattern);
        }
    }

    /** The phrases of one kind, the key they have in the language files, of every language. */
    static Phrases of(String kind, Place place) {
        return new Phrases(Vocabulary.all(language -> language.phrases(kind)), place);
    }

    /** Whether one of the phrases stands where it must in the line whose words these are. */
    boolean in(Tokens words) {
        String line = words.text();
        int last = place == Place.ANYWHERE ? words.size() : Math.min(1, words.size());
        for (int k = 0; k < last; k++) {
            int start = words.start(k);
            List<Pattern> candidates = Character.isDigit(line.charAt(start)) ? byNumber
                    : byStart.getOrDefault(Words.lowerCaseHash(line, start, Math.min(start + KEY_LENGTH, line.length())), List.of());
            for (Pattern phrase : candidates) {
                Matcher m = phrase.matcher(line).region(start, line.length());
                if (place == Place.WHOLE_LINE || place == Place.HEADING ? m.matches() : m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "join our ... newsletter" → {@code (?iu:\Qjoin\E\s+\Qour\E(?:\s+\S+){0,6}\s+\Qnewsletter\E)(?![\p{Ll}\p{N}])}. */
    static String regex(String phrase) {
        StringBuilder regex = new StringBuilder("(?iu:");
        for (String part : phrase.split(" ")) {
            if (part.equals(FEW_WORDS)) {
                regex.append("(?:\\s+\\S+){0,").append(MOST_FEW_WORDS).append('}');
                continue;
            }
            if (regex.length() > "(?iu:".length()) {
                regex.append("\\s+");
            }
            regex.append(part.equals(ANY_WORD) ? "\\S+" : part.equals(NUMBER) ? "\\d+" : Pattern.quote(part));
        }
        regex.append(')');
        char last = phrase.charAt(phrase.length() - 1);
        return Character.isLetterOrDigit(last) || phrase.endsWith(ANY_WORD) ? regex + "(?![\\p{Ll}\\p{N}])" : regex.toString();
    }
}
