package io.newsflow.enrich.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classifies the lines of one text dump. Knows the whole file, because some furniture is only
 * visible file-wide: lines that repeat (captions, bylines; but not the first copy of an article the
 * page carries twice), lines in another script than the body (teasers for the publisher's
 * other-language edition) and runs of glued headline-and-summary teasers.
 */
final class LineClassifier {

    private static final int PROSE_WORDS = 10;
    /** Long enough to be prose even when a dump lost the final full stop. */
    private static final int UNPUNCTUATED_PROSE_WORDS = 25;
    private static final int SHORT_SENTENCE_WORDS = 4;
    private static final double MIN_STOP_RATIO = 0.15;
    private static final int MENU_WORDS = 5;

    private static final int COMMENTS_HEADING_WORDS = 12;
    /** Headings over the comments: "Comments", "34 responses to ...", and the prompts that open them, "Leave a reply". */
    private static final Phrases COMMENTS_HEADING = Phrases.of("comments", Phrases.Place.WHOLE_LINE);
    private static final Phrases COMMENT_COUNT = Phrases.of("comment-counts", Phrases.Place.START);
    private static final Phrases COMMENT_PROMPT = Phrases.of("comment-prompts", Phrases.Place.START);
    /** Headings over other stories: "Related articles", "Lesen Sie auch". */
    private static final Phrases OTHER_STORIES_HEADING = Phrases.of("other-stories", Phrases.Place.HEADING);
    /** The same naming the outlet or section, only with a name after it, so a subheading "More are trying" is not one: "More from CNN". */
    private static final Pattern MORE_FROM_HEADING = Pattern.compile(
            "(?iu:" + Vocabulary.alternation(Vocabulary.all(language -> language.phrases("more-from")))
                    + ") \\p{Lu}[\\p{L}&'’]*(?: \\p{Lu}[\\p{L}&'’]*){0,3}\\s*:?");
    private static final int MORE_FROM_WORDS = 6;
    /** Comment signatures and timestamps: "thelastchargersfan says:", "November 19, 2019 at 6:34 am". */
    private static final Pattern COMMENT_SIGNATURE = Pattern.compile("^\\S+(?: \\S+){0,3} (?:says|said|wrote):$");
    private static final int DATE_LINE_WORDS = 8;
    /** Last characters that close a sentence or a quotation around one. */
    private static final String SENTENCE_END = ".!?:;…\"”’'»)]。！？」";
    private static final String CREDIT = "credit";
    /** The {@link #repeatKey} of a line without words, which repeats as furniture only by its other tests. */
    private static final long NO_KEY = 0;
    private static final long GOLDEN_RATIO = 0x9E3779B97F4A7C15L;

    private final List<String> lines;
    /** Each line's {@link #repeatKey}, computed once: it is looked up again when the line is classified. */
    private final long[] keys;
    /** The same, sorted: a key that repeats stands next to its copy. */
    private final long[] sortedKeys;
    /** Each line's words, with their function words and script, computed once for the file-wide guesses and again wanted per line. */
    private final List<Tokens> words;
    private final Script[] scripts;
    private final boolean[] firstCopy;
    /** Per line, whether it reads as a glued headline-and-summary teaser: asked only of lines no cheaper test has settled. */
    private final LazyFlags teasers;
    private final Script bodyScript;
    private final String language;
    /** The language's index in {@link StopWords#LANGUAGES}, -1 if it has no function word list. */
    private final int languageIndex;

