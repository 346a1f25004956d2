package io.newsflow.enrich.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Classifies the lines of one text dump. Knows the whole file, because two kinds of furniture
 * are only visible file-wide: lines that repeat (captions, bylines) and lines in another script
 * than the body (teasers for the publisher's other-language edition).
 */
final class LineClassifier {

    private static final int PROSE_WORDS = 10;
    /** Long enough to be prose even when a dump lost the final full stop. */
    private static final int UNPUNCTUATED_PROSE_WORDS = 25;
    private static final int SHORT_SENTENCE_WORDS = 4;
    private static final double MIN_STOP_RATIO = 0.15;
    private static final int MENU_WORDS = 5;

    private static final int COMMENTS_HEADING_WORDS = 12;
    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "^[\\[(]?\\s*(?:\\d+\\s+(?:comments?|responses?|replies|reactions|thoughts)\\b"
                    + "|(?:top rated |reader |readers' |show |view |read all |join the |all )?comments?\\s*[\\])]?$"
                    + "|(?:leave|post|add|write) a (?:comment|reply)|join the (?:discussion|conversation))",
            Pattern.CASE_INSENSITIVE);
    /** Comment signatures and timestamps: "thelastchargersfan says:", "November 19, 2019 at 6:34 am". */
    private static final Pattern COMMENT_SIGNATURE = Pattern.compile("^\\S+(?: \\S+){0,3} (?:says|said|wrote):$");
    private static final int DATE_LINE_WORDS = 8;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;…\"”’'»)\\]]$");
    private static final Pattern CREDIT_SUFFIX = Pattern.compile("(?i)credit:.*$");
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Map<String, Integer> occurrences = new HashMap<>();
    private final Script bodyScript;
    private final String language;

    LineClassifier(List<String> lines) {
        StringBuilder all = new StringBuilder();
        for (String line : lines) {
            occurrences.merge(repeatKey(line), 1, Integer::sum);
            all.append(line).append('\n');
        }
        bodyScript = Script.dominant(all);
        language = LanguageGuesser.guess(all.toString());
    }

    String language() {
        return language;
    }

    LineKind classify(String text, List<String> words) {
        if (words.size() <= COMMENTS_HEADING_WORDS && COMMENTS_HEADING.matcher(text).find()) {
            return LineKind.COMMENTS_START;
        }
        if (isBoilerplate(text, words)) {
            return LineKind.BOILERPLATE;
        }
        int n = words.size();
        boolean sentence = endsSentence(text);
        boolean prosy = stopRatioOk(words);
        if (prosy && ((sentence && n >= PROSE_WORDS) || n >= UNPUNCTUATED_PROSE_WORDS)) {
            return LineKind.PROSE;
        }
        return sentence && n >= SHORT_SENTENCE_WORDS ? LineKind.SHORT_SENTENCE : LineKind.SHORT;
    }

    private boolean isBoilerplate(String text, List<String> words) {
        if (words.isEmpty()) {
            return true;
        }
        String key = repeatKey(text);
        if (!key.isEmpty() && occurrences.getOrDefault(key, 0) > 1) {
            return true;
        }
        Script script = Script.dominant(text);
        if (script != Script.NONE && bodyScript != Script.NONE && script != bodyScript) {
            return true;
        }
        if (BoilerplatePhrases.isBoilerplate(text, words, language) || COMMENT_SIGNATURE.matcher(text).matches()) {
            return true;
        }
        if (words.size() <= DATE_LINE_WORDS && !text.endsWith(".") && Dates.find(text) != null) {
            return true;
        }
        // menus and tag rows: several words, not one function word, no punctuation
        return StopWords.isKnown(language) && words.size() >= MENU_WORDS && !endsSentence(text)
                && StopWords.count(words, language) == 0;
    }

    private boolean stopRatioOk(List<String> words) {
        return !StopWords.isKnown(language)
                || StopWords.count(words, language) >= MIN_STOP_RATIO * words.size();
    }

    static boolean endsSentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    /** Captions repeat with and without a glued "Credit: AP", so compare without it. */
    private static String repeatKey(String line) {
        String noCredit = CREDIT_SUFFIX.matcher(line).replaceAll("");
        return NON_LETTERS.matcher(noCredit.toLowerCase(Locale.ROOT)).replaceAll("");
    }
}