    LineClassifier(List<String> lines) {
        this.lines = lines;
        keys = new long[lines.size()];
        words = new ArrayList<>(lines.size());
        scripts = new Script[lines.size()];
        int[] fileStopWords = new int[StopWords.LANGUAGES.size()];
        int fileWords = 0;
        int[] fileLetters = new int[Script.values().length];
        boolean[] prose = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Tokens lineWords = Words.of(line);
            keys[i] = repeatKey(lineWords);
            prose[i] = looksLikeSentence(line);
            words.add(lineWords);
            fileWords += lineWords.size();
            lineWords.addFunctionWords(fileStopWords);
            lineWords.addLetters(fileLetters);
            scripts[i] = lineWords.script();
        }
        sortedKeys = keys.clone();
        Arrays.sort(sortedKeys);
        firstCopy = DuplicatedCopy.firstCopy(keys, prose);
        teasers = new LazyFlags(lines.size(), i -> GluedTeaser.isTeaser(lines.get(i)));
        bodyScript = Script.dominant(fileLetters);
        language = LanguageGuesser.guess(bodyScript, fileStopWords, fileWords);
        languageIndex = language == null ? -1 : StopWords.LANGUAGES.indexOf(language);
    }

    /** The word tokens of line {@code index} of the file. */
    Tokens words(int index) {
        return words.get(index);
    }

    String language() {
        return language;
    }

    /** The kind of line {@code index} of the file, given its text without any "Read more" teaser. */
    LineKind classify(int index, String text, Tokens words) {
        if (words.size() <= COMMENTS_HEADING_WORDS && (COMMENTS_HEADING.in(words)
                || COMMENT_COUNT.in(words) || COMMENT_PROMPT.in(words))) {
            return LineKind.COMMENTS_START;
        }
        if (OTHER_STORIES_HEADING.in(words)
                || words.size() <= MORE_FROM_WORDS && MORE_FROM_HEADING.matcher(text).matches()) {
            return LineKind.OTHER_STORIES_START;
        }
        // the teaser-stripped text is the same object as the file's line when nothing was stripped
        boolean whole = text == lines.get(index);
        long key = whole ? keys[index] : repeatKey(words);
        Script script = whole ? scripts[index] : words.script();
        int stopWords = languageIndex < 0 ? 0 : words.functionWords(languageIndex);
        if (isBoilerplate(index, text, words, key, script, stopWords)) {
            return LineKind.BOILERPLATE;
        }
        int n = words.size();
        boolean sentence = endsSentence(text);
        boolean prosy = languageIndex < 0 || stopWords >= MIN_STOP_RATIO * n;
        if (prosy && ((sentence && n >= PROSE_WORDS) || n >= UNPUNCTUATED_PROSE_WORDS)) {
            return LineKind.PROSE;
        }
        return sentence && n >= SHORT_SENTENCE_WORDS ? LineKind.SHORT_SENTENCE : LineKind.SHORT;
    }

    /** The cheap tests first: most furniture is settled before its wording is read. */
    private boolean isBoilerplate(int index, String text, Tokens words, long key, Script script, int stopWords) {
        if (words.isEmpty()) {
            return true;
        }
        if (key != NO_KEY && !firstCopy[index] && repeats(key)) {
            return true;
        }
        if (script != Script.NONE && bodyScript != Script.NONE && script != bodyScript) {
            return true;
        }
        if (endsInCount(text) || isDoubled(text)) {
            return true;
        }
        // menus and tag rows: several words, not one function word, no punctuation
        if (languageIndex >= 0 && words.size() >= MENU_WORDS && !endsSentence(text) && stopWords == 0) {
            return true;
        }
        if (inTeaserList(index) || BoilerplatePhrases.isBoilerplate(text, words, language) || isCommentSignature(text)) {
            return true;
        }
        return words.size() <= DATE_LINE_WORDS && !text.endsWith(".") && Dates.find(text) != null;
    }

    /** A link with its count of comments or views: "Myles Garrett should expect a suspension (148)". */
    private static boolean endsInCount(String text) {
        int end = text.length() - 1;
        if (end < 2 || text.charAt(end) != ')') {
            return false;
        }
        int i = end - 1;
        while (i > 0 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i--;
        }
        return i < end - 1 && text.charAt(i) == '(' && i > 0 && text.charAt(i - 1) == ' ';
    }

    /** A teaser link whose image's alt text repeats its headline: "Urartu relics found Urartu relics found". */
    private static boolean isDoubled(String text) {
        int half = text.length() / 2;
        return text.length() % 2 == 1 && text.charAt(half) == ' ' && text.regionMatches(0, text, half + 1, half);
    }

    /** Every signature ends in its verb and a colon: most lines are spared the backtracking regex. */
    private static boolean isCommentSignature(String text) {
        return (text.endsWith(" says:") || text.endsWith(" said:") || text.endsWith(" wrote:"))
                && COMMENT_SIGNATURE.matcher(text).matches();
    }

    /** Whether line {@code index} is in a run of two or more headline-and-summary teasers. */
    private boolean inTeaserList(int index) {
        return teasers.test(index) && (index > 0 && teasers.test(index - 1)
                || index + 1 < lines.size() && teasers.test(index + 1));
    }

    /** A full sentence of prose length, not a teaser cut short with an ellipsis. */
    private static boolean looksLikeSentence(String line) {
        if (!endsSentence(line) || line.endsWith("...") || line.endsWith("…")) {
            return false;
        }
        // enough spaces for prose length: no need to count them all
        int spaces = 0;
        for (int at = line.indexOf(' '); at >= 0 && spaces < PROSE_WORDS - 1; at = line.indexOf(' ', at + 1)) {
            spaces++;
        }
        return spaces >= PROSE_WORDS - 1;
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    /** Whether {@code key} is the key of more than one line of the file. */
    private boolean repeats(long key) {
        int at = Arrays.binarySearch(sortedKeys, key);
        return at >= 0 && (at > 0 && sortedKeys[at - 1] == key || at + 1 < sortedKeys.length && sortedKeys[at + 1] == key);
    }

    /**
     * The line's words in lower case, up to any "Credit:" (captions repeat with and without a glued
     * "Credit: AP"), as one 64-bit hash of their hashes; {@link #NO_KEY} if it has none. A hash
     * rather than the string, because every line of every file has a key: two different lines of a
     * file of a few hundred share one with odds of about one in 10^15.
     */
    private static long repeatKey(Tokens words) {
        String line = words.text();
        int end = line.length();
        for (int colon = line.indexOf(':'); colon >= 0; colon = line.indexOf(':', colon + 1)) {
            if (line.regionMatches(true, colon - CREDIT.length(), CREDIT, 0, CREDIT.length())) {
                end = colon - CREDIT.length();
                break;
            }
        }
        long key = NO_KEY;
        int k = 0;
        for (; k < words.size() && words.end(k) <= end; k++) {
            // not the rules of underscores ("___") AP sets between sections
            if (startsWithLetterOrDigit(words, k)) {
                key = mix(key, words.lowerCaseHash(k));
            }
        }
        // a credit glued to the word before it: "Lake Como.Credit: AP"
        if (k < words.size() && words.start(k) < end && startsWithLetterOrDigit(words, k)) {
            key = mix(key, Words.lowerCaseHash(line, words.start(k), end));
        }
        return key;
    }

    /** Asked of every word of every line: an ASCII word starts with a letter or digit unless with an underscore. */
    private static boolean startsWithLetterOrDigit(Tokens words, int k) {
        char first = words.text().charAt(words.start(k));
        return first < 0x80 ? first != '_' : Character.isLetterOrDigit(words.text().codePointAt(words.start(k)));
    }

    /** Adds a word's hash to a line's key: the multiplication spreads its bits upwards, the shift back down. */
    private static long mix(long key, int wordHash) {
        long h = (key ^ wordHash) * GOLDEN_RATIO + 1;
        return h ^ h >>> 29;
    }
}
